import Foundation

/// Turns a Swedish title or name into a URL slug: `Jämtland Härjedalen` -> `jamtland-harjedalen`.
///
/// Letters lose their diacritics (å ä ö é ü ...), the few that do not decompose are spelled out
/// (æ -> ae, ø -> o, ß -> ss, ð -> d, þ -> th, ł -> l), everything that is not a-z or 0-9 becomes
/// one hyphen, and hyphens never start or end a slug.
public enum Slug {
    /// The longest slug: ``Limits/nameLength``.
    public static let maxLength = Limits.nameLength

    public static func make(_ text: String) -> String {
        latin1(text) ?? unicode(text)
    }

    /// ``make(_:)`` for text of Latin-1 letters, digits and separators (all Swedish, nearly all
    /// text here) by a table, without Foundation's decomposition, which was 4% of a cold build
    /// (headings' ids, tags, file names). `nil` for any other character: then ``unicode(_:)``
    /// decides. A test holds the two equal on every Latin-1 character and on random text.
    static func latin1(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            var byte: UInt8?
            var letters: StaticString?
            switch value {
            case 0x30...0x39, 0x61...0x7A: byte = UInt8(value)
            case 0x41...0x5A: byte = UInt8(value + 0x20)
            case 0x00..<0x80: break // a separator
            case 0xDF: letters = "ss"
            case 0xC0...0xFF: letters = latin1Letters[Int((value < 0xE0 ? value + 0x20 : value) - 0xE0)]
            default: return nil
            }
            guard byte != nil || letters != nil else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen, !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            if let byte { out.append(byte) } else { letters?.withUTF8Buffer { out.append(contentsOf: $0) } }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// What the letters U+00E0...U+00FF become (and U+00C0...U+00DE, their capitals): the
    /// decomposition without its marks, or ``asciiValue(_:)``'s spelling; `nil` for ÷ (and ×).
    private static let latin1Letters: [StaticString?] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", nil, "o", "u", "u", "u", "u", "y", "th", "y",
    ]

    /// ``make(_:)`` for any text: compatibility decomposition, lower case, marks dropped.
    static func unicode(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if let ascii = asciiValue(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(ascii)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue // the ring of å, the dots of ä and ö, the accent of é
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    /// True when `slug` is already what ``make(_:)`` would produce: safe in a URL and a folder name.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && make(slug) == slug
    }

    private static func asciiValue(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "a"..."z", "0"..."9": return String(scalar)
        case "æ": return "ae"
        case "ø": return "o"
        case "ß": return "ss"
        case "ð", "đ": return "d"
        case "þ": return "th"
        case "ł": return "l"
        case "œ": return "oe"
        case "ı": return "i"
        default: return nil
        }
    }
}
