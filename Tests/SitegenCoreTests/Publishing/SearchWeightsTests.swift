import Foundation
import Testing
@testable import SitegenCore

/// Weighing works on the text's bytes, with its own word table (``WordNumbers``) and counts by
/// term number; these tests hold it to the plain definitions: ``SearchNormaliser/words(_:)``,
/// a `Dictionary`, and the weights summed term by term.
struct SearchWeightsTests {
    /// Text of words and separators from every kind of scalar the splitting distinguishes:
    /// ASCII, Swedish and other Latin letters, a combining mark, Greek, CJK, digits of other
    /// scripts, punctuation, spaces, symbols and an emoji.
    static func randomText(_ random: inout SeededGenerator, words: Int) -> String {
        let pieces = ["Örebro", "regionerna", "stål", "och", "i", "Å", "e\u{301}", "ﬁ", "Ωmega", "東京", "٣٤", "x²", "ÆØ",
                      "industrin", "Industrin", "INDUSTRIN", "nya", "jobb", "Kiruna", "Luleå", "a", "2026", "co2", "ı"]
        let separators = [" ", ", ", ". ", "\n", " – ", "\u{00A0}", "/", "(", ") ", "”", "’", "🙂", "\u{2009}", "_", "×"]
        var text = ""
        for _ in 0..<words {
            text += pieces.randomElement(using: &random)!
            if Int.random(in: 0..<5, using: &random) == 0 { text += pieces.randomElement(using: &random)! }
            text += separators.randomElement(using: &random)!
        }
        return text
    }

    @Test func wordsFromBytesAreTheWordsOfTheString() throws {
        var random = SeededGenerator(seed: 41)
        var texts = try SearchNormaliserTests.table().words.map(\.text)
        texts += (0..<200).map { _ in Self.randomText(&random, words: 30) }
        texts += ["", " ", "ord", "🙂", "e\u{301}", "東京"]
        for text in texts {
            var copy = text
            var found: [String] = []
            copy.withUTF8 { bytes in
                SearchNormaliser.forEachWord(inUTF8: bytes) { found.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) }
            }
            #expect(found == SearchNormaliser.words(text).map(String.init), "\(text)")
        }
    }

    @Test func wordNumbersAreADictionaryOfBytes() {
        var random = SeededGenerator(seed: 7)
        var table = WordNumbers()
        var model: [[UInt8]: Int32] = [:]
        var made = 0
        // Enough words to grow the table several times, and many repeats.
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &random)
            let word = (0..<length).map { _ in UInt8.random(in: 0x61...0x66, using: &random) }
            let number = word.withUnsafeBufferPointer { bytes in
                table.number(of: bytes) {
                    made += 1
                    return Int32(made)
                }
            }
            if let expected = model[word] {
                #expect(number == expected)
            } else {
                model[word] = number
            }
        }
        #expect(table.count == model.count)
        #expect(made == model.count)
    }

    @Test func weightsAreTheSumsOfTheirPlaces() {
        var random = SeededGenerator(seed: 2026)
        var weigher = SearchWeights()
        for _ in 0..<150 {
            let title = Self.randomText(&random, words: 6)
            let facts = (0..<3).map { _ in Self.randomText(&random, words: 2) }
            let summary = Self.randomText(&random, words: 12)
            let body = Self.randomText(&random, words: Int.random(in: 0...300, using: &random))
            var expected: [SearchTerm: Int] = [:]
            for term in SearchNormaliser.terms(title) { expected[term, default: 0] += SearchWeights.title }
            for fact in facts { for term in SearchNormaliser.terms(fact) { expected[term, default: 0] += SearchWeights.facts } }
            for term in SearchNormaliser.terms(summary) { expected[term, default: 0] += SearchWeights.summary }
            var inBody: [SearchTerm: Int] = [:]
            for term in SearchNormaliser.terms(body) { inBody[term, default: 0] += SearchWeights.body }
            for (term, count) in inBody { expected[term, default: 0] += min(count, SearchWeights.bodyCap) }

            #expect(weigher.weights(title: title, facts: facts, summary: summary, body: body) == expected)
        }
    }
}
