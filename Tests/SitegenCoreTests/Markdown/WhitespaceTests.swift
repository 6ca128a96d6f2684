import Foundation
import Testing
@testable import SitegenCore

/// The renderer's whitespace helpers must answer exactly as the Foundation and `Character`
/// code they replace.
@Suite("Whitespace")
struct WhitespaceTests {
    @Test("The lists of whitespace scalars are Unicode's White_Space and Foundation's whitespacesAndNewlines")
    func everyScalar() {
        var differences: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Whitespace.contains(scalar) != scalar.properties.isWhitespace
                || Whitespace.foundationContains(scalar) != CharacterSet.whitespacesAndNewlines.contains(scalar) {
                differences.append(value)
            }
        }
        #expect(differences.isEmpty, "differs at \(differences.prefix(10).map { String($0, radix: 16) })")
    }

    /// Pieces that stress the grapheme rules: marks after spaces, Prepend before them, CRLF,
    /// no-break and ideographic spaces, emoji with ZWJ, Swedish letters decomposed.
    static let pieces = ["a", "å", "a\u{30A}", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{A0}", "\u{2028}", "\u{3000}",
                         "\u{301}", "\u{200D}", "\u{903}", "\u{600}", "\u{110BD}", "👩\u{200D}💻", "\u{85}", "ord", "-", "\u{202F}", "\u{200B}"]

    static func randomTexts(count: Int) -> [String] {
        var generator = SeededGenerator(seed: 4711)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...9, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    static let fixed = ["", " ", "ett två", "  ett  \n två\t", "\u{A0}Fotnot\u{A0}", " \u{301}ord", "a \u{301}b", "\u{600} a",
                        "x\u{600} y", "ä \u{903}", "\r\nrad\r\n"]

    @Test("trimmed equals trimmingCharacters(in: .whitespacesAndNewlines)")
    func trimming() {
        for text in Self.fixed + Self.randomTexts(count: 3000) {
            #expect(Whitespace.trimmed(text).unicodeScalars.elementsEqual(
                text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("trimmed of UTF-8 bytes equals trimmed of the text, also at ends of two, three and four bytes")
    func trimmingBytes() {
        let ends = ["", "a", ".", " ", "\t", "\n", "å", "Ö", "\u{85}", "\u{A0}", "\u{7FF}", "\u{800}", "\u{1680}", "\u{2000}",
                    "\u{200B}", "\u{2028}", "\u{3000}", "\u{FEFF}", "😀", "e\u{301}"]
        var texts = Self.fixed + Self.randomTexts(count: 3000)
        for first in ends { for last in ends { texts.append(first + "Mitt i" + last) } }
        for text in texts {
            #expect(Whitespace.trimmed(utf8: Array(text.utf8)) == Array(Whitespace.trimmed(text).utf8), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("collapsed equals splitting on Character.isWhitespace and joining with a space")
    func collapsing() {
        for text in Self.fixed + Self.randomTexts(count: 3000) {
            #expect(Whitespace.collapsed(text).unicodeScalars.elementsEqual(
                text.split(whereSeparator: \.isWhitespace).joined(separator: " ").unicodeScalars), "\(Array(text.unicodeScalars))")
        }
    }

    /// The bytes' fast way (ASCII and C3 letters) and the scalar way give the same text: for
    /// the random texts, and for texts mostly of the fast way's bytes with now and then another.
    @Test("collapsed of UTF-8 bytes equals collapsed of the text")
    func collapsingBytes() {
        var texts = Self.fixed + Self.randomTexts(count: 3000)
        let swedish = ["Ö", "å", "ä", "é", "ÿ", "À", "ord", " ", "  ", "\t", "\n", "\r\n", "\u{B}", "\u{C}", "x"]
        let others = ["\u{A0}", "\u{301}", "\u{85}", "ő", "€", "😀", "\u{2028}"]
        var generator = SeededGenerator(seed: 1066)
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 0...12, using: &generator)).map { _ in
                Int.random(in: 0..<20, using: &generator) == 0 ? others.randomElement(using: &generator)! : swedish.randomElement(using: &generator)!
            }.joined())
        }
        for text in texts {
            #expect(Array(Whitespace.collapsed(utf8: Array(text.utf8)).utf8) == Array(Whitespace.collapsed(text).utf8), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("Examples: no-break, ideographic and line-separator spaces count as whitespace")
    func examples() {
        #expect(Whitespace.collapsed("  Industrin\u{A0}i  Örebro\n") == "Industrin i Örebro")
        #expect(Whitespace.trimmed(" \u{3000}Örebro län\u{2028}") == "Örebro län")
    }

    /// Foundation's `whitespaces` (no newlines) by the fixed list: the same trim for every
    /// scalar of the Basic Multilingual Plane at either end and inside.
    @Test func trimmingSpacesEqualsFoundation() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let space = String(Character(scalar))
            for text in [space, space + "a" + space, "a" + space + "b", space + space + "ö"] {
                #expect(Whitespace.trimmedSpaces(text) == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
            }
        }
    }
}
