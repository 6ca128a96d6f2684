import Foundation
import Testing
@testable import SitegenCore

/// The search weights kept between builds: read back as written, or not at all.
@Suite struct SearchWeightsCacheTests {
    static func sample() -> SearchWeightsCache {
        var cache = SearchWeightsCache()
        cache.add([SearchTerm(key: "orebro", variant: "örebro"): 15, SearchTerm(key: "industri", variant: "industri"): 3], key: 1)
        cache.add([SearchTerm(key: "industri", variant: "industri"): 1, SearchTerm(key: "stal", variant: "stål"): 7], key: 2)
        cache.add([SearchTerm(key: "borttagen", variant: "borttagen"): 2], key: 3)
        cache.keep(only: [1, 2])
        return cache
    }

    /// Each entry as terms and weights, independent of how terms are numbered.
    static func contents(_ cache: SearchWeightsCache) -> [UInt64: [SearchTerm: Int32]] {
        cache.entries.mapValues { pairs in
            Dictionary(uniqueKeysWithValues: stride(from: 0, to: pairs.count, by: 2).map { (cache.terms[Int(pairs[$0])], pairs[$0 + 1]) })
        }
    }

    @Test func whatIsWrittenIsReadBackWithoutTheDroppedEntries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weights-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = Self.sample()
        cache.write(folder: folder)
        let read = SearchWeightsCache.read(folder: folder)
        #expect(Self.contents(read) == Self.contents(cache))
        #expect(Self.contents(read).count == 2)
        #expect(!read.terms.contains(SearchTerm(key: "borttagen", variant: "borttagen")), "a term no entry uses is not written")
        #expect(!read.changed, "a cache read and not added to is not written again")
    }

    @Test func aDamagedOrCutFileIsIgnored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weights-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        Self.sample().write(folder: folder)
        let url = folder.appendingPathComponent(SearchWeightsCache.fileName)
        let good = try Data(contentsOf: url)
        for damage in [{ (data: inout Data) in data[data.count / 2] ^= 0x40 }, { $0 = $0.prefix($0.count - 3) }, { $0 = Data("SGWEIGH1".utf8) }] {
            var bad = good
            damage(&bad)
            try bad.write(to: url)
            #expect(SearchWeightsCache.read(folder: folder).entries.isEmpty)
        }
    }

    static func bodies(_ index: SiteIndex) -> [SearchBody] {
        index.articles.map { article in
            let text = "Brödtext om \(article.title) och \(article.tags.map(\.name).joined(separator: " "))."
            return SearchBody(hash: RenderedMarkdown.hash(of: text), text: text)
        }
    }

    @Test func batchesAndWorkersDoNotChangeTheIndexOrTheCache() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let index = try site.index()
        let summaries = index.articles.map { $0.summary ?? $0.title }
        var bodies = Self.bodies(index)
        var whole = SearchWeightsCache(), taken = SearchWeightsCache()
        let one = await SearchIndex.make(index, summaries: summaries, bodies: &bodies, workers: 1, weights: &taken,
                                         weighed: { whole = $0 }) { _ in nil }
        #expect(whole.entries.count == index.listed.count)
        #expect(taken.entries.isEmpty, "the weights are taken apart into the postings once saved")
        for (workers, batch) in [(2, 1), (3, 2), (2, 3)] {
            var cache = SearchWeightsCache(), taken = SearchWeightsCache()
            var bodies = Self.bodies(index)
            let made = await SearchIndex.make(index, summaries: summaries, bodies: &bodies, workers: workers, weights: &taken, batch: batch,
                                              weighed: { cache = $0 }) { _ in nil }
            #expect(made.postings == one.postings, "\(workers) workers, batches of \(batch)")
            #expect(Self.contents(cache) == Self.contents(whole), "\(workers) workers, batches of \(batch)")
        }
    }

    @Test func aBodyWithoutItsTextIsRenderedAgainAndKeptOnlyIfItIsTheSameText() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let index = try site.index()
        let summaries = index.articles.map { $0.summary ?? $0.title }
        let full = Self.bodies(index)
        var withText = full
        var cold = SearchWeightsCache(), taken = SearchWeightsCache()
        let expected = await SearchIndex.make(index, summaries: summaries, bodies: &withText, workers: 2, weights: &taken,
                                              weighed: { cold = $0 }) { _ in nil }

        // Without their text, the bodies get it back from the function, by article number.
        let texts = full.map { $0.text!.string }
        var hashesOnly = full.map { SearchBody(hash: $0.hash, text: nil) }
        var again = SearchWeightsCache()
        taken = SearchWeightsCache()
        let made = await SearchIndex.make(index, summaries: summaries, bodies: &hashesOnly, workers: 2, weights: &taken,
                                          weighed: { again = $0 }) { texts[$0] }
        #expect(made.postings == expected.postings)
        #expect(Self.contents(again) == Self.contents(cold))

        // A text that is not the one hashed (its file changed meanwhile) is weighed, not written.
        var stale = full.map { SearchBody(hash: $0.hash, text: nil) }
        var changed = SearchWeightsCache()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weights-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try #require(index.listed.first)
        taken = SearchWeightsCache()
        _ = await SearchIndex.make(index, summaries: summaries, bodies: &stale, workers: 2, weights: &taken, weighed: { changed = $0 }) { number in
            number == first ? "Helt annan text om svetsning." : texts[number]
        }
        #expect(changed.entries.count == index.listed.count)
        changed.write(folder: folder)
        #expect(SearchWeightsCache.read(folder: folder).entries.count == index.listed.count - 1)
    }
}
