import Foundation

/// Decides every feed the site publishes and what each one says: the site's own, and one per
/// tag, region and kind page, each listing that page's newest `feeds.count` articles.
///
/// Out-of-date articles are not in ``SiteIndex/listed`` nor in any term's articles, so they are
/// in no feed. An article's entry is made once and shared by every feed it appears in.
struct FeedPlan: Sendable {
    let index: SiteIndex
    /// Per article, as in ``SiteIndex/articles``.
    let summaries: [String]
    /// Per article, its HTML, read when an entry is made (``BodyText``).
    let bodies: [BodyText]
    /// `SOURCE_DATE_EPOCH`: when set, every feed's `updated` is this moment.
    let sourceDate: Date?

    var config: SiteConfig { index.config }

    /// The folders that have feeds: the root for the site's, and each term page's.
    static func folders(_ index: SiteIndex) -> [SitePath] {
        [.root] + (index.kinds + index.regions + index.tags).map(\.path)
    }

    /// Every feed: its term (none for the site's) and the articles it lists, newest first.
    struct Feed: Sendable {
        var term: TermPage?
        var members: ArraySlice<Int>
        var folder: SitePath { term?.path ?? .root }
    }

    func feeds() -> [Feed] {
        let feeds: [(TermPage?, [Int])] = [(nil, index.listed)] + (index.kinds + index.regions + index.tags).map { ($0, $0.articles) }
        return feeds.map { Feed(term: $0.0, members: $0.1.prefix(config.feeds.count)) }
    }

    func documents() -> [FeedDocument] {
        documents(of: feeds())
    }

    /// The documents of `feeds`; an article's entry is made once for all of them, on
    /// `workers` threads (an entry reads, rewrites and escapes the article's body).
    func documents(of feeds: [Feed], workers: Int = 1) -> [FeedDocument] {
        let numbers = Array(Set(feeds.flatMap(\.members)))
        let dates = FeedDateFormatter(timeZone: config.timeZone)
        let made = ParallelMap.map(numbers, workers: workers) { entry($0, dates: dates) }
        let entries = Dictionary(uniqueKeysWithValues: zip(numbers, made))
        return feeds.map { feed in document(feed.term, feed.members.map { entries[$0]! }) }
    }

    func document(_ term: TermPage?, _ entries: [FeedEntry]) -> FeedDocument {
        let folder = term?.path ?? .root
        let newest = entries.map(\.updated).max()
        return FeedDocument(
            title: Self.title(of: term, site: config.title),
            description: term.map { Wording.description(of: $0, site: config.title, index.translations) } ?? config.description,
            language: Self.language(config.language),
            pageURL: config.absoluteURL(folder), folder: folder,
            // No build time: with nothing to date the feed by, the Unix epoch keeps it reproducible.
            updated: sourceDate ?? newest ?? Date(timeIntervalSince1970: 0),
            author: FeedPerson(name: config.publisher?.name ?? config.title, url: config.publisher?.url),
            timeZone: config.timeZone, entries: entries)
    }

    /// Article `number`'s entry; `dates`, in the site's zone, is made for it when not given.
    func entry(_ number: Int, dates: FeedDateFormatter? = nil) -> FeedEntry {
        let article = index.articles[number]
        let url = config.absoluteURL(article.path)
        let author = article.author ?? article.organisation
        return FeedEntry(
            url: url, title: article.title, published: article.date, updated: article.updated ?? article.date,
            timeZone: config.timeZone, summary: summaries[number],
            content: config.feeds.content == .full
                ? UTF8Text(utf8: AbsoluteLinks.rewrite(utf8: bodies[number].utf8, base: url)) : nil,
            tags: article.tags.map { index.tagsBySlug[$0.slug]?.name ?? $0.name },
            authors: author.map { [FeedPerson(name: $0, url: nil)] } ?? [],
            imageURL: article.image.map { absoluteURL(of: $0.source, pageURL: url) }, dates: dates)
    }

    private func absoluteURL(of asset: AssetReference, pageURL: String) -> String {
        switch asset {
        case .external(let url): url
        case .site(let path): config.baseURL + path.drop { $0 == "/" }
        case .bundle(let relative): pageURL + relative
        }
    }

    /// "Industrinytt" for the site's feed, "Kalmar – Industrinytt" for a term's.
    static func title(of term: TermPage?, site: String) -> String {
        term.map { "\($0.name) – \(site)" } ?? site
    }

    /// `sv` -> `sv-SE`: readers pick a language by language and country. Other languages, and
    /// tags that already name a country, are used as written.
    static func language(_ language: String) -> String {
        language.lowercased() == "sv" ? "sv-SE" : language
    }
}
