import Testing
@testable import SitegenCore

/// The digits the JSON writers append are those `String(_:)` gives,
/// after what the bytes already held.
@Suite struct DigitBytesTests {
    static let values: [UInt64] = [0, 1, 9, 10, 15, 16, 99, 100, 255, 256, 4095, 65_535, 1_000_000_007,
                                   1_764_221_523_123_456_789, UInt64(Int64.max), UInt64.max - 1, UInt64.max]

    @Test(arguments: values)
    func decimal(_ value: UInt64) {
        var bytes = Array("x ".utf8)
        DigitBytes.append(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x " + String(value))
    }

    /// Each of the three ways (one digit, two, the buffer) around its edges.
    @Test func everyNumberBelowTenThousand() {
        var bytes: [UInt8] = []
        for value in 0..<UInt64(10_000) {
            bytes.removeAll(keepingCapacity: true)
            DigitBytes.append(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }

    @Test(arguments: [Int64.min, Int64.min + 1, -1_764_221_523_123_456_789, -10, -1, 0, 7, Int64.max])
    func signedDecimal(_ value: Int64) {
        var bytes: [UInt8] = []
        DigitBytes.append(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == String(value))
    }
}
