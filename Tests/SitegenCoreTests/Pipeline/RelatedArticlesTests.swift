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

    /// Two long lists, a tag's longer than a county's: as the third best gets better, the
    /// county's list is left unwalked (its one point cannot beat a third best of 1 that the
    /// walk is past), then walked again when the third best has 2 and the tag's list is left
    /// instead. It is walked again from where the walk is: from where it was left, it would
    /// meet a newer article again and rank it twice.
    @Test func aListLeftAndWalkedAgainGoesOnFromWhereTheWalkIs() throws {
        // Newest first: what each of the newest articles shares with the oldest one, "sist".
        let newest: [(tags: [String], regions: [String])] = [
            (["Export"], ["Jämtland Härjedalen"]), ([], ["Kronoberg"]), ([], ["Kronoberg"]),
            (["Export"], ["Kronoberg"]), (["Export"], ["Jämtland Härjedalen"]),
            (["Export"], ["Kronoberg"]), (["Export"], ["Kronoberg"]),
        ]
        var files: [String: String] = [:]
        func article(_ name: String, date: String, tags: [String], regions: [String]) {
            files["content/\(name).md"] = """
                ---
                title: \(name)
                date: \(date)
                kind: projekt
                regions: [\(regions.joined(separator: ", "))]
                tags: [\(tags.joined(separator: ", "))]
                ---

                Text.
                """
        }
        for (offset, shared) in newest.enumerated() {
            article("ny-\(offset)", date: "2022-01-\(String(format: "%02d", 28 - offset))", tags: shared.tags, regions: shared.regions)
        }
        // Older articles that make both lists long, the tag's the longer.
        for number in 0..<300 {
            article("aldre-\(number)", date: "2021-06-01", tags: ["Export"], regions: ["Kronoberg"])
        }
        for number in 0..<40 {
            article("export-\(number)", date: "2021-05-01", tags: ["Export"], regions: ["Jämtland Härjedalen"])
        }
        article("sist", date: "2019-01-01", tags: ["Export"], regions: ["Kronoberg"])
        let site = try TestSite(fixture: "tiny", files: files)
        defer { site.cleanUp() }
        let index = try site.index()
        let export = try #require(index.tagsBySlug["export"]), kronoberg = try #require(index.regionsBySlug["kronoberg"])
        #expect(export.articles.count > kronoberg.articles.count && kronoberg.articles.count > index.shortList, "two long lists")
        let last = try #require(index.articles.firstIndex { $0.title == "sist" })
        let names = index.related(to: last).map { index.articles[$0].title }
        #expect(names == ["ny-3", "ny-5", "ny-6"])
        #expect(index.related(to: last) == Self.reference(index, last))
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
