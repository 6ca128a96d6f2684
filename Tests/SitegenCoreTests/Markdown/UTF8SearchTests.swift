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

    /// The same verdict and text as the standard library's `String(validating:as:)`, on
    /// random bytes full of what is not UTF-8: overlong forms, surrogates, cut sequences,
    /// bytes that never occur, and code points past U+10FFFF.
    @Test func validUTF8AgreesWithTheStandardLibrary() {
        var random = SeededGenerator(seed: 21)
        let pieces: [[UInt8]] = [[0x61], [0x00], [0xC3, 0xA5], [0xE2, 0x80, 0xA8], [0xF0, 0x9F, 0x87, 0xB8], [0xC0, 0xAF],
                                 [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x80], [0xC3],
                                 [0xE2, 0x80], [0xEF, 0xBF, 0xBD]]
        var invalid = 0
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0..<6, using: &random)).flatMap { _ in pieces.randomElement(using: &random)! }
            let expected = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
            let ours = bytes.withUnsafeBufferPointer { String(validUTF8: $0) }
            #expect(ours == expected, "\(bytes)")
            if expected == nil { invalid += 1 }
        }
        #expect(invalid > 500, "the sample holds invalid sequences")
    }

    /// The order of the UTF-8 bytes, as the standard library's `utf8.lexicographicallyPrecedes`
    /// gives it, on short and long (heap) strings, prefixes, and characters of every length.
    @Test func utf8PrecedesAgreesWithTheStandardLibrary() {
        var random = SeededGenerator(seed: 31)
        let pieces = ["a", "b", "/", "ö", "å", "é", "\u{1F1F8}", "index.html", "nyheter/2021/", "\u{7F}", "\u{80}", ""]
        var before = 0
        for _ in 0..<4000 {
            let left = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let right = Bool.random(using: &random) ? left + pieces.randomElement(using: &random)!
                : (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let expected = left.utf8.lexicographicallyPrecedes(right.utf8)
            #expect(left.utf8Precedes(right) == expected, "\(left.debugDescription) / \(right.debugDescription)")
            #expect(right.utf8Precedes(left) == right.utf8.lexicographicallyPrecedes(left.utf8))
            if expected { before += 1 }
        }
        #expect(before > 1000 && before < 3000, "both orders are sampled")
        #expect(!"".utf8Precedes(""))
        #expect("".utf8Precedes("a"))
    }
}
