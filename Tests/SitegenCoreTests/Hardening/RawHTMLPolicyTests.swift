import Foundation
import Testing
@testable import SitegenCore

/// What raw HTML in an article body becomes in the built page, under both settings of
/// `raw_html` in site.yml, as the README promises: with `false` no HTML of the writer's reaches
/// the page at all; with `true` (the default) it passes, but GitHub's tagfilter shows `<script>`,
/// `<iframe>`, `<style>` and the rest of its list as text; links to `javascript:`, `vbscript:`,
/// `file:` and `data:` written in Markdown are removed either way.
@Suite struct RawHTMLPolicyTests {
    static let body = """
        <script>alert('skript')</script>

        <iframe src="https://example.se/ram"></iframe>

        <style>body { display: none }</style>

        <textarea>t</textarea> <title>x</title> <xmp>x</xmp> <noembed>x</noembed> <noframes>x</noframes> <plaintext>x

        """
    static let inline = """
        Text <img src="x.png" onerror="alert('bild')"> och <a href="javascript:alert('html')">länk</a> <div class="ruta">ruta</div>

        [md-länk](javascript:alert('md')) [md2](JAVASCRIPT:alert(1)) [md3](vbscript:x) [md4](file:///etc/passwd) [md5](data:text/html,<b>x</b>)
        ![bild](data:image/png;base64,AAAA)

        """
    static let tagfilterTags = ["script", "iframe", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"]

    /// The article's page, its `<main>` only (the theme has scripts of its own around it).
    static func articleMain(rawHTML: Bool) async throws -> String {
        let site = try TestSite(fixture: "tiny", files: [
            "content/2021/html.md": "---\ntitle: HTML\ndate: 2021-01-01\nkind: projekt\nregions: [Kronoberg]\nsummary: S.\n---\n\n" + inline + body,
        ])
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config + "raw_html: \(rawHTML)\n")
        _ = try await site.build()
        let page = try site.output("nyheter/2021/html/index.html")
        let main = try #require(page.components(separatedBy: "<main").dropFirst().first?.components(separatedBy: "</main>").first)
        return main
    }

    @Test func rawHTMLOffLetsNoMarkupOfTheWriterThrough() async throws {
        let main = try await Self.articleMain(rawHTML: false)
        for tag in Self.tagfilterTags + ["div class=\"ruta\"", "a href=\"javascript"] {
            #expect(!main.contains("<\(tag)"), "<\(tag) in: \(main)")
        }
        #expect(!main.contains("onerror") && !main.contains("x.png"))
        #expect(!main.lowercased().contains("javascript:"))
        #expect(!main.contains("vbscript:") && !main.contains("file:///") && !main.contains("data:text"))
        #expect(main.contains("<!-- raw HTML omitted -->"))
        // The Markdown around it is still there, and the image's data: address is kept.
        #expect(main.contains(">md-länk</a>") && main.contains("data:image/png;base64,AAAA"))
    }

    @Test func rawHTMLOnPassesMarkupButTheTagfilterDisarmsItsList() async throws {
        let main = try await Self.articleMain(rawHTML: true)
        for tag in Self.tagfilterTags {
            #expect(!main.contains("<\(tag)"), "<\(tag) passed the tagfilter")
            #expect(main.contains("&lt;\(tag)"), "<\(tag) is not shown as text")
        }
        // Other markup is the writer's to use, as the README says: raw_html is for trusted writers.
        #expect(main.contains("<div class=\"ruta\">ruta</div>"))
        #expect(main.contains("<img src=\"x.png\" onerror=\"alert('bild')\">"))
        // Markdown links to code are removed; an image's data: address is kept.
        for text in ["md-länk", "md2", "md3", "md4", "md5"] {
            #expect(main.contains("<a href=\"\">\(text)</a>"), "\(text)")
        }
        #expect(main.contains("data:image/png;base64,AAAA"))
    }
}
