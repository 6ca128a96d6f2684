/// A whole number's digits appended to bytes being written, without making a `String` of it:
/// a string made and dropped per number was a fifth of writing the search index and most of
/// writing the output manifest's 19,000 lines. Shared by ``OrderedJSON`` and ``OutputManifest``.
///
/// Each radix has its own loop, with the radix a constant: the compiler then divides by
/// multiplying and shifting. With the radix passed in, every digit was a 64-bit division, and
/// the manifest's nanosecond times have 19 digits: this was 3.3% of a one-edit rebuild of
/// 10,000 articles (`perf`), the largest of the build's own functions.
enum DigitBytes {
    /// `value` in `radix` (10 or 16; hexadecimal in lower case), no sign.
    static func append(_ value: UInt64, radix: UInt64 = 10, to bytes: inout [UInt8]) {
        precondition(radix == 10 || radix == 16, "DigitBytes writes decimal or hexadecimal")
        // Written from the last digit back into a buffer on the stack, then appended at once.
        // UInt64.max has 20 decimal digits.
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { digits in
            var start = digits.count
            var rest = value
            if radix == 16 {
                repeat {
                    start -= 1
                    let digit = UInt8(truncatingIfNeeded: rest & 0xf)
                    digits[start] = digit < 10 ? UInt8(ascii: "0") &+ digit : UInt8(ascii: "a") &+ (digit &- 10)
                    rest >>= 4
                } while rest > 0
            } else {
                repeat {
                    start -= 1
                    digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                    rest /= 10
                } while rest > 0
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `value` in decimal, with a minus when negative.
    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(value.magnitude, to: &bytes)
    }
}
