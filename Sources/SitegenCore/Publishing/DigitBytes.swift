/// A whole number's digits appended to bytes being written, without making a `String` of it:
/// a string made and dropped per number was a fifth of writing the search index and most of
/// writing the output manifest's 19,000 lines. Shared by ``OrderedJSON`` and ``OutputManifest``.
enum DigitBytes {
    /// `value` in `radix` (10 or 16; hexadecimal in lower case), no sign.
    static func append(_ value: UInt64, radix: UInt64 = 10, to bytes: inout [UInt8]) {
        var count = 1
        var rest = value / radix
        while rest > 0 { count += 1; rest /= radix }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        var remaining = value
        for position in stride(from: start + count - 1, through: start, by: -1) {
            let digit = UInt8(remaining % radix)
            bytes[position] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            remaining /= radix
        }
    }

    /// `value` in decimal, with a minus when negative.
    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(value.magnitude, to: &bytes)
    }
}
