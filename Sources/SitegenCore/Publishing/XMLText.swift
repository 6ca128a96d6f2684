/// Text made safe for XML 1.0: escaped, and without the characters XML 1.0 cannot hold at all.
///
/// Titles, summaries and tags come from writers, who may paste anything: `<script>`, `&`, `]]>`
/// or a stray control character from a word processor. Escaping handles the first three (no
/// CDATA section is ever written, so `]]>` is just text with `>` escaped); the control characters
/// U+0000-U+0008, U+000B, U+000C, U+000E-U+001F and the non-characters U+FFFE and U+FFFF may not
/// appear in an XML 1.0 document even as character references, so they are dropped. A single one
/// of them would make a feed reader reject the whole feed.
enum XMLText {
    /// For element content: `&`, `<` and `>` escaped.
    static func escape(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// For a double-quoted attribute value: also `"`, and tabs and line breaks as references so
    /// that attribute normalisation keeps them.
    static func attribute(_ text: String) -> String {
        escape(text, attribute: true)
    }

    /// Works on UTF-8 bytes: feeds escape whole article bodies, many times over on a big site.
    /// In UTF-8 the forbidden characters are the bytes below 0x20 other than tab, LF and CR,
    /// and the sequences EF BF BE and EF BF BF (U+FFFE, U+FFFF).
    ///
    /// Runs of bytes that need nothing are found (``ByteClass``) and copied whole, and a text with
    /// nothing to change is returned as it is: a byte-at-a-time loop was 4% of a cold
    /// 10,000-article build, all of it in the feeds.
    private static func escape(_ text: String, attribute: Bool) -> String {
        var contiguous = text
        return contiguous.withUTF8 { input -> String in
            guard let first = firstSpecial(input, attribute: attribute) else { return text }
            var output: [UInt8] = []
            output.reserveCapacity(input.count + input.count / 8)
            append(input, from: first, attribute: attribute, to: &output)
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// `text` escaped (for element content, or for a double-quoted attribute value) onto the end
    /// of `output`: what ``XMLWriter`` writes, without a `String` made of it.
    static func append(_ text: String, attribute: Bool, to output: inout [UInt8]) {
        var contiguous = text
        contiguous.withUTF8 { input in append(input, attribute: attribute, to: &output) }
    }

    /// Text given as its UTF-8 bytes, which must be valid UTF-8, as a `String`'s are.
    static func append(_ input: UnsafeBufferPointer<UInt8>, attribute: Bool, to output: inout [UInt8]) {
        guard let first = firstSpecial(input, attribute: attribute) else {
            output.append(contentsOf: input)
            return
        }
        // Not `reserveCapacity`: called for piece after piece of one growing feed, it
        // would make the array exactly that much bigger each time, copying the feed again.
        append(input, from: first, attribute: attribute, to: &output)
    }

    /// Where the first byte that is not copied as it is stands, if any.
    private static func firstSpecial(_ input: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Int? {
        let position = (attribute ? attributeBytes : contentBytes).first(in: input)
        return position == input.count ? nil : position
    }

    /// `input` escaped onto `output`, its bytes before `first` needing nothing.
    private static func append(_ input: UnsafeBufferPointer<UInt8>, from first: Int, attribute: Bool,
                               to output: inout [UInt8]) {
        let special = attribute ? attributeBytes : contentBytes
        let count = input.count
        var position = first
        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[..<position]))
        while position < count {
            let start = position
            position = special.first(in: input, from: position)
            if position > start { output.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<position])) }
            guard position < count else { break }
            let byte = input[position]
            position += 1
            switch byte {
            case UInt8(ascii: "&"): output += Self.amp
            case UInt8(ascii: "<"): output += Self.lt
            case UInt8(ascii: ">"): output += Self.gt
            case UInt8(ascii: "\""): output += Self.quot
            case UInt8(ascii: "\t"): output += Self.tab
            case UInt8(ascii: "\n"): output += Self.newline
            case UInt8(ascii: "\r"): output += Self.carriageReturn
            case 0xEF:
                // A String is valid UTF-8, so EF starts a three-byte character: U+FFFE and
                // U+FFFF are EF BF BE and EF BF BF; every other one is kept.
                guard position + 1 < count else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[(position - 1)...]))
                    position = count
                    continue
                }
                let second = input[position], third = input[position + 1]
                position += 2
                if !(second == 0xBF && (third == 0xBE || third == 0xBF)) { output += [byte, second, third] }
            default: break // the other bytes below 0x20: dropped
            }
        }
    }

    /// The bytes not copied as they are in element content: `&`, `<`, `>`, CR, the other
    /// control bytes but tab and LF, and EF (which may start U+FFFE or U+FFFF). Found sixteen
    /// at a time (``ByteClass``).
    static let contentBytes = ByteClass(below: 0x20, allowedBelow: [0x09, 0x0A], bytes: [0x26, 0x3C, 0x3E, 0xEF])

    /// As ``contentBytes``, and also `"`, tab and LF, which attributes hold as references.
    static let attributeBytes = ByteClass(below: 0x20, bytes: [0x26, 0x3C, 0x3E, 0xEF, 0x22])

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), tab = Array("&#9;".utf8), newline = Array("&#10;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)
}
