/// HTML escaping of template values, on UTF-8 bytes.
///
/// The five characters swift-mustache escapes, with the same entities, so pages are the same
/// byte for byte: `&` `<` `>` `"` and `'` (as `&#39;`, valid in text and in both kinds of
/// quoted attribute). Runs without them are copied in one piece.
enum HTMLEscape {
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    /// Text as UTF-8 bytes.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        var index = special.first(in: bytes)
        while index < bytes.count {
            let entity: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            default: entity = "&#39;" // the last of ``special``
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            entity.withUTF8Buffer { output.append(contentsOf: $0) }
            runStart = index + 1
            index = special.first(in: bytes, from: runStart)
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// The bytes replaced, found sixteen at a time (``ByteClass``).
    static let special = ByteClass(bytes: Array("&<>\"'".utf8))

    /// `text` escaped, as a string.
    static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
