import Foundation
import Testing
@testable import SitegenCore

/// `</script>` can never be injected through the JSON-LD, and the escaped JSON still means the
/// same strings.
@Suite("JSON-LD inside <script>")
struct ScriptSafeJSONTests {
    static let hostile = "</script><script>alert(1)</script> \"citat\" 'apostrof' & &amp; ]]> <!-- \u{2028}rad\u{2029}stycke \\ slut"
    /// What may never stand raw between `<script>` and `</script>`.
    static let forbidden = ["<", ">", "&", "\u{2028}", "\u{2029}"]

    static func expectSafe(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for raw in forbidden {
            #expect(!text.contains(raw), "raw \(raw.unicodeScalars.first!.escaped(asASCII: true)) in the script",
                    sourceLocation: sourceLocation)
        }
    }

    @Test("Each dangerous character becomes a \\u escape")
    func escapes() {
        #expect(ScriptSafeJSON.escape(#"{"a":"</script>&\#u{2028}\#u{2029}"}"#)
                == #"{"a":"\u003c/script\u003e\u0026\u2028\u2029"}"#)
        #expect(ScriptSafeJSON.escape(#"{"a":"\\<"}"#) == #"{"a":"\\\u003c"}"#, "an escaped backslash stays one")
        #expect(ScriptSafeJSON.escape("{\"å\":\"ö ✓\"}") == "{\"å\":\"ö ✓\"}", "other text is untouched")
    }

    @Test("Hostile strings in every field come back unchanged and never raw")
    func hostileModel() throws {
        let image = ArticleImage(source: .external(url: "https://example.org/a.png?x=1&y=</script>"), alt: Self.hostile, caption: Self.hostile)
        let article = ModelSamples.article(title: Self.hostile, kind: ModelSamples.kind("krisstod"), tags: [Self.hostile],
                                           regions: [Self.hostile], author: Self.hostile, organisation: Self.hostile, image: image)
        let maker = StructuredData(config: ModelSamples.config(publisher: .init(name: Self.hostile, url: nil)),
                                   dates: SwedishDateFormatter(timeZone: ModelSamples.stockholm))
        let text = maker.article(article, summary: Self.hostile, tags: [Self.hostile]).scriptText()
        Self.expectSafe(text)
        let main = try #require(try ParsedJSONLD(text).node("SpecialAnnouncement"))
        for key in ["headline", "name", "description", "keywords"] {
            #expect(main.string(key) == Self.hostile, "\(key)")
        }
        #expect(main.object("author")?.string("name") == Self.hostile)
        #expect(main.objects("spatialCoverage").first?.string("name") == Self.hostile)
        #expect(main.objects("image").first?.string("caption") == Self.hostile)
        #expect(main.objects("image").first?.string("url") == "https://example.org/a.png?x=1&y=</script>")
        #expect(try ParsedJSONLD(text).node("Organization")?.string("name") == Self.hostile)
    }

    @Test("A hostile article's page: the script element holds nothing raw and parses back")
    func hostilePage() async throws {
        let frontMatter = """
            ---
            title: "</script><script>alert(1)</script> \\"citat\\" & ]]> \\u2028rad\\u2029slut"
            date: 2020-02-03
            kind: projekt
            regions: [Kronoberg]
            tags: ["a</script>b", "c & ]]> d"]
            author: "<!-- O'Brien & co -->"
            summary: "Sammanfattning med </SCRIPT > och \\u2028 och &amp;"
            ---

            Text.
            """
        let site = try TestSite(fixture: "tiny", files: ["content/farlig.md": frontMatter])
        defer { site.cleanUp() }
        _ = try await site.build()
        let html = try String(contentsOf: site.output.appendingPathComponent("nyheter/2020/farlig/index.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<script").count == 2, "one script element: no other was opened")
        let body = try #require(ParsedJSONLD.scriptBody(inPage: html))
        Self.expectSafe(body)
        let main = try #require(try ParsedJSONLD(body).node("NewsArticle"))
        #expect(main.string("headline") == "</script><script>alert(1)</script> \"citat\" & ]]> \u{2028}rad\u{2029}slut")
        #expect(main.string("description") == "Sammanfattning med </SCRIPT > och \u{2028} och &amp;")
        #expect(main.string("keywords") == "a</script>b, c & ]]> d")
        #expect(main.object("author")?.string("name") == "<!-- O'Brien & co -->")
        #expect(html.contains("<meta property=\"og:title\" content=\"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;citat&quot; &amp; ]]&gt;"),
                "meta values are HTML-escaped")
    }
}
