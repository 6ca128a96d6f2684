/// Articles to read next: those sharing tags and regions with an article, ranked.
///
/// Score: 2 for each shared tag, 1 for each shared region (its own regions, not the län they
/// roll up to); ties go to the newer article, then to the address, so the list is the same on
/// every build. Only listed articles are candidates. Candidates come from the tag and region
/// pages the article is on, not from a scan of every pair.
extension SiteIndex {
    func related(to number: Int, limit: Int = 3) -> [Int] {
        let article = articles[number], terms = packedTerms.numbers(of: number)
        // Each shared tag's page and region's page, with what sharing it is worth.
        var lists: [(members: [Int], weight: Int)] = []
        for tag in article.tags { if let page = tagsBySlug[tag.slug] { lists.append((page.articles, 2)) } }
        for region in article.regions { if let page = regionsBySlug[region.slug] { lists.append((page.articles, 1)) } }
        var best: [(article: Int, score: Int)] = []
        /// `most` is what `other` can score at most (the weights of the lists it is on): when
        /// even that cannot beat the third best, its score is not worked out. At 50,000
        /// articles scoring every candidate of the short lists was most of ranking.
        func consider(_ other: Int, most: Int) {
            guard other != number else { return }
            if best.count == limit, !Self.ranksBefore((other, most), best[best.count - 1]) { return }
            let candidate = (article: other, score: score(of: other, against: terms))
            guard best.count < limit || Self.ranksBefore(candidate, best[best.count - 1]) else { return }
            let place = best.firstIndex { Self.ranksBefore(candidate, $0) } ?? best.count
            best.insert(candidate, at: place)
            if best.count > limit { best.removeLast() }
        }

        // Short lists (a rare tag) are read whole. The long ones (a tag on every fifth article, a
        // county) are read together newest first, and reading stops once no older candidate can
        // beat the third best: it would need more points than the long lists can give, and a tie
        // goes to the newer article. Scoring every candidate of every list made a 50,000-article
        // build quadratic (100 s of 165).
        // The short lists are walked merged, in the order of the article numbers all lists are
        // in, so each candidate comes once without a set to remember it by (hashing every
        // member was a fifth of ranking a 50,000-article site); the long walk below skips them
        // by a pointer into `seen`, as it goes the same way.
        let short = lists.filter { $0.members.count <= shortList }
        let long = lists.filter { $0.members.count > shortList }
        let longWeight = long.reduce(0) { $0 + $1.weight }
        var seen: [Int] = []
        var shortPositions = [Int](repeating: 0, count: short.count)
        while true {
            var next: Int?
            for (list, position) in zip(short, shortPositions) where position < list.members.count {
                next = min(next ?? .max, list.members[position])
            }
            guard let next else { break }
            // What the short lists it is on can give, and the long ones at most.
            var most = longWeight
            for index in short.indices where shortPositions[index] < short[index].members.count
                && short[index].members[shortPositions[index]] == next {
                shortPositions[index] += 1
                most += short[index].weight
            }
            seen.append(next)
            consider(next, most: most)
        }
        // The long lists: an article that is on none of the short ones scores only what the
        // long lists it is on are worth. Once there are `limit` candidates, one that is on no
        // long lists but some whose weights add up to less than the third best's score cannot
        // beat it (nor, once the walk is past the third best, to as much: a tie goes to the
        // newer article). Those lists are not walked, they are "passive" (MaxScore, as search
        // engines skip postings): an article on them and on a walked list is scored from its
        // terms when the walk meets it. The passive lists are the longest that fit, chosen
        // again whenever what they may add up to changes; a list walked again goes on from
        // where the walk is. Walking every long list, a cold 50,000-article build spent 3 of its
        // 28 s of processor time here: most articles of the benchmark's corpus are on two
        // common tags and a county, and those three lists were read to the end for each.
        var skip = 0
        var positions = [Int](repeating: 0, count: long.count)
        var walked = [Bool](repeating: true, count: long.count)
        var passiveWeight = 0
        var allowed: Int?
        var last = -1
        let longestFirst = long.indices.sorted { long[$0].members.count > long[$1].members.count }
        while true {
            if best.count == limit {
                let third = best[limit - 1]
                // What the passive lists may add up to.
                let allowance = third.article <= last ? third.score : third.score - 1
                if allowance != allowed {
                    allowed = allowance
                    passiveWeight = 0
                    for index in longestFirst {
                        let passive = passiveWeight + long[index].weight <= allowance
                        if passive {
                            passiveWeight += long[index].weight
                        } else if !walked[index] {
                            let members = long[index].members
                            while positions[index] < members.count, members[positions[index]] <= last { positions[index] += 1 }
                        }
                        walked[index] = !passive
                    }
                }
            }
            var next: Int?
            var bound = passiveWeight
            for index in long.indices where walked[index] && positions[index] < long[index].members.count {
                next = min(next ?? .max, long[index].members[positions[index]])
                bound += long[index].weight
            }
            guard let next else { break }
            if best.count == limit, let third = best.last,
               third.score > bound || (third.score == bound && third.article < next) { break }
            // Not on a short list (those are in `seen`): the long lists it is on are all it has.
            var most = passiveWeight
            for index in long.indices where walked[index] && positions[index] < long[index].members.count
                && long[index].members[positions[index]] == next {
                positions[index] += 1
                most += long[index].weight
            }
            last = next
            while skip < seen.count, seen[skip] < next { skip += 1 }
            if skip == seen.count || seen[skip] != next { consider(next, most: most) }
        }
        return best.map(\.article)
    }

    /// Lists up to this long are read whole: at least 256, and longer on big sites, so a tag
    /// used once in a hundred articles never keeps the long lists from stopping early.
    var shortList: Int { max(256, articles.count / 64) }

    /// 2 points for each of the article's tags the other has, 1 for each of its own regions the
    /// other has (its own, not the län they roll up to).
    private func score(of other: Int, against terms: TermNumbers) -> Int {
        packedTerms.score(of: other, against: terms)
    }

    /// Higher score first; equal scores go to the newer article (a lower number: articles are
    /// sorted newest first).
    private static func ranksBefore(_ a: (article: Int, score: Int), _ b: (article: Int, score: Int)) -> Bool {
        a.score != b.score ? a.score > b.score : a.article < b.article
    }

    /// The newest listed articles of the article's first region that has a page, leaving out the
    /// article itself and those in `excluding`: "Mer från Kronoberg". `excluding` is a few
    /// articles (the related ones), looked through as they are: a `Set` made of them for every
    /// article page's fingerprint was 0.3% of a one-edit rebuild of 10,000 articles.
    func moreFromRegion(of number: Int, excluding: [Int], limit: Int = 3) -> (TermPage, [Int])? {
        for region in articles[number].regions {
            guard let page = regionsBySlug[region.slug] else { continue }
            let others = page.articles.lazy.filter { $0 != number && !excluding.contains($0) }.prefix(limit)
            return others.isEmpty ? nil : (page, Array(others))
        }
        return nil
    }
}
