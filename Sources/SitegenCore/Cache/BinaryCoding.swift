/// The build cache's binary encoding: little-endian integers, strings as a length and their
/// UTF-8 bytes, arrays as a count and their elements, optionals as a flag byte and the value;
/// bodies' texts as their hash, length and place among ``BinaryWriter/texts``, which follow.
///
/// Why not `JSONEncoder`/`Codable`: the cache of 10,000 articles holds every body's HTML, 73 MB
/// with the rest; JSON escapes and scans all of it as text and Codable looks up keys by name,
/// where this copies bytes. The reader checks every length against the end of
/// the data and every string for valid UTF-8, so a damaged file gives an error, never a crash.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// Bodies' texts written so far (``write(_:)-BodyText``), kept apart from ``bytes`` until
    /// ``appendTexts()``: the build cache's shards seal their entries without them.
    private(set) var texts: [UInt8] = []
    /// False once a stored text could not be read as the bytes its hash was made from.
    private(set) var textsIntact = true

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Empties the writer and keeps its room, for a loop that writes one value after another
    /// and hashes each (``Fingerprints``): a writer made for each of 10,000 articles grew by
    /// copying its bytes again and again, which was most of making their fingerprints.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        textsIntact = true
    }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: UInt8) {
        bytes.append(value)
    }

    /// The values one after another, each as ``write(_:)-UInt32`` writes its bit pattern, with
    /// no count: in one copy on a little-endian machine. Millions of search weights are written
    /// so (``SearchWeightsCache``), where a call per value was most of writing the file.
    mutating func write(int32s values: [Int32]) {
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for value in values { write(UInt32(bitPattern: value)) }
        #endif
    }

    mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64(value)))
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func write(_ value: Double) {
        write(value.bitPattern)
    }

    mutating func write(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            write(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A body's text as ``BinaryReader/readText()`` reads it: its XXH64 (which a stored text
    /// already knows), its byte count and where it starts among ``texts``, where its bytes go.
    mutating func write(_ text: BodyText) {
        write(text.hash)
        // Its bytes, not a `String` of them (``BodyText/intactUTF8``).
        guard let utf8 = text.intactUTF8 else {
            textsIntact = false
            write(UInt32(0))
            return write(UInt64(0))
        }
        write(UInt32(utf8.count))
        write(UInt64(texts.count))
        texts.append(contentsOf: utf8)
    }

    /// Moves ``texts`` to the end of ``bytes``.
    mutating func appendTexts() {
        bytes.append(contentsOf: texts)
        texts = []
    }

    /// Puts `value` at `offset` in place of the eight bytes written there.
    mutating func overwrite(_ value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<offset + 8, with: $0) }
    }

    /// What `body` writes, after its byte count: a value ``BinaryReader/readCounted()``
    /// recognises by its bytes when it has read the same ones before (``RepeatedValues``).
    mutating func writeCounted(_ body: (inout BinaryWriter) -> Void) {
        let start = bytes.count
        write(UInt32(0))
        body(&self)
        let count = UInt32(bytes.count - start - 4).littleEndian
        withUnsafeBytes(of: count) { count in
            for position in 0..<4 { bytes[start + position] = count[position] }
        }
    }

    mutating func write(_ values: [String]) {
        write(values, each: { $0.write($1) })
    }

    mutating func write<T>(_ values: [T], each: (inout BinaryWriter, T) -> Void) {
        write(UInt32(values.count))
        for value in values { each(&self, value) }
    }

    mutating func write<T>(_ value: T?, each: (inout BinaryWriter, T) -> Void) {
        guard let value else { return write(false) }
        write(true)
        each(&self, value)
    }

    mutating func write(_ value: String?) {
        write(value, each: { $0.write($1) })
    }

    mutating func write(_ value: Int?) {
        write(value, each: { $0.write($1) })
    }
}

/// Why cached bytes could not be read back; the cache is then ignored.
enum CacheFormatError: Error, Equatable {
    /// A value runs past the end of the data: the file was cut short.
    case truncated
    /// A value that cannot be: bad UTF-8, an unknown case, an impossible path.
    case invalid(String)
}

/// Reads what ``BinaryWriter`` wrote, from memory that outlives the reader.
struct BinaryReader {
    private let buffer: UnsafeRawBufferPointer
    private(set) var offset = 0

    /// Where the bodies' texts that ``readText()`` finds are.
    enum Texts {
        /// In a file, from `start`, `count` bytes: they are left there.
        case file(BodyFile, start: Int, count: Int)
        /// In memory: they are read, and checked against their hashes.
        case memory(UnsafeRawBufferPointer)
    }

    var texts: Texts?
    /// The kinds, regions and tags read so far, to give again for the same bytes; none unless
    /// given (``RepeatedValues``).
    var repeated: RepeatedValues?

    init(_ buffer: UnsafeRawBufferPointer) {
        self.buffer = buffer
    }

    var isAtEnd: Bool { offset == buffer.count }

    /// The bytes read since `start` (an earlier ``offset``).
    func bytes(from start: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: buffer[start..<offset])
    }

    private mutating func take(_ count: Int) throws(CacheFormatError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= buffer.count - offset else { throw .truncated }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + count])
    }

    mutating func readUInt64() throws(CacheFormatError) -> UInt64 {
        UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self))
    }

    mutating func readUInt32() throws(CacheFormatError) -> UInt32 {
        UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self))
    }

    /// `count` values written by ``BinaryWriter/write(int32s:)``.
    mutating func readInt32s(count: Int) throws(CacheFormatError) -> [Int32] {
        guard count >= 0, count <= (buffer.count - offset) / 4 else { throw .truncated }
        let raw = try take(count * 4)
        return [Int32](unsafeUninitializedCapacity: count) { values, initialized in
            #if _endian(little)
            if count > 0 { UnsafeMutableRawBufferPointer(values).copyMemory(from: raw) }
            #else
            for position in 0..<count {
                values[position] = Int32(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: position * 4, as: UInt32.self)))
            }
            #endif
            initialized = count
        }
    }

    mutating func readUInt8() throws(CacheFormatError) -> UInt8 {
        try take(1)[0]
    }

    mutating func readInt() throws(CacheFormatError) -> Int {
        Int(Int64(bitPattern: try readUInt64()))
    }

    mutating func readBool() throws(CacheFormatError) -> Bool {
        switch try readUInt8() {
        case 0: return false
        case 1: return true
        default: throw .invalid("a flag that is neither 0 nor 1")
        }
    }

    mutating func readDouble() throws(CacheFormatError) -> Double {
        Double(bitPattern: try readUInt64())
    }

    mutating func readString() throws(CacheFormatError) -> String {
        let count = Int(try readUInt32())
        let utf8 = try take(count)
        guard let text = String(validUTF8: utf8.assumingMemoryBound(to: UInt8.self)) else {
            throw .invalid("text that is not UTF-8")
        }
        return text
    }

    /// A text as `BinaryWriter.write(_: BodyText)` wrote it, as ``BodyText``: left in its file
    /// (unchecked until it is read, against the hash written beside it), or read from memory
    /// and checked now.
    mutating func readText() throws(CacheFormatError) -> BodyText {
        let hash = try readUInt64()
        let count = Int(try readUInt32())
        guard let start = Int(exactly: try readUInt64()), let texts else { throw .invalid("a text out of place") }
        switch texts {
        case let .file(file, origin, total):
            guard start <= total, count <= total - start else { throw .truncated }
            guard count > 0 else { return BodyText() }
            return BodyText(file: file, offset: origin + start, count: count, hash: hash)
        case .memory(let buffer):
            guard start <= buffer.count, count <= buffer.count - start else { throw .truncated }
            let utf8 = UnsafeRawBufferPointer(rebasing: buffer[start..<start + count])
            guard let string = String(validUTF8: utf8.assumingMemoryBound(to: UInt8.self)) else {
                throw .invalid("text that is not UTF-8")
            }
            let text = BodyText(string)
            guard text.hash == hash else { throw .invalid("a text whose hash is not its own") }
            return text
        }
    }

    /// The bytes of a value ``BinaryWriter/writeCounted(_:)`` wrote.
    mutating func readCounted() throws(CacheFormatError) -> UnsafeRawBufferPointer {
        try take(Int(try readUInt32()))
    }

    /// A value decoded by `decode` from all of `bytes`, which ``readCounted()`` read.
    static func decodeCounted<Value>(_ bytes: UnsafeRawBufferPointer,
                                     _ decode: (inout BinaryReader) throws(CacheFormatError) -> Value) throws(CacheFormatError) -> Value {
        var reader = BinaryReader(bytes)
        let value = try decode(&reader)
        guard reader.isAtEnd else { throw .invalid("bytes after a value") }
        return value
    }

    mutating func readStrings() throws(CacheFormatError) -> [String] {
        try readArray { reader throws(CacheFormatError) in try reader.readString() }
    }

    mutating func readArray<T>(_ each: (inout BinaryReader) throws(CacheFormatError) -> T) throws(CacheFormatError) -> [T] {
        let count = Int(try readUInt32())
        // Every element takes at least a byte: a count larger than what is left is damage, and
        // must not reserve memory for it.
        guard count <= buffer.count - offset else { throw .truncated }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try each(&self)) }
        return values
    }

    mutating func readOptional<T>(_ each: (inout BinaryReader) throws(CacheFormatError) -> T) throws(CacheFormatError) -> T? {
        try readBool() ? try each(&self) : nil
    }

    mutating func readOptionalString() throws(CacheFormatError) -> String? {
        try readOptional { reader throws(CacheFormatError) in try reader.readString() }
    }

    mutating func readOptionalInt() throws(CacheFormatError) -> Int? {
        try readOptional { reader throws(CacheFormatError) in try reader.readInt() }
    }
}

/// Values a reader has decoded, by the bytes it decoded them from, for the values that repeat
/// from entry to entry: every article of a kind holds the same kind, with its names, aliases
/// and schema, and most hold one of a few regions and tags. Decoding each again made a new copy
/// of each string, checked as UTF-8: the kinds, regions and tags were a fifth of decoding the
/// build cache, which is a seventh of a one-edit rebuild's instructions (callgrind, 10,000
/// articles, 2026-11-27). The same bytes decode to the same value, so the one decoded first is
/// given again, its strings shared.
///
/// The bytes are numbered by the search index's table of words (``WordNumbers``: open
/// addressing, a hash made for short keys, `memcmp`), which keeps its own copy of them; a
/// `Dictionary` cost as much as the decoding it saved.
struct ReadValues<Value> {
    private var numbers = WordNumbers()
    private var values: [Value] = []

    init() {}

    /// The value read from the same bytes as `bytes`.
    func value(for bytes: UnsafeRawBufferPointer) -> Value? {
        numbers.number(of: bytes.assumingMemoryBound(to: UInt8.self)).map { values[Int($0)] }
    }

    /// Notes `value` as read from `bytes`, not yet in the table.
    mutating func insert(_ value: Value, for bytes: UnsafeRawBufferPointer) {
        numbers.add(bytes.assumingMemoryBound(to: UInt8.self), number: Int32(values.count))
        values.append(value)
    }
}
