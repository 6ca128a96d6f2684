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

    /// True for the characters XML 1.0 allows (the `Char` production of the XML spec).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "\t" where attribute: result += "&#9;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
