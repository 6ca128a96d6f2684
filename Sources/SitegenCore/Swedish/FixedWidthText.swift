/// A short text of known greatest length written byte by byte into a new string's storage
/// (`String(unsafeUninitializedCapacity:initializingUTF8With:)`): the dates of pages and feeds,
/// made by the tens of thousands, where joining a dozen small strings made each of them first.
/// Used by ``SwedishDateFormatter/iso(_:)`` and ``FeedDateFormatter/rfc822(_:)-(CivilTime)``.
struct FixedWidthText {
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// How many bytes are written: what the string's initializer returns.
    private(set) var count = 0

    /// Writes `write`'s bytes into a string of at most `capacity` bytes, which must be enough.
    /// Inlined, with the methods below, so that each date's writing compiles to stores: as a
    /// closure and calls, ``SwedishDateFormatter/iso(_:)`` took 2.5 times the instructions of
    /// its own local functions (callgrind).
    @inline(__always)
    static func make(capacity: Int, _ write: (inout FixedWidthText) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity) { bytes in
            var text = FixedWidthText(bytes: bytes)
            write(&text)
            return text.count
        }
    }

    private init(bytes: UnsafeMutableBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// `value` (not negative) in `digits` decimal digits, zeros in front.
    @inline(__always)
    mutating func number(_ value: Int, digits: Int) {
        var rest = value
        for place in stride(from: digits - 1, through: 0, by: -1) {
            bytes[count + place] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += digits
    }

    /// One ASCII character (a separate name from ``text(_:)``: a one-letter literal is a
    /// `String` when both are `put`).
    @inline(__always)
    mutating func ascii(_ character: Unicode.Scalar) {
        bytes[count] = UInt8(ascii: character)
        count += 1
    }

    @inline(__always)
    mutating func text(_ text: String) {
        for byte in text.utf8 {
            bytes[count] = byte
            count += 1
        }
    }
}
