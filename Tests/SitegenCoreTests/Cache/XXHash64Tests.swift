import Testing
@testable import SitegenCore

/// The cache's hash against the values of xxHash's reference implementation (XXH64), for every
/// path through it: under 4, 8 and 32 bytes, and the 32-byte rounds.
@Suite("XXH64")
struct XXHash64Tests {
    @Test("Published values of the reference implementation", arguments: [
        ("", UInt64(0), UInt64(0xEF46_DB37_51D8_E999)),
        ("a", 0, 0xD24E_C4F1_A98C_6E5B),
        ("abc", 0, 0x44BC_2CF5_AD77_0999),
        ("Nobody inspects the spammish repetition", 0, 0xFBCE_A83C_8A37_8BF1),
    ])
    func referenceValues(input: String, seed: UInt64, expected: UInt64) {
        #expect(XXHash64.hash(Array(input.utf8), seed: seed) == expected)
    }

    @Test("Every byte and the seed change the hash")
    func sensitivity() {
        let base = Array("Industrikommunerna möttes i Örnsköldsvik den 11–12 april.".utf8)
        let hash = XXHash64.hash(base)
        for index in base.indices {
            var changed = base
            changed[index] ^= 1
            #expect(XXHash64.hash(changed) != hash, "byte \(index)")
        }
        #expect(XXHash64.hash(base, seed: 1) != hash)
        #expect(XXHash64.hash(base + [0]) != hash)
    }
}
