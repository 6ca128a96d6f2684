import Foundation
import Testing
@testable import SitegenCore

/// The JSON-LD encoder writes exactly what Foundation's `JSONEncoder` writes with sorted keys,
/// pretty printing and slashes unescaped.
@Suite struct PrettyJSONEncoderTests {
    struct Inner: Encodable {
        var z = "sist"
        var a: [String: Int] = ["b": 2, "B": 1, "a10": 3, "a2": 4, "é": 5, "@id": 6]
        var empty: [Int] = []
        var nothing: [String: String] = [:]
    }

    struct Everything: Encodable {
        var text = "Örnsköldsvik \"citat\" \\ / <script> \u{1}\u{1f}\u{7f}\t\n\r\u{8}\u{c} \u{2028} ”så”"
        var number = -42
        var big = Int.max
        var whole = 2.0
        var fraction = 1.5
        var yes = true
        var no = false
        var missing: String? = nil
        var present: String? = "här"
        var list = [1, 2, 3]
        var nested = [Inner(), Inner(z: "två", a: [:], empty: [7], nothing: ["k": "v"])]
        var lists = [[String]](arrayLiteral: [], ["a"], ["b", "c"])
        var mixedCase = ["aB": 1, "ab": 2, "Ab": 3, "_x": 4]
    }

    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func ours(_ value: some Encodable) throws -> String {
        String(decoding: try PrettyJSONEncoder.encode(value), as: UTF8.self)
    }

    @Test func writesWhatJSONEncoderWrites() throws {
        #expect(try Self.ours(Everything()) == Self.foundation(Everything()))
        #expect(try Self.ours(Inner()) == Self.foundation(Inner()))
        #expect(try Self.ours(["a", "b"]) == Self.foundation(["a", "b"]))
        #expect(try Self.ours([String: Int]()) == Self.foundation([String: Int]()))
    }

    /// Escapes at the start, the end and next to each other, between runs copied whole.
    @Test func stringsOfEveryShapeAreEscapedAsJSONEncoderDoes() throws {
        var random = SeededGenerator(seed: 11)
        let pieces = ["\"", "\\", "\n", "\r", "\u{0}", "\u{1f}", "\u{8}", "a", "Ö", "🇸🇪", "/", " ", "\u{7f}", "\t", "<p>"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0..<10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(try Self.ours([text]) == Self.foundation([text]), "\(text.debugDescription)")
        }
    }

    @Test func theSchemaOfEachKindIsWrittenAlike() throws {
        let maker = StructuredDataTests.maker
        let event = Event(start: ModelSamples.date("2019-04-11"), end: ModelSamples.date("2019-04-12 15:00"),
                          place: "Örnsköldsvik", address: "Järnvägsgatan 4")
        let articles = [
            ModelSamples.article(title: "Spillvärme", tags: ["Export", "SME"], regions: ["Kronoberg", "Kalmar"]),
            ModelSamples.article(kind: ModelSamples.kind("motesrapport"), organisation: "Industrikommunerna", event: event),
            ModelSamples.article(organisation: "Almi"),
        ]
        for article in articles {
            let document = maker.article(article, summary: "Sammanfattning </script>.", tags: article.tags.map(\.name))
            #expect(try Self.ours(document) == Self.foundation(document))
        }
    }
}
