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
    private static func escape(_ text: String, attribute: Bool) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "&"): output += Self.amp
            case UInt8(ascii: "<"): output += Self.lt
            case UInt8(ascii: ">"): output += Self.gt
            case UInt8(ascii: "\"") where attribute: output += Self.quot
            case UInt8(ascii: "\t") where attribute: output += Self.tab
            case UInt8(ascii: "\n") where attribute: output += Self.newline
            case UInt8(ascii: "\r"): output += Self.carriageReturn
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"): output.append(byte)
            case 0..<0x20: continue
            case 0xEF:
                // A String is valid UTF-8, so EF starts a three-byte character: U+FFFE and U+FFFF
                // are EF BF BE and EF BF BF; every other one is kept.
                guard let second = bytes.next(), let third = bytes.next() else { output.append(byte); continue }
                if !(second == 0xBF && (third == 0xBE || third == 0xBF)) { output += [byte, second, third] }
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), tab = Array("&#9;".utf8), newline = Array("&#10;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)
}
