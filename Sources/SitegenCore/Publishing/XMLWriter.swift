/// A small writer of indented XML for the feeds and sitemaps: every text and attribute goes
/// through ``XMLText``, so no caller can forget to escape.
///
/// Attributes are given as pairs in order (not a dictionary), so the bytes are the same on
/// every run.
///
/// It writes UTF-8 bytes, not a `String`: a feed is written to its file as bytes, and a feed
/// made as a `String` checked every byte of it once more as UTF-8 (its entries' whole bodies,
/// escaped), and was copied again to be written (``XMLEscaped``).
struct XMLWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0

    /// What was written, as text (the sitemaps, tests).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func line(_ raw: String) {
        indent()
        bytes += raw.utf8
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func indent() {
        for _ in 0..<depth { bytes += "  ".utf8 }
    }

    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        bytes += ">\n".utf8
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        bytes += "</".utf8
        bytes += name.utf8
        bytes += ">\n".utf8
    }

    mutating func element(_ name: String, _ content: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        XMLText.append(content, attribute: false, to: &bytes)
        end(name)
    }

    /// An element whose content was escaped before (``XMLEscaped``), e.g. once for every feed
    /// an article's body is in.
    mutating func element(_ name: String, _ content: XMLEscaped, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        bytes += content.bytes
        end(name)
    }

    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        start(name, attributes)
        bytes += "/>\n".utf8
    }

    /// The indentation, `<`, the name and the attributes: ` key="value"` each, escaped.
    private mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        indent()
        bytes.append(UInt8(ascii: "<"))
        bytes += name.utf8
        for (key, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes += key.utf8
            bytes += "=\"".utf8
            XMLText.append(value, attribute: true, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func end(_ name: String) {
        bytes += "</".utf8
        bytes += name.utf8
        bytes += ">\n".utf8
    }
}

/// Text escaped for XML element content by ``XMLText``, as UTF-8 bytes; made only by escaping,
/// so a writer given one cannot be given unescaped text.
struct XMLEscaped: Sendable, Hashable {
    let bytes: [UInt8]

    init(_ raw: String) {
        var raw = raw
        self = raw.withUTF8(Self.init(utf8:))
    }

    init(_ raw: UTF8Text) {
        self = raw.bytes.withUnsafeBufferPointer(Self.init(utf8:))
    }

    private init(utf8 raw: UnsafeBufferPointer<UInt8>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count + raw.count / 8)
        XMLText.append(raw, attribute: false, to: &bytes)
        self.bytes = bytes
    }
}
