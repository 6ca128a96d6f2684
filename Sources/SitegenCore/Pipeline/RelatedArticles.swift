/// Articles to read next: those sharing tags and regions with an article, ranked.
///
/// Score: 2 for each shared tag, 1 for each shared region (its own regions, not the län they
/// roll up to); ties go to the newer article, then to the address, so the list is the same on
/// every build. Only listed articles are candidates. Candidates come from the tag and region
/// pages the article is on, not from a scan of every pair.
extension SiteIndex {
    func related(to number: Int, limit: Int = 3) -> [Int] {
        let article = articles[number]
        var scores: [Int: Int] = [:]
        for tag in article.tags {
            for other in tagsBySlug[tag.slug]?.articles ?? [] where other != number { scores[other, default: 0] += 2 }
        }
        for region in article.regions {
            for other in regionsBySlug[region.slug]?.articles ?? [] where other != number {
                // Roll-up puts a kommun's articles on the län's page; only a shared region counts.
                if articles[other].regions.contains(where: { $0.slug == region.slug }) { scores[other, default: 0] += 1 }
            }
        }
        return scores.sorted { a, b in
            if a.value != b.value { return a.value > b.value }
            return a.key < b.key // articles are sorted newest first, so a lower number is newer
        }.prefix(limit).map(\.key)
    }

    /// The newest listed articles of the article's first region that has a page, leaving out the
    /// article itself and those in `excluding`: "Mer från Kronoberg".
    func moreFromRegion(of number: Int, excluding: Set<Int>, limit: Int = 3) -> (TermPage, [Int])? {
        for region in articles[number].regions {
            guard let page = regionsBySlug[region.slug] else { continue }
            let others = page.articles.filter { $0 != number && !excluding.contains($0) }.prefix(limit)
            return others.isEmpty ? nil : (page, Array(others))
        }
        return nil
    }
}
