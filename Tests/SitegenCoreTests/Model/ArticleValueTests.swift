import Foundation
import Testing
@testable import SitegenCore

/// ``Article`` keeps its fields in a shared box: it must still behave as a value.
@Suite struct ArticleValueTests {
    @Test func aChangedCopyLeavesTheOriginalAlone() {
        let original = ModelSamples.article(title: "Före", tags: ["Export"])
        var copy = original
        copy.title = "Efter"
        copy.tags.append(Tag(name: "SME", slug: "sme"))
        copy.image?.alt = "ingen bild"
        #expect(original.title == "Före")
        #expect(original.tags.map(\.slug) == ["export"])
        #expect(copy.title == "Efter")
        #expect(copy.tags.map(\.slug) == ["export", "sme"])
        #expect(original != copy)
        copy.title = "Före"
        copy.tags.removeLast()
        #expect(original == copy, "equal fields are equal, in separate boxes")
        #expect(original.hashValue == copy.hashValue)
    }

    /// Copies changed on many threads at once: each sees only its own changes.
    @Test func copiesChangedOnManyThreadsStayApart() {
        let shared = ModelSamples.article(title: "Delad")
        let titles = ParallelMap.map(Array(0..<200), workers: 4) { number -> [String] in
            var mine = shared
            mine.title = "Nummer \(number)"
            mine.summary = "\(number)"
            let other = mine
            mine.title += "!"
            return [mine.title, other.title, mine.summary ?? ""]
        }
        for (number, seen) in titles.enumerated() {
            #expect(seen == ["Nummer \(number)!", "Nummer \(number)", "\(number)"])
        }
        #expect(shared.title == "Delad")
        #expect(shared.summary == nil)
    }
}
