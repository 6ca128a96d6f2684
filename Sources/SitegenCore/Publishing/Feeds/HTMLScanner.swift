/// Walks HTML a tag at a time for ``AbsoluteLinks``: copies every byte, and offers each
/// attribute value of a start tag for replacement.
struct HTMLScanner {
    private let bytes: [UInt8]
    private var position = 0

    /// HTML as UTF-8 bytes (``BodyText/utf8``).
    init(utf8: [UInt8]) {
        bytes = utf8
    }

    func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// One byte on (for a caller copying bytes itself; the tests' byte-by-byte reference).
    mutating func advance() {
        position += 1
    }

    /// Copies the text up to the next `<`, or to the end, into `output` in one piece. `memchr`
    /// finds the `<` many bytes at a time: copied a byte at a time, the text between tags
    /// (most of a body) was half of rewriting a feed entry's links, 1.6% of a cold build.
    mutating func copyText(into output: inout [UInt8]) {
        let start = position
        let end = bytes.withUnsafeBufferPointer { $0.index(ofByte: UInt8(ascii: "<"), from: start) ?? $0.count }
        output += bytes[start..<end]
        position = end
    }

    /// At a `<`: copies the markup that starts here into `output`. For a start tag, `replace`
    /// gets each attribute's lowercased name and raw value; what it returns is written instead,
    /// in double quotes.
    mutating func copyTag(into output: inout [UInt8], replace: (String, String) -> String?) {
        let next = position + 1 < bytes.count ? bytes[position + 1] : 0
        if starts(with: "<!--") { return copy(through: "-->", into: &output) }
        if next == UInt8(ascii: "!") { return copy(through: ">", into: &output) }
        if next == UInt8(ascii: "?") { return copy(through: "?>", into: &output) }
        guard Self.isLetter(next) else {
            output.append(bytes[position])
            position += 1
            return
        }
        let nameStart = position + 1
        position = nameStart
        while let byte = peek(), !Self.isSpace(byte), byte != UInt8(ascii: ">"), byte != UInt8(ascii: "/") { position += 1 }
        output += bytes[(nameStart - 1)..<position]
        attributes(into: &output, replace: replace)
    }

    /// The attributes of a start tag, up to and including its `>`.
    private mutating func attributes(into output: inout [UInt8], replace: (String, String) -> String?) {
        while let byte = peek() {
            if byte == UInt8(ascii: ">") { output.append(byte); position += 1; return }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") { output.append(byte); position += 1; continue }
            let nameStart = position
            while let b = peek(), !Self.isSpace(b), b != UInt8(ascii: "="), b != UInt8(ascii: ">"), b != UInt8(ascii: "/") {
                position += 1
            }
            let name = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
            output += bytes[nameStart..<position]
            let afterName = position
            while let b = peek(), Self.isSpace(b) { position += 1 }
            guard peek() == UInt8(ascii: "=") else {
                // An attribute without a value: the spaces are the next attribute's business.
                position = afterName
                continue
            }
            position += 1
            while let b = peek(), Self.isSpace(b) { position += 1 }
            let value = readValue()
            if let replacement = replace(name, value) {
                output += Array("=\"".utf8) + Array(replacement.utf8) + [UInt8(ascii: "\"")]
            } else {
                output += bytes[afterName..<position]
            }
        }
    }

    /// The value at the current position, quoted or not, without its quotes.
    private mutating func readValue() -> String {
        let start = position
        guard let quote = peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            while let b = peek(), !Self.isSpace(b), b != UInt8(ascii: ">") { position += 1 }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }
        position += 1
        while let b = peek(), b != quote { position += 1 }
        let value = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
        if peek() != nil { position += 1 }
        return value
    }

    /// Whether the bytes from the current position are `text`'s; compared in place (two arrays
    /// made for each tag's `<!--` test were a fifth of rewriting a body's links).
    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        return text.withUTF8Buffer { needle in
            var offset = 0
            while offset < count, bytes[position + offset] == needle[offset] { offset += 1 }
            return offset == count
        }
    }

    /// Copies up to and including `end`, or to the end of the HTML when it never comes.
    private mutating func copy(through end: StaticString, into output: inout [UInt8]) {
        let start = position
        position += 1
        while position < bytes.count, !starts(with: end) { position += 1 }
        position = min(bytes.count, position + end.utf8CodeUnitCount)
        output += bytes[start..<position]
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
