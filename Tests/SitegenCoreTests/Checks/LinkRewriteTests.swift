import Foundation
import Testing
@testable import SitegenCore

/// Links to articles' files and to addresses from the site's root work in the built site: they
/// become the pages' addresses, relative to the page, so they work under a base path too.
@Suite struct LinkRewriteTests {
    /// Which bodies are walked for links at all: the quick look finds every HTML that has a `/`
    /// right after `"`, `'` or `=`, or `.md`, as a byte-by-byte reading of the rule does.
    @Test("The quick look for site links answers as the rule read byte by byte")
    func quickLookFollowsTheRule() {
        func rule(_ bytes: [UInt8]) -> Bool {
            bytes.indices.dropFirst().contains { index in
                (bytes[index] == UInt8(ascii: "/") && [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "=")].contains(bytes[index - 1]))
                    || (bytes[index] == UInt8(ascii: "m") && bytes[index - 1] == UInt8(ascii: ".") && index + 1 < bytes.count
                        && bytes[index + 1] == UInt8(ascii: "d"))
            }
        }
        let pieces = ["/", "\"", "'", "=", ".", "m", "d", "a", "<a href", ">", " ", "å", ".md", "=\"/", "x.m", "d/"]
        var generator = SeededGenerator(seed: 20261127)
        var texts = ["", "/", "./", "\"/", "a.md", ".md", ".m", "md", "x.mdx", "<a href=\"rapport.md\">", "<a href=\"https://x.se/\">",
                     "<p>Inga länkar här.</p>", "<img src='/bild.png'>", "a=/b", "/x"]
        texts += (0..<4000).map { _ in (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        for text in texts {
            #expect(BodyLinks.mayNeedRewriting(Array(text.utf8)) == rule(Array(text.utf8)), "\(text)")
            #expect(BodyLinks.mayNeedRewriting(text) == rule(Array(text.utf8)), "\(text)")
        }
    }

    /// The "checks" fixture without the articles that have mistakes, published under a path.
    static func goodSite() throws -> TestSite {
        let site = try TestSite(fixture: "checks")
        for file in ["trasiga-lankar.md", "tillganglighet.md", "ingen-ingress.md"] { try site.remove("content/2021/" + file) }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config.replacingOccurrences(of: "https://kontroll.example.se/", with: "https://example.github.io/kontroll/"))
        return site
    }

    @Test func linksToFilesAndSitePathsBecomeRelativePageAddresses() async throws {
        let site = try Self.goodSite()
        defer { site.cleanUp() }
        let report = try await site.build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let interview = try site.output("nyheter/2021/intervju/index.html")
        #expect(interview.contains("<a href=\"../../2020/rapport/#resultat\">rapporten</a>"))
        #expect(interview.contains("<a href=\"../../../regioner/kronoberg/\">regionens sida</a>"))
        #expect(interview.contains("<a href=\"../../../feed.xml\">flödet</a>"))
        #expect(interview.contains("<a href=\"../../../sok/?q=export\">sökningen</a>"))
        #expect(interview.contains("<a href=\"#fragor-och-svar\">början</a>"), "a fragment on the page stays as written")
        #expect(interview.contains("<a href=\"mailto:info@example.se\">oss</a>"))
        let rapport = try site.output("nyheter/2020/rapport/index.html")
        #expect(rapport.contains("<a href=\"../../2021/intervju/#fragor-och-svar\">intervjun</a>"))
        #expect(rapport.contains("<a href=\"../../../bilder/karta.png\">kartan</a>"))
        #expect(rapport.contains("<img src=\"diagram.png\" alt=\"Diagram över exporten\" />"), "a bundle file stays as written")
    }

    @Test func feedsGetTheAbsoluteAddressUnderTheBasePath() async throws {
        let site = try Self.goodSite()
        defer { site.cleanUp() }
        _ = try await site.build()
        let feed = try site.output("feed.xml")
        #expect(feed.contains("href=\"https://example.github.io/kontroll/nyheter/2020/rapport/#resultat\""))
        #expect(feed.contains("href=\"https://example.github.io/kontroll/regioner/kronoberg/\""))
    }

    @Test func theMarkdownCommandsRendererRewritesNothing() {
        let html = MarkdownRenderer().render("[a](../x.md) [b](/regioner/kronoberg/)\n").html
        #expect(html == "<p><a href=\"../x.md\">a</a> <a href=\"/regioner/kronoberg/\">b</a></p>\n")
    }
}

/// A Markdown file that is not an article but is published as a file is a fine link target.
@Suite struct MarkdownFileLinkTests {
    @Test func markdownFilesPublishedAsFilesAreFound() async throws {
        let site = try TestSite(fixture: "tiny", files: [
            "content/rapport/index.md": "---\ntitle: R\ndate: 2020-01-01\nkind: projekt\nregions: [Kronoberg]\n---\n\nSe [anteckningarna](anteckningar.md) och [mallen](/mallar/mall.md).\n",
            "content/rapport/anteckningar.md": "Anteckningar.\n",
            "static/mallar/mall.md": "# Mall\n",
        ])
        defer { site.cleanUp() }
        let report = try await site.build()
        #expect(report.warnings.map(\.message) == ["'content/rapport/anteckningar.md' is inside the page bundle 'content/rapport/', so it is published as a file, not as an article"])
        let page = try site.output("nyheter/2020/rapport/index.html")
        #expect(page.contains("<a href=\"anteckningar.md\">anteckningarna</a>"))
        #expect(page.contains("<a href=\"../../../mallar/mall.md\">mallen</a>"))
    }
}
