/// Encodes an `Encodable` value to the bytes Foundation's `JSONEncoder` writes with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`: two spaces per level, `"key" : value`,
/// keys in the order of their UTF-8 bytes, empty arrays and objects over an empty line.
///
/// Why not `JSONEncoder` itself: the JSON-LD of every page went through it, and it was an eighth
/// of rendering a page (4% of a cold 10,000-article build) in a perf profile, in its boxing and
/// key sorting; and a sixth of writing the JSON Feeds. This encoder builds a plain tree and
/// writes it in one pass. A test holds it to `JSONEncoder`'s bytes on the schema types and on
/// values with every kind of member; the golden site's pages hold it to them too.
///
/// It writes the JSON Feeds. The pages' JSON-LD is written by ``PrettyJSONWriter`` without
/// going through `Encodable` at all (that was still 5.8% of a cold build); its tests hold it to
/// `JSONEncoder` through the schema types' `Encodable` conformance.
///
/// Not ``OrderedJSON``, the search index's: the containers here must be reference boxes that
/// `Encodable` types fill after they are handed out, and the layout (`" : "`, empty containers
/// over an empty line) and escaping are `JSONEncoder`'s.
enum PrettyJSONEncoder {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = TreeEncoder(codingPath: [])
        try value.encode(to: encoder)
        var out: [UInt8] = []
        out.reserveCapacity(2048)
        write(encoder.value ?? .object(ObjectBox()), to: &out, depth: 0)
        return out
    }

    // MARK: The tree

    enum Value {
        case object(ObjectBox)
        case array(ArrayBox)
        case string(String)
        /// A number or `true`, `false`, `null`, as written.
        case literal(String)
    }

    final class ObjectBox {
        var members: [(key: String, value: Value)] = []

        func set(_ key: String, _ value: Value) {
            if let index = members.firstIndex(where: { $0.key == key }) { members[index].value = value } else { members.append((key, value)) }
        }
    }

    final class ArrayBox {
        var items: [Value] = []
    }

    static func literal(_ double: Double) -> Value {
        // JSONEncoder writes whole numbers without a fraction.
        if double.rounded() == double, abs(double) < 9_007_199_254_740_992 { return .literal(String(Int(double))) }
        return .literal(String(double))
    }

    // MARK: Writing

    private static func write(_ value: Value, to out: inout [UInt8], depth: Int) {
        func indent(_ depth: Int) { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth)) }
        switch value {
        case .object(let box):
            out.append(contentsOf: "{\n".utf8)
            let members = box.members.sorted { $0.key.utf8Precedes($1.key) }
            for (number, member) in members.enumerated() {
                indent(depth + 1)
                writeString(member.key, to: &out)
                out.append(contentsOf: " : ".utf8)
                write(member.value, to: &out, depth: depth + 1)
                if number < members.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            if members.isEmpty { out.append(UInt8(ascii: "\n")) }
            indent(depth)
            out.append(UInt8(ascii: "}"))
        case .array(let box):
            out.append(contentsOf: "[\n".utf8)
            for (number, item) in box.items.enumerated() {
                indent(depth + 1)
                write(item, to: &out, depth: depth + 1)
                if number < box.items.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            if box.items.isEmpty { out.append(UInt8(ascii: "\n")) }
            indent(depth)
            out.append(UInt8(ascii: "]"))
        case .string(let text):
            writeString(text, to: &out)
        case .literal(let text):
            out.append(contentsOf: text.utf8)
        }
    }

    /// Runs of bytes that need no escape are copied whole (``EscapedRuns``).
    static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        EscapedRuns.append(text, to: &out, special: special) { bytes, index, out in
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            default:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
            return 1
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The bytes JSONEncoder escapes: the control bytes, quote and backslash.
    private static let special = EscapedRuns.table { byte in
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    // MARK: The Encoder

    final class TreeEncoder: Encoder {
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        var value: Value?

        init(codingPath: [any CodingKey]) {
            self.codingPath = codingPath
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let box: ObjectBox
            if case .object(let existing)? = value { box = existing } else { box = ObjectBox(); value = .object(box) }
            return KeyedEncodingContainer(Keyed<Key>(box: box, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let box: ArrayBox
            if case .array(let existing)? = value { box = existing } else { box = ArrayBox(); value = .array(box) }
            return Unkeyed(box: box, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(encoder: self)
        }

        /// A nested value, encoded by its own `encode(to:)`.
        static func value(of encodable: some Encodable, at path: [any CodingKey]) throws -> Value {
            switch encodable {
            case let text as String: return .string(text)
            case let number as Int: return .literal(String(number))
            case let flag as Bool: return .literal(flag ? "true" : "false")
            default:
                let encoder = TreeEncoder(codingPath: path)
                try encodable.encode(to: encoder)
                return encoder.value ?? .object(ObjectBox())
            }
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: ObjectBox
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .literal("null")) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(key.stringValue, .literal(value ? "true" : "false")) }
        mutating func encode(_ value: String, forKey key: Key) throws { box.set(key.stringValue, .string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { box.set(key.stringValue, PrettyJSONEncoder.literal(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { box.set(key.stringValue, .literal(String(value))) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            box.set(key.stringValue, try TreeEncoder.value(of: value, at: codingPath + [key]))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = ObjectBox()
            box.set(key.stringValue, .object(nested))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: nested, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = ArrayBox()
            box.set(key.stringValue, .array(nested))
            return Unkeyed(box: nested, codingPath: codingPath + [key])
        }

        // A class's superclass encodes into an object member; no type here does.
        mutating func superEncoder() -> any Encoder { objectEncoder(at: "super", codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { objectEncoder(at: key.stringValue, codingPath + [key]) }

        private func objectEncoder(at key: String, _ path: [any CodingKey]) -> any Encoder {
            let encoder = TreeEncoder(codingPath: path)
            let nested = ObjectBox()
            encoder.value = .object(nested)
            box.set(key, .object(nested))
            return encoder
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: ArrayBox
        let codingPath: [any CodingKey]
        var count: Int { box.items.count }

        mutating func encodeNil() throws { box.items.append(.literal("null")) }
        mutating func encode(_ value: Bool) throws { box.items.append(.literal(value ? "true" : "false")) }
        mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
        mutating func encode(_ value: Double) throws { box.items.append(PrettyJSONEncoder.literal(value)) }
        mutating func encode(_ value: Int) throws { box.items.append(.literal(String(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            box.items.append(try TreeEncoder.value(of: value, at: codingPath))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = ObjectBox()
            box.items.append(.object(nested))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: nested, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = ArrayBox()
            box.items.append(.array(nested))
            return Unkeyed(box: nested, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder {
            let encoder = TreeEncoder(codingPath: codingPath)
            let nested = ObjectBox()
            encoder.value = .object(nested)
            box.items.append(.object(nested))
            return encoder
        }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: TreeEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { encoder.value = .literal("null") }
        mutating func encode(_ value: Bool) throws { encoder.value = .literal(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { encoder.value = .string(value) }
        mutating func encode(_ value: Double) throws { encoder.value = PrettyJSONEncoder.literal(value) }
        mutating func encode(_ value: Int) throws { encoder.value = .literal(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            encoder.value = try TreeEncoder.value(of: value, at: codingPath)
        }
    }
}
