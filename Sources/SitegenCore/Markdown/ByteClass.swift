/// A set of bytes that an escaper stops at, found sixteen bytes at a time.
///
/// The escapers (HTML in templates: ``HTMLEscape``; JSON: ``EscapedRuns``; XML: ``XMLText``)
/// copy text in runs up to the next byte they must replace. Looking for that byte one at a time,
/// through a table, was 6.4% of the instructions of a cold 1,000-article build for HTML and
/// JSON alone, most of it in titles and summaries that need nothing (callgrind, 2026-11-27).
/// Here each sixteen bytes are compared with the set at once (SIMD), and only the sixteen
/// holding a hit are looked at one by one.
///
/// A set is described in the terms SIMD can test: every byte below ``below`` but the
/// ``allowedBelow`` ones (tab and line feed, for XML), and up to eight bytes more (``bytes``).
/// Its ``table``, for the last few bytes of a text and for ``contains(_:)``, is made from the
/// same description.
///
/// A class: each escaper holds one in a `static let`, and a struct of this size (its vectors
/// and three arrays) was copied, with a retain of each array, on every call.
final class ByteClass: Sendable {
    /// Every byte below this is in the set, but ``allowedBelow``; 0 for none.
    let below: UInt8
    /// Bytes below ``below`` that are not in the set (at most two).
    let allowedBelow: [UInt8]
    /// More bytes in the set (at most eight).
    let bytes: [UInt8]
    /// Per byte, whether it is in the set.
    let table: [Bool]

    private let belowVector: SIMD16<UInt8>
    private let allowed: (SIMD16<UInt8>, SIMD16<UInt8>)
    private let equal: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>,
                        SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)

    init(below: UInt8 = 0, allowedBelow: [UInt8] = [], bytes: [UInt8]) {
        precondition(allowedBelow.count <= 2 && allowedBelow.allSatisfy { $0 < below }, "at most two allowed bytes, below `below`")
        precondition(!bytes.isEmpty && bytes.count <= 8, "one to eight bytes")
        self.below = below
        self.allowedBelow = allowedBelow
        self.bytes = bytes
        table = (0...255).map { byte in
            (byte < Int(below) && !allowedBelow.contains(UInt8(byte))) || bytes.contains(UInt8(byte))
        }
        belowVector = SIMD16(repeating: below)
        // Unused places find nothing more: an unused allowed byte is `below` itself, which no
        // byte below `below` equals; an unused equal byte repeats the first.
        let allowed = allowedBelow + Array(repeating: below, count: 2 - allowedBelow.count)
        self.allowed = (SIMD16(repeating: allowed[0]), SIMD16(repeating: allowed[1]))
        let equal = bytes + Array(repeating: bytes[0], count: 8 - bytes.count)
        self.equal = (SIMD16(repeating: equal[0]), SIMD16(repeating: equal[1]), SIMD16(repeating: equal[2]),
                      SIMD16(repeating: equal[3]), SIMD16(repeating: equal[4]), SIMD16(repeating: equal[5]),
                      SIMD16(repeating: equal[6]), SIMD16(repeating: equal[7]))
    }

    func contains(_ byte: UInt8) -> Bool {
        table[Int(byte)]
    }

    /// Where the first byte of the set is in `text` at or after `start`; `text.count` when
    /// there is none.
    func first(in text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        guard let base = text.baseAddress else { return text.count }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 16 <= text.count {
            let chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let low = (chunk .< belowVector) .& (chunk .!= allowed.0) .& (chunk .!= allowed.1)
            let some = (chunk .== equal.0) .| (chunk .== equal.1) .| (chunk .== equal.2) .| (chunk .== equal.3)
            let more = (chunk .== equal.4) .| (chunk .== equal.5) .| (chunk .== equal.6) .| (chunk .== equal.7)
            // Lanes are all ones where a byte is in the set: any of them set is a hit. (`any`
            // was a call into the standard library's reduction on every sixteen bytes.)
            let lanes = unsafeBitCast(low .| some .| more, to: SIMD2<UInt64>.self)
            if lanes[0] | lanes[1] != 0 { break }
            index += 16
        }
        return table.withUnsafeBufferPointer { table in
            while index < text.count, !table[Int(text[index])] { index += 1 }
            return index
        }
    }
}
