import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SitegenCore

/// One article whose every text field is hostile: the strings stay text in every file the build
/// writes (pages, feeds in all three formats, JSON-LD, sitemap, search index, redirects).
@Suite struct InjectionTests {
    static let hostile = #"<script>alert(1)</script> \"q\" 'a' & ]]> </script><!-- javascript:alert(2) \#u{2028}x"#

    /// YAML double-quoted: backslashes and quotes escaped, the line separator written as \L.
    static var yaml: String {
        "\"" + hostile.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\u{2028}", with: "\\L") + "\""
    }

    @Test func hostileTextStaysTextInEveryOutput() async throws {
        let site = try TestSite(fixture: "tiny", files: ["content/2021/farlig.md": """
            ---
            title: \(Self.yaml)
            date: 2021-05-04
            kind: projekt
            regions: [Kronoberg]
            tags: [\(Self.yaml), Export]
            summary: \(Self.yaml)
            author: \(Self.yaml)
            organisation: \(Self.yaml)
            contacts:
              - name: \(Self.yaml)
                role: \(Self.yaml)
            aliases: [/gammal/adress/]
            ---

            Vanlig text.
            """])
        defer { site.cleanUp() }
        _ = try await site.build()
        var checked = (html: 0, xml: 0, json: 0)
        for (path, data) in Tree.snapshot(site.output) {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".html") || path.hasSuffix(".xml") {
                // Markup never holds the payload's tags unescaped. (JSON files hold it as the
                // data it is: a JSON Feed title is plain text, and the search script inserts
                // text as text, which its own tests check.)
                #expect(!text.contains("<script>alert"), "\(path)")
                #expect(!text.contains("</script><!--"), "\(path)")
            }
            if path.hasSuffix(".html") {
                // Inside <script> (JSON-LD), U+2028 is escaped, and so is every '<'.
                for script in text.components(separatedBy: "<script").dropFirst() {
                    let body = script.components(separatedBy: "</script>").first ?? ""
                    #expect(!body.contains("\u{2028}") && !body.dropFirst(body.firstIndex(of: ">").map { body.distance(from: body.startIndex, to: $0) + 1 } ?? 0).contains("<"),
                            "\(path): a script element holds raw U+2028 or '<'")
                }
                checked.html += 1
                // Every <script> element is one of ours: JSON-LD or the search script.
                let scripts = text.components(separatedBy: "<script").count - 1
                let ours = text.components(separatedBy: "<script type=\"application/ld+json\">").count - 1
                    + text.components(separatedBy: "<script type=\"module\" src=").count - 1
                #expect(scripts == ours, "\(path): \(scripts) script elements, \(ours) of ours: \(text.components(separatedBy: "<script").dropFirst().map { $0.prefix(60) })")
                #expect(!text.contains("href=\"javascript:"), "\(path)")
            } else if path.hasSuffix(".xml") {
                checked.xml += 1
                let parser = XMLParser(data: data)
                #expect(parser.parse(), "\(path) is well-formed XML: \(String(describing: parser.parserError))")
            } else if path.hasSuffix(".json") {
                checked.json += 1
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is valid JSON")
            }
        }
        #expect(checked.html > 5 && checked.xml > 3 && checked.json > 3)
        // And the text is there, escaped, where a reader sees it.
        let page = try site.output("nyheter/2021/farlig/index.html")
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // The JSON-LD holds the title as data: parse it back.
        let json = try #require(page.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first?
            .components(separatedBy: "</script>").first)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        #expect(String(describing: object).contains("alert(1)"))
        let feed = try #require(try? site.output("feed.json"))
        let items = try #require((try JSONSerialization.jsonObject(with: Data(feed.utf8)) as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.contains { ($0["title"] as? String) == Self.hostile })
    }
}
