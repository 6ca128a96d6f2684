import Foundation
import Testing
@testable import SitegenCore

/// The byte searches stand in for Foundation's: they must find and replace exactly what
/// Foundation does, on Swedish text, quotes and markup.
@Suite struct UTF8SearchTests {
    @Test func replacingEqualsFoundationsOnRandomText() {
        var random = SeededGenerator(seed: 11)
        let pieces = ["a", "ö", "Å", "\u{201C}", "\u{201D}", "\u{2018}", "<", ">", "\"", "\n", "data-", "footnotes", " ", "e\u{301}", "é"]
        let needles = ["\u{201C}", "\u{2018}", "data-footnotes", "<a", "ö", "\n<", "é"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let needle = needles.randomElement(using: &random)!
            let expected = text.replacingOccurrences(of: needle, with: "[\(needle)]", options: .literal)
            #expect(text.replacingUTF8(needle, with: "[\(needle)]") == expected, "\(text.debugDescription) / \(needle.debugDescription)")
            #expect(text.containsUTF8(needle) == (expected != text))
        }
        #expect("ö\u{201C}citat\u{201C}".replacingUTF8("\u{201C}", with: "\u{201D}") == "ö\u{201D}citat\u{201D}")
    }
}
