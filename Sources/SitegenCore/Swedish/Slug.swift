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
