/// Articles to read next: those sharing tags and regions with an article, ranked.
///
/// Score: 2 for each shared tag, 1 for each shared region (its own regions, not the län they
/// roll up to); ties go to the newer article, then to the address, so the list is the same on
/// every build. Only listed articles are candidates. Candidates come from the tag and region
/// pages the article is on, not from a scan of every pair.
extension SiteIndex {
    func related(to number: Int, limit: Int = 3) -> [Int] {
        let article = articles[number]
        // Scores in an array indexed by article, with the candidates listed as they are first
        // touched: a dictionary here hashed every candidate several times and was 15% of a
        // 10,000-article build (perf); the array costs one zeroed allocation per article.
        var scores = [Int32](repeating: 0, count: articles.count)
        var candidates: [Int] = []
        func add(_ points: Int32, to other: Int) {
            if scores[other] == 0 { candidates.append(other) }
            scores[other] += points
        }
        for tag in article.tags {
            for other in tagsBySlug[tag.slug]?.articles ?? [] where other != number { add(2, to: other) }
        }
        for region in article.regions {
            for other in regionsBySlug[region.slug]?.articles ?? [] where other != number {
                // Roll-up puts a kommun's articles on the län's page; only a shared region counts.
                if articles[other].regions.contains(where: { $0.slug == region.slug }) { add(1, to: other) }
            }
        }
        // The best `limit` by a single pass: candidates can be thousands (a tag on every fifth
        // article), and sorting them all per article was the largest cost of a 10,000-article build.
        var best: [(article: Int, score: Int)] = []
        for other in candidates {
            let candidate = (article: other, score: Int(scores[other]))
            guard best.count < limit || Self.ranksBefore(candidate, best[best.count - 1]) else { continue }
            let place = best.firstIndex { Self.ranksBefore(candidate, $0) } ?? best.count
            best.insert(candidate, at: place)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.article)
    }

    /// Higher score first; equal scores go to the newer article (a lower number: articles are
    /// sorted newest first).
    private static func ranksBefore(_ a: (article: Int, score: Int), _ b: (article: Int, score: Int)) -> Bool {
        a.score != b.score ? a.score > b.score : a.article < b.article
    }

    /// The newest listed articles of the article's first region that has a page, leaving out the
    /// article itself and those in `excluding`: "Mer från Kronoberg".
    func moreFromRegion(of number: Int, excluding: Set<Int>, limit: Int = 3) -> (TermPage, [Int])? {
        for region in articles[number].regions {
            guard let page = regionsBySlug[region.slug] else { continue }
            let others = page.articles.lazy.filter { $0 != number && !excluding.contains($0) }.prefix(limit)
            return others.isEmpty ? nil : (page, Array(others))
        }
        return nil
    }
}
