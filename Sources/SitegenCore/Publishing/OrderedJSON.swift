/// A JSON value written with keys in the order given, so the same index (or report) is the
/// same bytes.
///
/// Written by hand rather than with `JSONEncoder`: the order of keys is part of the output
/// (determinism), the postings are long runs of numbers best written straight into bytes, and
/// text is escaped beyond what JSON requires: `<`, `>` and `&` as `\u003c` ..., so `</script>`
/// in a title stays data even if a theme inlines a file into a page, and U+2028/U+2029, which
/// older JavaScript cannot have in a string literal.
indirect enum OrderedJSON: Sendable {
    case object([(String, OrderedJSON)])
    case array([OrderedJSON])
    case string(String)
    case int(Int)
    /// A plain array of numbers (postings), written without building a value per number.
    case ints([Int])
    case null

    var bytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (number, (key, value)) in members.enumerated() {
                if number > 0 { out.append(UInt8(ascii: ",")) }
                Self.write(key, to: &out)
                out.append(UInt8(ascii: ":"))
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (number, value) in values.enumerated() {
                if number > 0 { out.append(UInt8(ascii: ",")) }
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .string(let text):
            Self.write(text, to: &out)
        case .int(let number):
            Self.write(number, to: &out)
        case .ints(let numbers):
            out.append(UInt8(ascii: "["))
            for (position, number) in numbers.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                Self.write(number, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .null:
            out.append(contentsOf: "null".utf8)
        }
    }

    /// The value indented by two spaces per level, one member or element per line, for files
    /// people read (`.sitegen/report.json`).
    var prettyBytes: [UInt8] {
        var out: [UInt8] = []
        writePretty(to: &out, depth: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private func writePretty(to out: inout [UInt8], depth: Int) {
        func newline(_ depth: Int) {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        switch self {
        case .object(let members) where !members.isEmpty:
            out.append(UInt8(ascii: "{"))
            for (number, (key, value)) in members.enumerated() {
                if number > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                Self.write(key, to: &out)
                out.append(contentsOf: ": ".utf8)
                value.writePretty(to: &out, depth: depth + 1)
            }
            newline(depth)
            out.append(UInt8(ascii: "}"))
        case .array(let values) where !values.isEmpty:
            out.append(UInt8(ascii: "["))
            for (number, value) in values.enumerated() {
                if number > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                value.writePretty(to: &out, depth: depth + 1)
            }
            newline(depth)
            out.append(UInt8(ascii: "]"))
        default:
            write(to: &out)
        }
    }

    /// A number in decimal, its digits written straight into `out` (``DigitBytes``).
    static func write(_ number: Int, to out: inout [UInt8]) {
        DigitBytes.append(Int64(number), to: &out)
    }

    static func write(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        EscapedRuns.append(text, to: &out, special: special) { bytes, index, out in
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR
                escape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                return 3
            case 0xE2:
                out.append(byte)
            default: // below 0x20, 0x7F, <, > and &
                escape(UInt32(byte), to: &out)
            }
            return 1
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The bytes ``write(_:to:)`` looks at: quote, backslash, the control bytes, DEL, `<`, `>`,
    /// `&`, and E2, which begins U+2028 and U+2029. The others are copied in runs
    /// (``EscapedRuns``): a copy of every string's bytes, escaped one byte at a time, was two
    /// fifths of writing the editorial report.
    static let special = ByteClass(below: 0x20, bytes: [0x7F, 0x22, 0x5C, 0x3C, 0x3E, 0x26, 0xE2])

    private static func escape(_ value: UInt32, to out: inout [UInt8]) {
        let hex = String(value, radix: 16)
        out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }
}
