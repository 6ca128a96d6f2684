/// Writes JSON as Foundation's `JSONEncoder` writes it with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`: two spaces per level, `"key" : value`, keys in the order of their
/// UTF-8 bytes, empty arrays and objects over an empty line; quote, backslash and the control
/// bytes escaped. The pages' JSON-LD (``JSONLDDocument``) and the JSON Feeds
/// (``JSONFeedRenderer``) are written with it, straight from their values.
///
/// Why not `JSONEncoder`: it was an eighth of rendering a page and a sixth of writing the feeds
/// (perf, 10,000 articles), in its boxing and key sorting. An `Encoder` of our own that built a
/// tree and wrote it in one pass (`PrettyJSONEncoder`, until 2026-11-26) still cost a tree of
/// boxes, a coding path per member, a dynamic cast per value and a sort per object: 5.8% of a
/// cold build's samples for the JSON-LD alone (`9d49953`). Here each type writes its members
/// in its keys' byte order, which a debug build checks (``member(_:)``). Their `Encodable`
/// conformances stay as the reference: `PrettyJSONWriterTests` holds the bytes written here to
/// `JSONEncoder`'s for every kind of page and feed.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Per open object or array: whether it has a member yet, and its last key (for the order
    /// a debug build checks).
    private var levels: [(hasMembers: Bool, lastKey: String)] = []

    /// Whether strings are also escaped for printing inside a `<script>` element
    /// (``ScriptSafeJSON``), as the pages' JSON-LD is.
    private let scriptSafe: Bool

    init(capacity: Int = 2048, scriptSafe: Bool = false) {
        bytes.reserveCapacity(capacity)
        self.scriptSafe = scriptSafe
    }

    /// `{ ... }` with the members `body` writes, keys in ascending byte order.
    mutating func object(_ body: (inout PrettyJSONWriter) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    /// `[ ... ]` with an element for each of `items`.
    mutating func array<Item>(_ items: [Item], _ element: (inout PrettyJSONWriter, Item) -> Void) {
        open("[")
        for item in items {
            startElement()
            element(&self, item)
        }
        close("]")
    }

    /// A member's key, its value to be written next. Keys must come in ascending byte order,
    /// as `JSONEncoder` sorts them.
    mutating func member(_ key: String) {
        assert(levels.last.map { !$0.hasMembers || $0.lastKey.utf8Precedes(key) } ?? false,
               "JSON member '\(key)' written out of order")
        startElement()
        if !levels.isEmpty { levels[levels.count - 1].lastKey = key }
        string(key)
        bytes.append(contentsOf: " : ".utf8)
    }

    /// `"key" : "value"`, nothing when `value` is nil.
    mutating func member(_ key: String, _ value: String?) {
        guard let value else { return }
        member(key)
        string(value)
    }

    /// `"key" : 42`, nothing when `value` is nil.
    mutating func member(_ key: String, _ value: Int?) {
        guard let value else { return }
        member(key)
        DigitBytes.append(Int64(value), to: &bytes)
    }

    /// `"key" : ["a", "b"]`, nothing when `values` is nil.
    mutating func member(_ key: String, _ values: [String]?) {
        guard let values else { return }
        member(key)
        array(values) { json, value in json.string(value) }
    }

    /// A string, escaped as `JSONEncoder` escapes it. Runs of bytes that need no escape are
    /// copied whole (``EscapedRuns``).
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { string(utf8: $0) }
    }

    /// `"key" : "value"` for text held as UTF-8 bytes, nothing when `value` is nil.
    mutating func member(_ key: String, _ value: UTF8Text?) {
        guard let value else { return }
        member(key)
        value.bytes.withUnsafeBufferPointer { string(utf8: $0) }
    }

    /// The line break that ends a file, added while the writer holds its bytes alone: added
    /// to a copy of ``bytes`` taken first, it copied them all.
    mutating func endFile() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `"key" : "value"` for a string escaped beforehand, nothing when `value` is nil.
    mutating func member(_ key: String, _ value: JSONEscaped?) {
        guard let value else { return }
        member(key)
        bytes.append(contentsOf: value.bytes)
    }

    /// A string given as valid UTF-8 bytes, escaped as ``string(_:)`` escapes one.
    mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        let scriptSafe = scriptSafe
        EscapedRuns.append(text, to: &bytes, special: scriptSafe ? Self.scriptSpecial : Self.special) { bytes, index, out in
            if scriptSafe, let taken = ScriptSafeJSON.escape(bytes, at: index, to: &out) { return taken }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0xE2: // script-safe: begins a character other than U+2028 and U+2029
                out.append(byte)
            default:
                out.append(contentsOf: "\\u00".utf8)
                out.append(Self.hexDigits[Int(byte >> 4)])
                out.append(Self.hexDigits[Int(byte & 0x0F)])
            }
            return 1
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The bytes JSONEncoder escapes: the control bytes, quote and backslash.
    static let special = ByteClass(below: 0x20, bytes: Array("\"\\".utf8))

    /// ``special`` and the bytes ``ScriptSafeJSON`` looks at.
    static let scriptSpecial = ByteClass(below: 0x20, bytes: Array("\"\\".utf8) + ScriptSafeJSON.special.bytes)

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func open(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(ascii: bracket))
        levels.append((false, ""))
    }

    private mutating func close(_ bracket: Unicode.Scalar) {
        let level = levels.removeLast()
        bytes.append(UInt8(ascii: "\n"))
        if !level.hasMembers { bytes.append(UInt8(ascii: "\n")) }
        indent(levels.count)
        bytes.append(UInt8(ascii: bracket))
    }

    /// The comma after the element before, the line break and the indentation.
    private mutating func startElement() {
        guard !levels.isEmpty else { return }
        if levels[levels.count - 1].hasMembers { bytes.append(UInt8(ascii: ",")) }
        levels[levels.count - 1].hasMembers = true
        bytes.append(UInt8(ascii: "\n"))
        indent(levels.count)
    }

    private mutating func indent(_ depth: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}

/// A string written as ``PrettyJSONWriter`` writes one (not script-safe), quotes included, as
/// UTF-8 bytes: for a text written into many documents, escaped once (a feed entry's body,
/// in every JSON Feed the entry is in). Made only by escaping, so a writer given one cannot be
/// given unescaped text.
struct JSONEscaped: Sendable, Hashable {
    let bytes: [UInt8]

    init(_ raw: UTF8Text) {
        var json = PrettyJSONWriter(capacity: raw.bytes.count + raw.bytes.count / 8 + 2)
        raw.bytes.withUnsafeBufferPointer { json.string(utf8: $0) }
        bytes = json.bytes
    }
}
