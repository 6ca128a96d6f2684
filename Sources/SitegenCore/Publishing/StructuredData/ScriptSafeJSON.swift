/// Makes JSON safe to print as it is inside an HTML `<script>` element.
///
/// The HTML parser ends a script at `</script` and treats `<!--` specially, whatever the JSON
/// means; and before ES2019, U+2028 and U+2029 ended a JavaScript string. So `<`, `>`, `&`,
/// U+2028 and U+2029 are written as `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`. None of
/// them can occur in JSON outside a string, and inside one the escape means the same character,
/// so the JSON still parses to the same values.
///
/// The pages' JSON-LD is escaped as it is written (``PrettyJSONWriter`` with `scriptSafe`), with
/// ``escape(_:at:to:)``: escaping the finished JSON again was a second pass over every page's
/// JSON-LD (0.7% of a cold 10,000-article build). The work is done on UTF-8 bytes, copying runs
/// without those characters in one piece (``EscapedRuns``): going scalar by scalar was 3%.
enum ScriptSafeJSON {
    /// `json` with those characters escaped.
    static func escape(_ json: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count + 64)
        EscapedRuns.append(json, to: &out, special: special) { bytes, index, out in
            if let taken = escape(bytes, at: index, to: &out) { return taken }
            out.append(bytes[index]) // E2 beginning another character
            return 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes that may begin a character to escape: `<`, `>`, `&`, and E2, which begins
    /// U+2028 and U+2029 (and other characters, left as they are).
    static let special = ByteClass(bytes: Array("<>&".utf8) + [0xE2])

    /// Appends the escape of the character at `index` and returns how many bytes it took, or
    /// returns `nil` when it needs none.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, to out: inout [UInt8]) -> Int? {
        let replacement: StaticString
        var length = 1
        switch bytes[index] {
        case UInt8(ascii: "<"): replacement = "\\u003c"
        case UInt8(ascii: ">"): replacement = "\\u003e"
        case UInt8(ascii: "&"): replacement = "\\u0026"
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            replacement = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
            length = 3
        default:
            return nil
        }
        replacement.withUTF8Buffer { out.append(contentsOf: $0) }
        return length
    }
}
