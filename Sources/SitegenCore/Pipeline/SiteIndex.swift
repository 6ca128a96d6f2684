/// Every article with its place in the site, and the tag, region and kind pages that list them.
///
/// Built once all articles are loaded, so every URL is known before any Markdown is rendered.
///
/// Its fields live in one shared box (``CopyOnWrite``), as ``Article``'s do: the index is copied into
/// every ``SiteTargets`` and from there into the ``LinkResolver`` of each article's checks and
/// link rewriting, into tasks and closures; copying its twenty fields (and the thirty of its
/// ``SiteConfig``) was a retain and a release of each, every time, and about 3% of a one-edit
/// rebuild of 10,000 articles (`perf`). Now a copy is one retain. Fields are read in place
/// (`_read`), so `index.config.pageSize` does not copy the whole configuration either.
public struct SiteIndex: Sendable {
    struct Fields: Sendable {
        let config: SiteConfig
        let translations: Translations
        var articles: [Article]
        let listed: [Int]
        let expired: Set<Int>
        let tags: [TermPage]
        let regions: [TermPage]
        let kinds: [TermPage]
        let tagsOverview: SitePath
        let regionsOverview: SitePath
        let archives: [TermPage]
        let archiveOverview: SitePath
        let kindPaths: [String: SitePath]
        let regionsBySlug: [String: TermPage]
        let tagsBySlug: [String: TermPage]
        let listedPosition: [Int: Int]
        let packedTerms: PackedTerms
    }

    private var storage: CopyOnWrite<Fields>

    init(config: SiteConfig, translations: Translations, articles: [Article], listed: [Int], expired: Set<Int>,
         tags: [TermPage], regions: [TermPage], kinds: [TermPage], tagsOverview: SitePath, regionsOverview: SitePath,
         archives: [TermPage], archiveOverview: SitePath, kindPaths: [String: SitePath],
         regionsBySlug: [String: TermPage], tagsBySlug: [String: TermPage], listedPosition: [Int: Int],
         packedTerms: PackedTerms) {
        storage = CopyOnWrite(Fields(
            config: config, translations: translations, articles: articles, listed: listed, expired: expired,
            tags: tags, regions: regions, kinds: kinds, tagsOverview: tagsOverview, regionsOverview: regionsOverview,
            archives: archives, archiveOverview: archiveOverview, kindPaths: kindPaths, regionsBySlug: regionsBySlug,
            tagsBySlug: tagsBySlug, listedPosition: listedPosition, packedTerms: packedTerms))
    }

    public var config: SiteConfig { _read { yield storage.fields.config } }
    /// The interface's words in the site's language.
    public var translations: Translations { _read { yield storage.fields.translations } }
    /// Every article with a page, newest first; ties by title in Swedish order, then by address.
    public internal(set) var articles: [Article] {
        _read { yield storage.fields.articles }
        _modify { yield &storage.fields.articles }
    }
    /// The articles lists, feeds and neighbours show (not out of date), newest first.
    public var listed: [Int] { _read { yield storage.fields.listed } }
    /// Articles kept with an "inaktuell" banner.
    public var expired: Set<Int> { _read { yield storage.fields.expired } }
    /// In Swedish alphabetical order.
    public var tags: [TermPage] { _read { yield storage.fields.tags } }
    /// In Swedish alphabetical order; only regions that have articles.
    public var regions: [TermPage] { _read { yield storage.fields.regions } }
    /// In the order of `site.yml`; only kinds that have articles.
    public var kinds: [TermPage] { _read { yield storage.fields.kinds } }
    public var tagsOverview: SitePath { _read { yield storage.fields.tagsOverview } }
    public var regionsOverview: SitePath { _read { yield storage.fields.regionsOverview } }
    /// Years, newest first, then the months of busy years, newest first.
    public var archives: [TermPage] { _read { yield storage.fields.archives } }
    public var archiveOverview: SitePath { _read { yield storage.fields.archiveOverview } }
    /// Kind key -> its page, for kinds that have one.
    var kindPaths: [String: SitePath] { _read { yield storage.fields.kindPaths } }
    /// Region slug -> its page, for regions that have one.
    var regionsBySlug: [String: TermPage] { _read { yield storage.fields.regionsBySlug } }
    /// Tag slug -> its page and the name the site spells it with.
    var tagsBySlug: [String: TermPage] { _read { yield storage.fields.tagsBySlug } }
    /// Article number -> its place in `listed`.
    var listedPosition: [Int: Int] { _read { yield storage.fields.listedPosition } }
    /// Every article's tags and regions as numbers, for ranking related articles.
    var packedTerms: PackedTerms { _read { yield storage.fields.packedTerms } }
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

    /// Numbers packed already, as ``values``, ``tagStart`` and ``regionStart`` say.
    init(values: [Int32], tagStart: [Int32], regionStart: [Int32]) {
        self.values = values
        self.tagStart = tagStart
        self.regionStart = regionStart
    }

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
