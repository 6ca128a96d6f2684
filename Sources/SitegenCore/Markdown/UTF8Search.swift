#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
    /// Where `byte` first is at or after `start` and before `end` (the end when not given),
    /// found with `memchr`, which reads many bytes at a time. The project's scans of whole
    /// bodies and files for one byte go through it: each, a byte at a time, was 0.5-1.6% of a
    /// cold build of 10,000 articles (`TableSize`, `SourceText`, `BodyLinks`, `LineColumns`, the
    /// feeds' `HTMLScanner`; `perf`, 2026-11-27).
    func index(ofByte byte: UInt8, from start: Int = 0, before end: Int? = nil) -> Int? {
        let end = Swift.min(end ?? count, count)
        guard let base = baseAddress, start >= 0, start < end,
              let hit = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }
}

extension String {
    /// Whether `needle` occurs, compared byte for byte in UTF-8.
    ///
    /// Foundation's `contains`/`range(of:)` go through CFStringFind with Unicode folding and were
    /// a sixth of a build's time when called per text node and per body; an exact search of
    /// known ASCII or UTF-8 markers needs none of that.
    func containsUTF8(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in containsUTF8(pattern) }
    }

    /// Whether `needle` occurs in `bytes` (UTF-8 that is not a `String`), byte for byte.
    static func occurs(_ needle: String, inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in pattern.isEmpty || find(pattern, in: bytes, from: 0) != nil }
    }

    private func containsUTF8(_ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !pattern.isEmpty else { return true }
        var haystack = self
        return haystack.withUTF8 { bytes in Self.find(pattern, in: bytes, from: 0) != nil }
    }

    /// Where `pattern` (not empty) next occurs in `bytes` at or after `start`. Candidates are
    /// found with `memchr`, which reads many bytes at a time: a byte-by-byte loop here was 0.7%
    /// of a cold build, looking for footnotes in every body's HTML. (`memmem` would do all of
    /// it, but Swift's Glibc module does not export that GNU function.)
    private static func find(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        while bytes.count - index >= pattern.count {
            guard let hit = bytes.index(ofByte: pattern[0], from: index, before: bytes.count - pattern.count + 1) else { return nil }
            index = hit
            if memcmp(base + index, pattern.baseAddress!, pattern.count) == 0 { return index }
            index += 1
        }
        return nil
    }

    /// Every occurrence of `needle` replaced with `replacement`, by exact UTF-8 bytes, for the
    /// same reason: Foundation's `replacingOccurrences` took 3% of a cold build on the bodies'
    /// footnotes and quotes. `needle` must not be empty.
    func replacingUTF8(_ needle: String, with replacement: String) -> String {
        let pattern = Array(needle.utf8)
        precondition(!pattern.isEmpty, "an empty needle")
        var haystack = self
        return pattern.withUnsafeBufferPointer { pattern in
            haystack.withUTF8 { bytes in
                var output: [UInt8] = []
                var copied = 0
                while let index = Self.find(pattern, in: bytes, from: copied) {
                    if output.isEmpty { output.reserveCapacity(bytes.count + 64) }
                    output.append(contentsOf: bytes[copied..<index])
                    output.append(contentsOf: replacement.utf8)
                    copied = index + pattern.count
                }
                guard copied > 0 else { return self }
                output.append(contentsOf: bytes[copied...])
                return String(decoding: output, as: UTF8.self)
            }
        }
    }
}

extension String {
    /// `bytes` as a string when they are valid UTF-8, else `nil`.
    ///
    /// The standard library's `String(validating:as:)` is generic over the encoding and looks
    /// up its type metadata on every call: for the many short strings of the build cache and
    /// the output manifest, that lookup was a fifth of reading them. Decoding repairs what is
    /// not valid; a repaired string has other bytes, so comparing them tells the two apart.
    init?(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        var decoded = String(decoding: bytes, as: UTF8.self)
        let same = decoded.withUTF8 { utf8 in
            utf8.count == bytes.count && (bytes.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        guard same else { return nil }
        self = decoded
    }
}

extension String {
    /// Whether this string's UTF-8 bytes come before `other`'s (a shorter prefix first): the
    /// order of the bytes, with `memcmp`. `utf8.lexicographicallyPrecedes` walks the two views
    /// a byte at a time through their indices, and sorting the output manifest's 19,000 paths
    /// with it was 2% of a one-edit rebuild.
    func utf8Precedes(_ other: String) -> Bool {
        var (left, right) = (self, other)
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let common = Swift.min(a.count, b.count)
                let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
    }
}
