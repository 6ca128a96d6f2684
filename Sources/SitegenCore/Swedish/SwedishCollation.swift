import Foundation

/// Sorts text the Swedish way: a to z, then å, ä, ö; case and other accents only break ties.
///
/// Swedish treats å, ä and ö as letters of their own after z (and æ, ø as ä, ö; ü as y), which
/// a byte or Unicode order gets wrong ("Örebro" before "Östergötland" but after "Västmanland").
/// The key is built here rather than taken from ICU so the order is the same on every machine.
public enum SwedishCollation {
    /// A key whose lexicographic order is Swedish alphabetical order.
    public static func key(_ text: String) -> [UInt32] {
        var primary: [UInt32] = []
        primary.reserveCapacity(text.unicodeScalars.count)
        for character in text.lowercased() {
            primary.append(contentsOf: weights(character))
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
            switch scalar {
            case "a"..."z": result.append(letterBase + 1 + scalar.value - 97)
            case "0"..."9": result.append(500 + scalar.value - 48)
            default:
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                if scalar.properties.isWhitespace { result.append(1) } else if scalar.value < 128 {
                    result.append(10 + scalar.value) // punctuation sorts before digits and letters
                } else {
                    result.append(letterBase + 100 + scalar.value)
                }
            }
        }
        return result
    }
}
