/// Every article with its place in the site, and the tag, region and kind pages that list them.
///
/// Built once all articles are loaded, so every URL is known before any Markdown is rendered.
public struct SiteIndex: Sendable {
    public let config: SiteConfig
    /// The interface's words in the site's language.
    public let translations: Translations
    /// Every article with a page, newest first; ties by title in Swedish order, then by address.
    public internal(set) var articles: [Article]
    /// The articles lists, feeds and neighbours show (not out of date), newest first.
    public let listed: [Int]
    /// Articles kept with an "inaktuell" banner.
    public let expired: Set<Int>
    /// In Swedish alphabetical order.
    public let tags: [TermPage]
    /// In Swedish alphabetical order; only regions that have articles.
    public let regions: [TermPage]
    /// In the order of `site.yml`; only kinds that have articles.
    public let kinds: [TermPage]
    public let tagsOverview: SitePath
    public let regionsOverview: SitePath
    /// Years, newest first, then the months of busy years, newest first.
    public let archives: [TermPage]
    public let archiveOverview: SitePath
    /// Kind key -> its page, for kinds that have one.
    let kindPaths: [String: SitePath]
    /// Region slug -> its page, for regions that have one.
    let regionsBySlug: [String: TermPage]
    /// Tag slug -> its page and the name the site spells it with.
    let tagsBySlug: [String: TermPage]
    /// Article number -> its place in `listed`.
    let listedPosition: [Int: Int]
    /// Every article's tags and regions as numbers, for ranking related articles.
    let packedTerms: PackedTerms
}

/// Every article's ``TermNumbers`` in one array: ranking related articles compares an article's
/// terms with thousands of candidates', and reading them from an array of ``TermNumbers``
/// retained and released two arrays per candidate (with the comparisons, most of the ranking,
/// which was a quarter of a 50,000-article build).
struct PackedTerms: Sendable {
    /// Each article's tags, then its regions.
    let values: [Int32]
    /// Per article, where its tags start and its regions start in `values`; the next article's
    /// start is where its regions end.
    let tagStart: [Int32]
    let regionStart: [Int32]

    init(_ numbers: [TermNumbers]) {
        var values: [Int32] = [], tagStart: [Int32] = [], regionStart: [Int32] = []
        tagStart.reserveCapacity(numbers.count + 1)
        regionStart.reserveCapacity(numbers.count)
        for terms in numbers {
            tagStart.append(Int32(values.count))
            values += terms.tags
            regionStart.append(Int32(values.count))
            values += terms.regions
        }
        tagStart.append(Int32(values.count))
        self.values = values
        self.tagStart = tagStart
        self.regionStart = regionStart
    }

    /// Article `number`'s tags and regions.
    func numbers(of number: Int) -> TermNumbers {
        TermNumbers(tags: Array(values[Int(tagStart[number])..<Int(regionStart[number])]),
                    regions: Array(values[Int(regionStart[number])..<Int(tagStart[number + 1])]))
    }

    /// 2 points for each of `terms`' tags that article `other` has, 1 for each of its regions.
    func score(of other: Int, against terms: TermNumbers) -> Int {
        let tags = Int(tagStart[other])..<Int(regionStart[other])
        let regions = Int(regionStart[other])..<Int(tagStart[other + 1])
        return values.withUnsafeBufferPointer { values in
            var score = 0
            for tag in terms.tags where values[tags].contains(tag) { score += 2 }
            for region in terms.regions where values[regions].contains(region) { score += 1 }
            return score
        }
    }
}

/// An article's tags and regions as small numbers (-1 for one without a page), so comparing two
/// articles' terms compares integers instead of slugs.
struct TermNumbers: Sendable {
    var tags: [Int32]
    var regions: [Int32]
}

extension SiteIndex {
    /// The listed articles just older and newer than article `number`, for previous/next links;
    /// none for an out-of-date article.
    func neighbours(of number: Int) -> (older: Int?, newer: Int?) {
        guard let position = listedPosition[number] else { return (nil, nil) }
        let older = position + 1 < listed.count ? listed[position + 1] : nil
        let newer = position > 0 ? listed[position - 1] : nil
        return (older, newer)
    }
}

/// A tag, region or kind with the articles it lists (indices into ``SiteIndex/articles``).
public struct TermPage: Sendable, Hashable {
    public enum Family: Sendable, Hashable { case tag, region, kind, year, month }
    public var family: Family
    public var name: String
    public var slug: String
    public var path: SitePath
    public var articles: [Int]
}
