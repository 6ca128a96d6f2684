/// Writes the bytes ``PrettyJSONEncoder`` writes (`JSONEncoder`'s with sorted keys, pretty
/// printing and slashes unescaped) straight from the schema types, for every page's JSON-LD.
///
/// Why beside the encoder: going through `Encodable` made a tree of boxes, a coding path per
/// member, a dynamic cast per value and a sort per object, for some thirty members a page. In
/// `perf record` of a cold 10,000-article build (`9d49953`) that was 5.8% of all samples,
/// more than parsing the front matter. The schema types write their members here in the order
/// of their keys' bytes, which a debug build checks (``member(_:)``); `Encodable` stays their
/// reference: `PrettyJSONWriterTests` holds every kind of page's JSON-LD written here to
/// `JSONEncoder`'s bytes.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Per open object or array: whether it has a member yet; and in debug builds the last key.
    private var levels: [(hasMembers: Bool, lastKey: String)] = []

    init(capacity: Int = 2048) {
        bytes.reserveCapacity(capacity)
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
               "JSON-LD member '\(key)' written out of order")
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

    /// A string, escaped as `JSONEncoder` escapes it.
    mutating func string(_ text: String) {
        PrettyJSONEncoder.writeString(text, to: &bytes)
    }

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
