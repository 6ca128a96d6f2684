import Foundation
import Testing
@testable import SitegenCore

/// ``PathTable`` holds what a `[String: Value]` would, after any mix of insertions, updates,
/// removals and lookups.
@Suite struct PathTableTests {
    @Test func randomOperationsMatchADictionary() {
        var generator = SystemRandomNumberGenerator()
        // Paths alike but for one byte, of every length around the eight-byte steps of the
        // spread, with Swedish letters and the site's own folder ("").
        let parts = ["", "a", "å", "nyheter", "2024", "artikel-0099", "sida", "index.html", "amnen/export", "ö/ä"]
        var paths = Set([""])
        while paths.count < 400 {
            let count = Int.random(in: 1...5, using: &generator)
            paths.insert((0..<count).map { _ in parts.randomElement(using: &generator)! }.joined(separator: "/"))
        }
        for length in 0...24 { paths.insert(String(repeating: "x", count: length)) }
        let all = Array(paths)
        var table = PathTable<Int>()
        var reference: [String: Int] = [:]
        for step in 0..<20_000 {
            let path = all.randomElement(using: &generator)!
            switch Int.random(in: 0..<4, using: &generator) {
            case 0:
                table[path] = step
                reference[path] = step
            case 1:
                #expect(table.updateValue(step, forKey: path) == reference.updateValue(step, forKey: path))
            case 2:
                table[path] = nil
                reference[path] = nil
            default:
                #expect(table[path] == reference[path])
            }
        }
        #expect(table.count == reference.count)
        #expect(Set(table.keys) == Set(reference.keys))
        #expect(table.mapValues { $0 } == reference)
        #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == reference)
        #expect(table.values.sorted() == reference.values.sorted())
        var literal: PathTable<Int> = ["b/y.html": 1, "": 2]
        #expect(literal["b/y.html"] == 1 && literal[""] == 2 && literal["b/y.htm"] == nil)
        literal[""] = 3
        #expect(literal != ["b/y.html": 1, "": 2])
        #expect(literal == ["": 3, "b/y.html": 1])
    }

    /// Iteration is in the order the paths were first given; one removed and given again keeps
    /// its place.
    @Test func pathsComeInTheOrderFirstGiven() {
        var table = PathTable<Int>()
        table.reserveCapacity(3_000)
        for number in 0..<3_000 { table["sida/\(number)/index.html"] = number }
        table["sida/7/index.html"] = nil
        table["sida/7/index.html"] = 7
        table["sida/8/index.html"] = nil
        #expect(table.map(\.value) == Array(0..<8) + Array(9..<3_000))
        #expect(table.count == 2_999 && !table.isEmpty)
    }
}
