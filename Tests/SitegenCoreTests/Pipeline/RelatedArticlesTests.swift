import Foundation
import Testing
@testable import SitegenCore

/// The related-articles ranking, which stops reading long tag and region lists early, equals
/// scoring every candidate of every list (the plain definition) on random sites.
@Suite struct RelatedArticlesTests {
    /// The definition: every article on a shared tag or region page scored, best first.
    static func reference(_ index: SiteIndex, _ number: Int, limit: Int = 3) -> [Int] {
        let article = index.articles[number]
        var scores: [Int: Int] = [:]
        for tag in article.tags {
            for other in index.tagsBySlug[tag.slug]?.articles ?? [] where other != number { scores[other, default: 0] += 2 }
        }
        for region in article.regions {
            for other in index.regionsBySlug[region.slug]?.articles ?? []
            where other != number && index.articles[other].regions.contains(where: { $0.slug == region.slug }) {
                scores[other, default: 0] += 1
            }
        }
        return scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
    }

    @Test(arguments: [7, 8] as [UInt64])
    func earlyStoppingRanksLikeScoringEveryone(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        // Two tags on most articles make long lists; many rare tags make short ones.
        let common = ["Export", "Energi"], rare = (0..<40).map { "Ämne \($0)" }
        let regions = ["Kronoberg", "Jämtland Härjedalen"]
        var files: [String: String] = [:]
        for number in 0..<700 {
            var tags = common.filter { _ in Bool.random(using: &random) }
            tags += (0..<Int.random(in: 0...2, using: &random)).map { _ in rare.randomElement(using: &random)! }
            let ownRegions = regions.filter { _ in Int.random(in: 0..<3, using: &random) == 0 }
            let day = Int.random(in: 1...28, using: &random), month = Int.random(in: 1...12, using: &random)
            files["content/a\(number).md"] = """
                ---
                title: Artikel \(number)
                date: 2020-\(String(format: "%02d", month))-\(String(format: "%02d", day))
                kind: projekt
                regions: [\((ownRegions.isEmpty ? ["Kronoberg"] : ownRegions).joined(separator: ", "))]
                tags: [\(Array(Set(tags)).sorted().joined(separator: ", "))]
                ---

                Text.
                """
        }
        let site = try TestSite(fixture: "tiny", files: files)
        defer { site.cleanUp() }
        let index = try site.index()
        #expect(index.tagsBySlug.values.contains { $0.articles.count > index.shortList }, "some lists are long")
        #expect(index.tagsBySlug.values.contains { $0.articles.count <= index.shortList }, "some lists are short")
        let expected = index.articles.indices.map { Self.reference(index, $0) }
        for number in index.articles.indices {
            #expect(index.related(to: number) == expected[number], "article \(number)")
        }
        // All articles ranked on one thread and on three, as a build does.
        #expect(RelatedCache.lists(index, folder: nil, workers: 1) == expected)
        #expect(RelatedCache.lists(index, folder: nil, workers: 3) == expected)
    }

    /// An article that shares nothing has no related articles, also when it is ranked after
    /// others on the same thread.
    @Test func anArticleSharingNothingHasNone() throws {
        var files: [String: String] = [:]
        for number in 0..<5 {
            let alone = number == 4
            files["content/a\(number).md"] = """
                ---
                title: Artikel \(number)
                date: 2020-01-\(String(format: "%02d", 20 - number))
                kind: projekt
                regions: [\(alone ? "Jämtland Härjedalen" : "Kronoberg")]
                tags: [\(alone ? "Unik" : "Export")]
                ---

                Text.
                """
        }
        let site = try TestSite(fixture: "tiny", files: files)
        defer { site.cleanUp() }
        let index = try site.index()
        let lists = RelatedCache.lists(index, folder: nil, workers: 1)
        #expect(lists[4].isEmpty, "\(lists)")
        #expect(lists[0] == [1, 2, 3])
    }

    /// The packed numbers score as the per-article lists do: 2 for each shared tag, 1 for each
    /// shared region, -1 (a term without a page) included.
    @Test func packedTermsScoreAsTheLists() {
        var random = SeededGenerator(seed: 5)
        let numbers = (0..<300).map { _ in
            TermNumbers(tags: (0..<Int.random(in: 0...6, using: &random)).map { _ in Int32.random(in: -1...12, using: &random) },
                        regions: (0..<Int.random(in: 0...3, using: &random)).map { _ in Int32.random(in: -1...5, using: &random) })
        }
        let packed = PackedTerms(numbers)
        for _ in 0..<2_000 {
            let (one, other) = (numbers.randomElement(using: &random)!, Int.random(in: 0..<numbers.count, using: &random))
            var expected = 0
            for tag in one.tags where numbers[other].tags.contains(tag) { expected += 2 }
            for region in one.regions where numbers[other].regions.contains(region) { expected += 1 }
            #expect(packed.score(of: other, against: one) == expected)
        }
    }
}
