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
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        // Written from the last digit back into a buffer on the stack, then appended at once.
        // UInt64.max has 20 digits.
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { digits in
            var start = digits.count
            var rest = value
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `value` in decimal, with a minus when negative.
    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(value.magnitude, to: &bytes)
    }
}
