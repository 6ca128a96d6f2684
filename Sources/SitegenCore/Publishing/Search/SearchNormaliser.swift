import Foundation

/// One word as the search index stores it and a query looks it up.
public struct SearchTerm: Sendable, Hashable {
    /// Lower-case, without diacritics, stemmed: what a query word must equal ("orebro").
    public var key: String
    /// The same stem with its å, ä, ö kept ("örebro"): hits spelled like the query rank first.
    public var variant: String
}

/// Turns text into search terms, the Swedish-aware way: case and diacritics folded so "orebro"
/// finds "Örebro", common endings removed so "regionerna" finds "region".
///
/// `static/js/sok.js` does exactly the same to a query, step for step: words are runs of
/// letters, digits and marks (`\p{L}\p{N}\p{M}`); each is lower-cased, composed (NFC), checked
/// against the stop words, folded letter by letter, and stemmed. Both are tested against
/// `Fixtures/search/normalisation.json`.
public enum SearchNormaliser {
    /// The words of `text` in order.
    public static func words(_ text: String) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let isWord = isWordScalar(scalars[index])
            if isWord, start == nil { start = index }
            if !isWord, let first = start {
                words.append(text[first..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let first = start { words.append(text[first...]) }
        return words
    }

    /// The words of UTF-8 text (a native `String`'s bytes), as ``words(_:)`` finds them, each
    /// given to `body` as a range of `bytes`. For weighing every article
    /// (``SearchWeights``), where making a `Substring` of each word through the string's
    /// Unicode scalar view was a third of the time.
    static func forEachWord(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = -1
        var position = 0
        while position < bytes.count {
            let lead = bytes[position]
            let isWord: Bool
            let length: Int
            if lead < 0x80 {
                length = 1
                isWord = (lead >= 0x30 && lead <= 0x39) || ((lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A)
            } else {
                // Well-formed UTF-8, as a native string's storage always is.
                var value: UInt32
                if lead < 0xE0 {
                    length = 2
                    value = UInt32(lead & 0x1F)
                } else if lead < 0xF0 {
                    length = 3
                    value = UInt32(lead & 0x0F)
                } else {
                    length = 4
                    value = UInt32(lead & 0x07)
                }
                for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
                isWord = Unicode.Scalar(value).map(isWordScalar) ?? false
            }
            if isWord, start < 0 { start = position }
            if !isWord, start >= 0 {
                body(start..<position)
                start = -1
            }
            position += length
        }
        if start >= 0 { body(start..<bytes.count) }
    }

    /// The term of one word; `nil` for stop words and for words of fewer than two letters.
    public static func term(_ word: Substring) -> SearchTerm? {
        let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
        let lower = isASCII ? word.lowercased() : word.lowercased().precomposedStringWithCanonicalMapping
        if SearchStopwords.set.contains(lower) { return nil }
        if isASCII {
            guard lower.utf8.count >= 2 else { return nil }
            let key = SwedishStemmer.stem(lower)
            return SearchTerm(key: key, variant: key)
        }
        let pieces = lower.unicodeScalars.map { (scalar: $0, folded: fold($0)) }
        let folded = pieces.map(\.folded).joined()
        guard folded.unicodeScalars.count >= 2 else { return nil }
        let key = SwedishStemmer.stem(folded)
        // The variant is as many of the word's own letters as the stem covers once folded.
        let target = key.unicodeScalars.count
        var covered = 0
        var variant = String.UnicodeScalarView()
        for piece in pieces where covered < target {
            variant.append(piece.scalar)
            covered += piece.folded.unicodeScalars.count
        }
        return SearchTerm(key: key, variant: String(variant))
    }

    /// The terms of `text`, in order, with repeats.
    public static func terms(_ text: String) -> [SearchTerm] {
        words(text).compactMap(term)
    }

    /// A whole lower-case word without diacritics: "örebro" -> "orebro".
    public static func fold(_ word: String) -> String {
        word.unicodeScalars.map(fold).joined()
    }

    /// One letter without its diacritics: compatibility decomposition without the combining
    /// marks, and for the letters that do not decompose the spelling used in slugs (æ -> ae).
    static func fold(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII { return String(scalar) }
        if let spelled = spelledOut[scalar] { return spelled }
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
        return String(String.UnicodeScalarView(decomposed.filter { $0.properties.generalCategory != .nonspacingMark }))
    }

    static let spelledOut: [Unicode.Scalar: String] = [
        "æ": "ae", "ø": "o", "ß": "ss", "ð": "d", "đ": "d", "þ": "th", "ł": "l", "œ": "oe", "ı": "i",
    ]

    /// `\p{L}`, `\p{N}` and `\p{M}`, with the ASCII and Latin-1 letters decided without a lookup.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0xAA: return false
        case 0xC0...0x24F: return scalar.value != 0xD7 && scalar.value != 0xF7
        default:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber,
                 .nonspacingMark, .spacingMark, .enclosingMark:
                return true
            default:
                return false
            }
        }
    }
}
