import Foundation

/// Sorts text the Swedish way: a to z, then å, ä, ö; case and other accents only break ties.
///
/// Swedish treats å, ä and ö as letters of their own after z (and æ, ø as ä, ö; ü as y), which
/// a byte or Unicode order gets wrong ("Örebro" before "Östergötland" but after "Västmanland").
/// The key is built here rather than taken from ICU so the order is the same on every machine.
public enum SwedishCollation {
    /// A key whose lexicographic order is Swedish alphabetical order.
    public static func key(_ text: String) -> [UInt32] {
        plainKey(text) ?? generalKey(text)
    }

    /// The key of any text, character by character.
    static func generalKey(_ text: String) -> [UInt32] {
        var primary: [UInt32] = []
        primary.reserveCapacity(text.unicodeScalars.count)
        for character in text.lowercased() {
            // ASCII without Foundation's decomposition: most letters of most titles, and the
            // decomposition made sorting 10,000 titles 5% of a whole build.
            if let ascii = character.asciiValue {
                primary.append(weight(ofASCII: UInt32(ascii)))
            } else {
                primary.append(contentsOf: weights(character))
            }
        }
        // Ties (e.g. "Å" vs "å", "é" vs "e") fall back to the exact scalars so the order is total.
        return primary + [0] + text.unicodeScalars.map(\.value)
    }

    public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        key(lhs).lexicographicallyPrecedes(key(rhs))
    }

    private static let letterBase: UInt32 = 1_000

    private static func weights(_ character: Character) -> [UInt32] {
        switch character {
        case "å": return [letterBase + 27]
        case "ä", "æ": return [letterBase + 28]
        case "ö", "ø", "œ": return [letterBase + 29]
        case "ü": return [letterBase + 25] // y
        case "ß": return [letterBase + 19, letterBase + 19] // ss
        default: break
        }
        var result: [UInt32] = []
        for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII {
                result.append(weight(ofASCII: scalar.value))
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if scalar.properties.isWhitespace {
                result.append(1)
            } else {
                result.append(letterBase + 100 + scalar.value)
            }
        }
        return result
    }

    /// The key of a text made only of ASCII (no CR, which joins a following LF into one
    /// character) and precomposed å, ä, ö, æ, ø, œ in either case, from its scalars: the same
    /// key as the general path, without lower-casing a copy and breaking it into characters,
    /// which was 7% of a rebuild where most titles share their date with another. Nil for
    /// anything else, which takes the general path.
    /// The key is made in one array, sized once: the primary weights, 0, then the scalars
    /// (joining three arrays was half of making it), from the UTF-8 bytes: every letter this
    /// path takes is one byte (ASCII) or two (U+0080-U+07FF). Through `unicodeScalars` and
    /// `append`, it was 1.5% of a one-edit rebuild of 10,000 articles while the sort of titles
    /// that share a date made a key for each (it now compares plain titles with
    /// ``comparePlain(_:_:)``).
    static func plainKey(_ text: String) -> [UInt32]? {
        var text = text
        return text.withUTF8 { bytes -> [UInt32]? in
            var plain = true
            // At most a weight and a scalar per byte, and the 0 between.
            let key = [UInt32](unsafeUninitializedCapacity: 2 * bytes.count + 1) { key, count in
                var weights = 0
                var index = 0
                while index < bytes.count {
                    let (scalar, length) = twoByteScalar(bytes, at: index)
                    guard let primary = plainWeight(scalar) else { plain = false; return }
                    key[weights] = primary
                    weights += 1
                    index += length
                }
                key[weights] = 0
                var position = weights + 1
                index = 0
                while index < bytes.count {
                    let (scalar, length) = twoByteScalar(bytes, at: index)
                    key[position] = scalar
                    position += 1
                    index += length
                }
                count = position
            }
            return plain ? key : nil
        }
    }

    /// Whether `text` has a plain key (``plainKey(_:)`` is not nil), without making it.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let (scalar, length) = twoByteScalar(bytes, at: index)
                guard plainWeight(scalar) != nil else { return false }
                index += length
            }
            return true
        }
    }

    /// How two plain texts (``isPlain(_:)``) stand in Swedish order: -1, 0 or 1, as their keys
    /// (``plainKey(_:)``) compare, without making them. The keys of 10,000 titles of 200
    /// characters were 16 MB, made to sort the titles that share a date, and most comparisons
    /// end within a few letters.
    static func comparePlain(_ a: String, _ b: String) -> Int {
        var (a, b) = (a, b)
        return a.withUTF8 { a in
            b.withUTF8 { b in
                // The weights; where one text ends first, its key has the 0 between its weights
                // and its scalars, and every weight is at least 1.
                var (i, j) = (0, 0)
                while i < a.count || j < b.count {
                    guard i < a.count else { return -1 }
                    guard j < b.count else { return 1 }
                    let (first, firstLength) = twoByteScalar(a, at: i)
                    let (second, secondLength) = twoByteScalar(b, at: j)
                    let (x, y) = (plainWeight(first) ?? 0, plainWeight(second) ?? 0)
                    if x != y { return x < y ? -1 : 1 }
                    (i, j) = (i + firstLength, j + secondLength)
                }
                // As many weights, all equal: the scalars decide, as many on each side.
                (i, j) = (0, 0)
                while i < a.count, j < b.count {
                    let (first, firstLength) = twoByteScalar(a, at: i)
                    let (second, secondLength) = twoByteScalar(b, at: j)
                    if first != second { return first < second ? -1 : 1 }
                    (i, j) = (i + firstLength, j + secondLength)
                }
                return 0
            }
        }
    }

    /// The primary weight of a scalar a plain text may hold; nil for any other (CR, which
    /// joins a following LF into one character, and everything outside ASCII but å, ä, ö, æ,
    /// ø, œ precomposed, in either case).
    private static func plainWeight(_ scalar: UInt32) -> UInt32? {
        switch scalar {
        case 13: nil
        case 65...90: weight(ofASCII: scalar + 32)
        case 0..<128: weight(ofASCII: scalar)
        case 0xE5, 0xC5: letterBase + 27 // å Å
        case 0xE4, 0xC4, 0xE6, 0xC6: letterBase + 28 // ä Ä æ Æ
        case 0xF6, 0xD6, 0xF8, 0xD8, 0x153, 0x152: letterBase + 29 // ö Ö ø Ø œ Œ
        default: nil
        }
    }

    /// The scalar at `index` of valid UTF-8 and how many bytes it takes, if it takes one or
    /// two; a scalar of three or four bytes is given as `UInt32.max` (no plain key has one).
    private static func twoByteScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let first = bytes[index]
        if first < 0x80 { return (UInt32(first), 1) }
        guard first & 0xE0 == 0xC0 else { return (.max, 1) }
        return (UInt32(first & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    }

    /// Letters after digits after punctuation after whitespace.
    private static func weight(ofASCII value: UInt32) -> UInt32 {
        switch value {
        case 97...122: letterBase + 1 + value - 97 // a-z
        case 48...57: 500 + value - 48 // 0-9
        case 9...13, 32: 1 // whitespace
        default: 10 + value // punctuation sorts before digits and letters
        }
    }
}
