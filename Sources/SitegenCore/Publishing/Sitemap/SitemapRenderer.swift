import Foundation

/// Writes the sitemap (sitemaps.org protocol 0.9): one `sitemap.xml`, or, past `limit` URLs,
/// `sitemap-1.xml`, `sitemap-2.xml` ... and a `sitemap.xml` index naming them.
///
/// The protocol allows 50,000 URLs per file; search engines are given `sitemap.xml` either way
/// (by robots.txt), so its name never changes with the site's size.
struct SitemapRenderer: Sendable {
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    /// The most URLs one sitemap file may hold, by the protocol.
    static let protocolLimit = 50_000

    let baseURL: String
    let dates: SwedishDateFormatter
    var limit = SitemapRenderer.protocolLimit

    /// The number of files ``files(_:)`` gives for `count` URLs.
    func fileCount(for count: Int) -> Int {
        count <= limit ? 1 : (count + limit - 1) / limit + 1
    }

    /// The names of the files ``files(_:)`` gives for `count` URLs, in its order.
    func fileNames(for count: Int) -> [String] {
        let files = fileCount(for: count)
        return files == 1 ? ["sitemap.xml"] : (1..<files).map { "sitemap-\($0).xml" } + ["sitemap.xml"]
    }

    /// (file name, contents), `sitemap.xml` last.
    func files(_ entries: [SitemapPlan.Entry]) -> [(name: String, text: String)] {
        guard entries.count > limit else { return [("sitemap.xml", urlset(entries[...]))] }
        var files: [(name: String, text: String)] = []
        var index = XMLWriter()
        index.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        index.open("sitemapindex", ["xmlns": Self.namespace])
        for (number, start) in stride(from: 0, to: entries.count, by: limit).enumerated() {
            let chunk = entries[start..<min(entries.count, start + limit)]
            let name = "sitemap-\(number + 1).xml"
            files.append((name, urlset(chunk)))
            index.open("sitemap")
            index.element("loc", baseURL + name)
            if let newest = chunk.compactMap(\.lastModified).max() { index.element("lastmod", dates.iso(newest)) }
            index.close("sitemap")
        }
        index.close("sitemapindex")
        return files + [("sitemap.xml", index.text)]
    }

    private func urlset(_ entries: ArraySlice<SitemapPlan.Entry>) -> String {
        var xml = XMLWriter()
        xml.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        xml.open("urlset", ["xmlns": Self.namespace])
        for entry in entries {
            xml.open("url")
            xml.element("loc", baseURL + entry.path.segments.map { $0 + "/" }.joined())
            if let date = entry.lastModified { xml.element("lastmod", dates.iso(date)) }
            xml.close("url")
        }
        xml.close("urlset")
        return xml.text
    }
}
