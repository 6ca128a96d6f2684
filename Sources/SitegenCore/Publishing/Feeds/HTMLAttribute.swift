/// Reading and writing an HTML attribute value that holds a URL.
enum HTMLAttribute {
    /// The value with its character references replaced: `a?b=1&amp;c=2` -> `a?b=1&c=2`.
    ///
    /// Numeric references and `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` (what cmark-gfm and
    /// people write in URLs) are decoded. Any other named reference gives `nil`: the value is
    /// then left as written rather than guessed at.
    static func decode(_ value: String) -> String? {
        guard value.contains("&") else { return value }
        var result = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: amp)..<semicolon]
            if let character = character(for: name) {
                result.unicodeScalars.append(character)
            } else if name.first == "#" || (!name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                return nil
            } else {
                result += rest[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// For a double-quoted attribute value.
    static func encode(_ url: String) -> String {
        url.replacingUTF8("&", with: "&amp;").replacingUTF8("\"", with: "&quot;")
    }

    private static func character(for name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.first == "#" else { return nil }
            let digits = name.dropFirst()
            let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return number.flatMap(Unicode.Scalar.init)
        }
    }
}
