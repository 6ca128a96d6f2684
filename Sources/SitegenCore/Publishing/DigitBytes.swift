/// A whole number's digits appended to bytes being written, without making a `String` of it:
/// a string made and dropped per number was a fifth of writing the search index. Used by
/// ``OrderedJSON`` and ``PrettyJSONWriter``.
///
/// The digits are made with the radix a constant, so the compiler divides by multiplying and
/// shifting: with the radix passed in (decimal or hexadecimal), every digit was a 64-bit
/// division, 3.3% of a one-edit rebuild of 10,000 articles (`perf`) when the output manifest
/// was still text, 19,000 lines of numbers with up to 19 digits.
enum DigitBytes {
    /// `value` in decimal, no sign.
    ///
    /// Numbers below 100 (most of the search index's document gaps and weights) are appended
    /// digit by digit; longer ones are written from the last digit back into a buffer on the
    /// stack and appended at once, as typed bytes. Appended as untyped bytes, the digits went
    /// through the generic, element-by-element `append(contentsOf:)`: with the numbers of the
    /// search shards, 6% of a one-edit rebuild's instructions (`callgrind`, 2026-11-27).
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        let zero = UInt8(ascii: "0")
        if value < 10 {
            bytes.append(zero &+ UInt8(truncatingIfNeeded: value))
            return
        }
        if value < 100 {
            bytes.append(zero &+ UInt8(truncatingIfNeeded: value / 10))
            bytes.append(zero &+ UInt8(truncatingIfNeeded: value % 10))
            return
        }
        // UInt64.max has 20 digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            var rest = value
            repeat {
                start -= 1
                digits[start] = zero &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `value` in decimal, with a minus when negative.
    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(value.magnitude, to: &bytes)
    }
}
