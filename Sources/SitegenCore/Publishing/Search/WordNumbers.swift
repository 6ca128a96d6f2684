#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers for words, looked up by their UTF-8 bytes: the memory of ``SearchWeights``, which
/// meets every word of every article and has seen most of them before; and of the build
/// cache's reader for the kinds, regions and tags it has decoded (``ReadValues``).
///
/// A `[String: Int32]` needed a `String` made for each word and hashed it the Unicode way
/// (normalising non-ASCII text first): with splitting the text into `Substring`s, that was
/// two thirds of weighing 10,000 articles. Here a word is a range of the text's own bytes,
/// hashed (``hash(_:)``) and compared with `memcmp`, and kept only when new.
///
/// Byte-equal is stricter than `String` equality (two canonically equal spellings get two
/// entries), which costs a little memory and never changes a result: both entries are made by
/// the same normalisation of the same text.
struct WordNumbers {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var number: Int32
    }

    /// The known words' bytes, one after another.
    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: an index into `entries`, or -1 for a free slot. Never more than half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    var count: Int { entries.count }

    /// Makes room for `count` words, so that adding them does not grow the table again and again.
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        var size = slots.count
        while size < count * 2 { size *= 2 }
        if size > slots.count { rehash(into: size) }
    }

    /// The number of `word`; when it is new, `make` gives it once and it is remembered.
    mutating func number(of word: UnsafeBufferPointer<UInt8>, orMake make: () -> Int32) -> Int32 {
        let hash = Self.hash(word)
        switch find(word, hash: hash) {
        case .found(let number): return number
        case .free(let slot):
            let number = make()
            add(word, number: number, hash: hash, at: slot)
            return number
        }
    }

    /// The number `word` was given, if any.
    func number(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard case .found(let number) = find(word, hash: Self.hash(word)) else { return nil }
        return number
    }

    /// Remembers `number` for `word`, which has none yet.
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, number: Int32) {
        let hash = Self.hash(word)
        guard case .free(let slot) = find(word, hash: hash) else { preconditionFailure("the word has a number") }
        add(word, number: number, hash: hash, at: slot)
    }

    private enum Place {
        case found(Int32)
        /// The free slot where the word goes.
        case free(Int)
    }

    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Place {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, entry.count == word.count, matches(entry, word) { return .found(entry.number) }
            slot = (slot + 1) & mask
        }
        return .free(slot)
    }

    private mutating func add(_ word: UnsafeBufferPointer<UInt8>, number: Int32, hash: UInt64, at slot: Int) {
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, start: bytes.count, count: word.count, number: number))
        bytes.append(contentsOf: word)
        if entries.count * 2 > slots.count { grow() }
    }

    /// A word's place in the table: its bytes eight at a time, each mixed with SplitMix64's
    /// finalizer. XXH64, made for long inputs, was 1.1% of a cold build of 10,000 articles on
    /// words of a few bytes (`perf`, 2026-11-27); the table needs only a spread, and equal words
    /// are still compared byte for byte.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        func mix(_ value: UInt64) -> UInt64 {
            var z = value &* 0xBF58_476D_1CE4_E5B9
            z ^= z >> 31
            z = z &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 29)
        }
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(word.count)
        guard let base = word.baseAddress else { return mix(hash) }
        var bytes = UnsafeRawPointer(base)
        var rest = word.count
        while rest >= 8 {
            hash = mix(hash ^ bytes.loadUnaligned(as: UInt64.self))
            bytes += 8
            rest -= 8
        }
        // The last 0-7 bytes as one number, four, two and one at a time.
        var tail: UInt64 = 0
        if rest & 4 != 0 {
            tail = UInt64(bytes.loadUnaligned(as: UInt32.self))
            bytes += 4
        }
        if rest & 2 != 0 {
            tail = tail << 16 | UInt64(bytes.loadUnaligned(as: UInt16.self))
            bytes += 2
        }
        if rest & 1 != 0 { tail = tail << 8 | UInt64(bytes.load(as: UInt8.self)) }
        return mix(hash ^ tail)
    }

    private func matches(_ entry: Entry, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = word.baseAddress else { return true } // an empty word: counts matched
        return bytes.withUnsafeBufferPointer { known in memcmp(known.baseAddress! + entry.start, start, word.count) == 0 }
    }

    private mutating func grow() {
        rehash(into: slots.count * 2)
    }

    /// `size` slots (a power of two), every word put in its place again.
    private mutating func rehash(into size: Int) {
        slots = [Int32](repeating: -1, count: size)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
