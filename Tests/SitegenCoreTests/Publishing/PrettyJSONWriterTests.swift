import Foundation
import Testing
@testable import SitegenCore

/// The JSON-LD and the JSON Feeds written straight from their values (``PrettyJSONWriter``) are,
/// byte for byte, what `JSONEncoder` (sorted keys, pretty, slashes unescaped) writes for the same
/// values through their `Encodable` conformance: every kind of page and feed, every optional
/// member present and absent, and text that needs escaping.
@Suite struct PrettyJSONWriterTests {
    static let maker = StructuredDataTests.maker

    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func written(_ texts: [String]) -> String {
        var json = PrettyJSONWriter()
        json.array(texts) { json, text in json.string(text) }
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// Escapes at the start, the end and next to each other, between runs copied whole; and
    /// arrays empty, of one and of several.
    @Test func stringsOfEveryShapeAreEscapedAsJSONEncoderDoes() throws {
        var random = SeededGenerator(seed: 11)
        let pieces = ["\"", "\\", "\n", "\r", "\u{0}", "\u{1f}", "\u{8}", "\u{c}", "\t", "a", "Ö", "🇸🇪", "/", " ",
                      "\u{7f}", "<p>", "\u{2028}"]
        for _ in 0..<300 {
            let texts = (0..<Int.random(in: 0..<3, using: &random)).map { _ in
                (0..<Int.random(in: 0..<10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            }
            #expect(Self.written(texts) == (try Self.foundation(texts)), "\(texts.debugDescription)")
        }
    }

    static func documents() -> [JSONLDDocument] {
        let image = ArticleImage(source: .bundle(relativePath: "foto.jpg"), alt: "En svarv", caption: "Foto: \"A\" / B",
                                 width: 1200, height: 800)
        let bare = ArticleImage(source: .site(path: "/bilder/x.png"), alt: "", caption: nil, width: nil, height: nil)
        let files = [
            Attachment(title: "Rapporten", source: .bundle(relativePath: "rapport.pdf"), fileName: "rapport.pdf", byteCount: 1_234_567),
            Attachment(title: "Data", source: .external(url: "https://example.org/data.xlsx?v=2"), fileName: "data.xlsx", byteCount: nil),
        ]
        let full = Event(start: ModelSamples.date("2019-04-11"), end: ModelSamples.date("2019-04-12 15:00"),
                         place: "Örnsköldsvik", address: "Järnvägsgatan 4")
        let short = Event(start: ModelSamples.date("2019-04-11 09:30"), end: nil, place: "Växjö", address: nil)
        let articles = [
            ModelSamples.article(title: "Spillvärme <script>", tags: ["Export", "SME"], regions: ["Kronoberg", "Kalmar"],
                                 author: "Anna Berg", organisation: "IUC Syd", image: image, updated: "2020-05-06"),
            ModelSamples.article(regions: [], image: bare),
            ModelSamples.article(kind: ModelSamples.kind("motesrapport"), organisation: "Industrikommunerna", event: full),
            ModelSamples.article(kind: ModelSamples.kind("motesrapport"), event: short),
            ModelSamples.article(kind: ModelSamples.kind("rapport"), organisation: "Tillväxtverket", attachments: files),
            ModelSamples.article(kind: ModelSamples.kind("krisstod"), tags: ["Covid-19"], expiry: "2020-12-31"),
            ModelSamples.article(kind: ModelSamples.kind("krisstod"), tags: ["Varsel"]),
            ModelSamples.article(kind: ModelSamples.kind("intervju"), author: "Per Ek"),
        ]
        return articles.map { maker.article($0, summary: "Sammanfattning\n\"citat\" \\ </script> \u{2028}.", tags: $0.tags.map(\.name)) }
            + [maker.home(), JSONLDDocument(graph: [])]
    }

    @Test func everyKindOfPageIsWrittenAsJSONEncoderWritesIt() throws {
        let documents = Self.documents()
        // Each optional member is present in one document and absent in another.
        let texts = documents.map { String(decoding: $0.json(), as: UTF8.self) }
        for key in ["\"image\"", "\"caption\"", "\"width\"", "\"encoding\"", "\"contentSize\"", "\"endDate\"", "\"address\"",
                    "\"organizer\"", "\"about\"", "\"expires\"", "\"category\"", "\"datePosted\"", "\"sourceOrganization\"",
                    "\"keywords\"", "\"articleSection\"", "\"description\"", "\"name\""] {
            #expect(texts.contains { $0.contains(key) } && texts.contains { !$0.contains(key) }, "\(key)")
        }
        for (document, text) in zip(documents, texts) {
            #expect(text == (try Self.foundation(document)))
        }
    }

    @Test func theScriptTextIsTheEncodersEscapedForAScriptElement() throws {
        for document in Self.documents() {
            #expect(document.scriptText() == ScriptSafeJSON.escape(try Self.foundation(document)))
        }
    }

    @Test func everyKindOfFeedIsWrittenAsJSONEncoderWritesIt() throws {
        let bare = FeedEntry(url: "https://example.se/nyheter/2019/y/", title: "Utan allt", published: FeedSamples.date("2019-04-11T07:30:00Z"),
                             updated: FeedSamples.date("2019-04-11T07:30:00Z"), timeZone: FeedSamples.stockholm, summary: "Kort.",
                             contentHTML: nil, tags: [], authors: [], imageURL: nil)
        let documents = [
            FeedSamples.document(),
            FeedSamples.document(entries: [FeedSamples.entry(), bare, FeedSamples.entry(tags: [], content: nil)], description: ""),
            FeedSamples.document(entries: []),
            // A body, written from its bytes (``UTF8Text``), with every byte that needs escaping.
            FeedSamples.document(entries: [FeedSamples.entry(content: "<p>\(FeedSamples.nasty)</p>\n<pre>\\ \u{2028}\t\u{1}</pre>")]),
        ]
        let texts = documents.map { String(decoding: JSONFeedRenderer.bytes($0), as: UTF8.self) }
        for key in ["\"content_html\"", "\"content_text\"", "\"image\"", "\"tags\"", "\"description\"", "\"authors\" : [\n        {"] {
            #expect(texts.contains { $0.contains(key) } && texts.contains { !$0.contains(key) }, "\(key)")
        }
        for (document, text) in zip(documents, texts) {
            #expect(text == (try Self.foundation(JSONFeedRenderer.value(of: document))) + "\n")
        }
    }
}
