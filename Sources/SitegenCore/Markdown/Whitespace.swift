/// Unicode whitespace on scalars, without Foundation.
///
/// The Markdown renderer trims and collapses the whitespace of every body's plain text, first
/// paragraph and heading. Foundation's `trimmingCharacters(in:)` bridged each text to NSString
/// and decoded it back from UTF-16 (4% of a whole build at 10,000 articles), and splitting on
/// `Character.isWhitespace` looked up grapheme breaks and scalar properties for every letter
/// (another 1%). These give the same results on the native UTF-8 text; the tests compare them
/// with the Foundation and `Character` versions.
enum Whitespace {
    /// Unicode's White_Space property (`Character.isWhitespace` asks it of a grapheme's first
    /// scalar): a fixed list since Unicode 6.3.
    @inline(__always)
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Foundation's `whitespacesAndNewlines`: White_Space and also U+200B ZERO WIDTH SPACE,
    /// which CoreFoundation counts as whitespace and Unicode does not.
    @inline(__always)
    static func foundationContains(_ scalar: Unicode.Scalar) -> Bool {
        contains(scalar) || scalar.value == 0x200B
    }

    /// Foundation's `whitespaces`: spaces (Unicode's Zs), the tab, and U+200B.
    @inline(__always)
    static func foundationSpaceContains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`: Foundation trims scalars, and so
    /// does this.
    static func trimmed(_ text: String) -> String {
        trimmed(text, where: foundationContains)
    }

    /// ``trimmed(_:)`` of UTF-8 bytes, without a `String` when, past any ASCII whitespace
    /// (space, tab to carriage return) at either end, neither end can be whitespace: an end that
    /// is another ASCII character, or a letter of U+00C0-U+07FF (its first byte 0xC3-0xDF; the
    /// two-byte whitespace, U+0085 and U+00A0, begin with 0xC2). For a body's plain text, which
    /// starts with a letter and ends with a stop and a space, that is nearly always: making the
    /// `String` checked its UTF-8, and nothing else needs one (``BodyText/init(utf8:)``).
    static func trimmed(utf8 bytes: [UInt8]) -> [UInt8] {
        func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func plainEnd(_ byte: UInt8) -> Bool { byte < 0x80 ? !isASCIISpace(byte) : (0xC3...0xDF).contains(byte) }
        var (start, end) = (0, bytes.count)
        while start < end, isASCIISpace(bytes[start]) { start += 1 }
        while end > start, isASCIISpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return [] }
        // The last character's first byte: the last byte, or the one before a continuation byte.
        let last = bytes[end - 1]
        let lastLead = last < 0x80 ? last : end - start >= 2 && last & 0xC0 == 0x80 ? bytes[end - 2] : 0
        guard plainEnd(bytes[start]), plainEnd(lastLead) else {
            return Array(trimmed(String(decoding: bytes, as: UTF8.self)).utf8)
        }
        return start == 0 && end == bytes.count ? bytes : Array(bytes[start..<end])
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, for front matter values: Foundation's was 9%
    /// of loading an article.
    static func trimmedSpaces(_ text: some StringProtocol) -> String {
        trimmed(String(text), where: foundationSpaceContains)
    }

    private static func trimmed(_ text: String, where isSpace: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// `text.split(whereSeparator: \.isWhitespace).joined(separator: " ")`: runs of whitespace
    /// become one space, none at the ends.
    ///
    /// `Character.isWhitespace` asks the first scalar of a grapheme. A whitespace scalar always
    /// starts a grapheme of its own, except when a mark (Extend, SpacingMark, ZWJ: all from
    /// U+0300) follows it or a Prepend scalar (all from U+0600) comes before it; for such a text,
    /// rare in Swedish news, the grapheme version runs instead.
    ///
    /// The result is gathered as UTF-8 bytes and made a string once: appending each run to a
    /// `String` as a `Substring` was 1.9% of a cold 10,000-article build.
    static func collapsed(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar?
        var afterWhitespace = false
        var spaceDue = false
        for scalar in text.unicodeScalars {
            if contains(scalar) {
                if let before = previous, before.value >= 0x600, !contains(before) { return graphemeCollapsed(text) }
                spaceDue = !out.isEmpty
                afterWhitespace = true
            } else {
                if afterWhitespace, scalar.value >= 0x300 { return graphemeCollapsed(text) }
                if spaceDue {
                    out.append(0x20)
                    spaceDue = false
                }
                if scalar.isASCII { out.append(UInt8(truncatingIfNeeded: scalar.value)) } else { UTF8.encode(scalar) { out.append($0) } }
                afterWhitespace = false
            }
            previous = scalar
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``collapsed(_:)`` of UTF-8 bytes. Text of ASCII and the letters U+00C0-U+00FF (lead byte
    /// C3: all of Swedish, nearly all text here) is collapsed a byte at a time, straight into
    /// the new string's storage: in it only ASCII bytes can be whitespace, and no scalar can
    /// join a grapheme with one. Any other text goes the scalar way. For the plain text of
    /// every paragraph and heading, made a `String` first and collapsed a scalar at a time, it
    /// was 2% of the instructions of a cold 1,000-article build (callgrind, 2026-11-27).
    static func collapsed(utf8 bytes: [UInt8]) -> String {
        guard !bytes.isEmpty else { return "" }
        var other = false
        let collapsed = bytes.withUnsafeBufferPointer { input in
            // No more bytes out than in: a run of whitespace becomes one space or none.
            String(unsafeUninitializedCapacity: input.count) { out in
                var count = 0
                var spaceDue = false
                var index = 0
                while index < input.count {
                    let byte = input[index]
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        spaceDue = count > 0
                        index += 1
                        continue
                    }
                    let length: Int
                    if byte < 0x80 {
                        length = 1
                    } else if byte == 0xC3, index + 1 < input.count, input[index + 1] & 0xC0 == 0x80 {
                        length = 2
                    } else {
                        other = true
                        return 0
                    }
                    if spaceDue {
                        out[count] = 0x20
                        count += 1
                        spaceDue = false
                    }
                    for offset in 0..<length { out[count + offset] = input[index + offset] }
                    count += length
                    index += length
                }
                return count
            }
        }
        return other ? Self.collapsed(String(decoding: bytes, as: UTF8.self)) : collapsed
    }

    /// The grapheme version, for the rare text where the scalars would give another answer.
    static func graphemeCollapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
