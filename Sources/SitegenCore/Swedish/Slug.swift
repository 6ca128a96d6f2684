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
    ///
    /// Worked on the UTF-8 bytes, written straight into the new string's storage: a scalar at a
    /// time, appended to an array, it was 1% of the instructions of a cold 1,000-article build
    /// and of a one-edit rebuild of 10,000 (every heading's id, every file name; callgrind,
    /// 2026-11-27). In UTF-8 those characters are the ASCII bytes and the pairs C3 80-BF
    /// (U+00C0-U+00FF); any other lead byte means another character.
    static func latin1(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // No more bytes out than in: a letter of two bytes gives at most two ("ß", "æ"),
            // one of one byte one, and each hyphen stands for a separator, which gives none.
            var failed = false
            let slug = String(unsafeUninitializedCapacity: max(1, bytes.count)) { out in
                var count = 0
                var pendingHyphen = false
                var index = 0
                @inline(__always) func put(_ byte: UInt8) {
                    if pendingHyphen, count > 0 {
                        out[count] = UInt8(ascii: "-")
                        count += 1
                    }
                    pendingHyphen = false
                    out[count] = byte
                    count += 1
                }
                while index < bytes.count {
                    let byte = bytes[index]
                    switch byte {
                    case 0x30...0x39, 0x61...0x7A: put(byte)
                    case 0x41...0x5A: put(byte + 0x20)
                    case 0x00..<0x80: pendingHyphen = true
                    case 0xC3 where index + 1 < bytes.count:
                        index += 1
                        let value = UInt32(bytes[index] & 0x3F) | 0xC0
                        if value == 0xDF {
                            put(UInt8(ascii: "s"))
                            out[count] = UInt8(ascii: "s")
                            count += 1
                        } else if let letters = latin1Letters[Int((value < 0xE0 ? value + 0x20 : value) - 0xE0)] {
                            letters.withUTF8Buffer { letters in
                                put(letters[0])
                                for extra in letters.dropFirst() {
                                    out[count] = extra
                                    count += 1
                                }
                            }
                        } else {
                            pendingHyphen = true
                        }
                    default:
                        failed = true
                        return 0
                    }
                    index += 1
                }
                return count
            }
            return failed ? nil : slug
        }
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
