import Testing
@testable import SitegenCore

/// The escapers find the bytes they replace sixteen at a time (``ByteClass``): each set must be
/// exactly the bytes its escaper replaced before, and the search must stop where a byte-by-byte
/// search stops, wherever the hit falls among the sixteen.
@Suite("Byte sets found sixteen at a time")
struct ByteClassTests {
    /// Each escaper's set, with the test its table was made from before the sets.
    static let sets: [(name: String, set: ByteClass, was: @Sendable (UInt8) -> Bool)] = [
        ("HTML", HTMLEscape.special, { "&<>\"'".utf8.contains($0) }),
        ("OrderedJSON", OrderedJSON.special, { byte in
            byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2
        }),
        ("PrettyJSONWriter", PrettyJSONWriter.special, { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }),
        ("PrettyJSONWriter, script-safe", PrettyJSONWriter.scriptSpecial, { byte in
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2
        }),
        ("ScriptSafeJSON", ScriptSafeJSON.special, { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }),
        ("XML content", XMLText.contentBytes, { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0xEF || (byte < 0x20 && byte != 0x09 && byte != 0x0A)
        }),
        ("XML attribute", XMLText.attributeBytes, { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0xEF || byte == 0x22 || byte < 0x20
        }),
    ]

    @Test("Each escaper's set holds the bytes it replaced before, and no other")
    func setsAreTheOldTables() {
        for (name, set, was) in Self.sets {
            for byte in UInt8.min...UInt8.max {
                #expect(set.contains(byte) == was(byte), "\(name): byte \(byte)")
            }
        }
    }

    /// Texts of every length up to 80 (no chunk, one, several, with tails), mostly bytes not in
    /// the set and now and then one that is, at every place in a chunk; searched from every start.
    @Test("The search stops where a byte-by-byte search stops")
    func searchMatchesByteByByte() {
        var generator = SystemRandomNumberGenerator()
        for (name, set, _) in Self.sets {
            let inside = (UInt8.min...UInt8.max).filter(set.contains)
            let outside = (UInt8.min...UInt8.max).filter { !set.contains($0) }
            for _ in 0..<400 {
                let count = Int.random(in: 0...80, using: &generator)
                let hits = Int.random(in: 0...3, using: &generator)
                let text: [UInt8] = (0..<count).map { _ in
                    Int.random(in: 0..<max(1, count), using: &generator) < hits
                        ? inside.randomElement(using: &generator)! : outside.randomElement(using: &generator)!
                }
                text.withUnsafeBufferPointer { buffer in
                    for start in 0...count {
                        let expected = text[start...].firstIndex(where: set.contains) ?? count
                        #expect(set.first(in: buffer, from: start) == expected, "\(name): \(text) from \(start)")
                    }
                }
            }
        }
    }

    @Test("A byte of the set is found in each of the sixteen places, and after many chunks")
    func everyPlaceInAChunk() {
        for (name, set, _) in Self.sets {
            let filler = (UInt8.min...UInt8.max).first { !set.contains($0) }!
            for byte in (UInt8.min...UInt8.max).filter(set.contains) {
                for place in 0..<48 {
                    var text = [UInt8](repeating: filler, count: 64)
                    text[place] = byte
                    text.withUnsafeBufferPointer { buffer in
                        #expect(set.first(in: buffer) == place, "\(name): byte \(byte) at \(place)")
                    }
                }
            }
            let none = [UInt8](repeating: filler, count: 100)
            none.withUnsafeBufferPointer { buffer in
                #expect(set.first(in: buffer) == 100 && set.first(in: buffer, from: 37) == 100, "\(name)")
            }
            let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            #expect(set.first(in: empty) == 0, "\(name)")
        }
    }
}
