import Foundation

/// What an editor wants to know about the site, made from a check run: how many articles each
/// region, kind and tag has per year, which articles lack an image or alt text, tags used once
/// (usually a typo of another), articles about to expire, and broken links.
///
/// Every build writes it to `.sitegen/report.json` and, unless `report: false`, as the page
/// `/_rapport/` (``ReportPage``); `sitegen report` prints it. It holds no build time: the same
/// sources at the same `--now` give the same report.
public struct EditorialReport: Sendable, Hashable {
    public var siteTitle: String
    /// The site's zone, for the expiry dates.
    public var timeZone: TimeZone
    public var articleCount: Int
    /// The years that have articles, oldest first: the columns of the count tables.
    public var years: [Int]
    /// Every region of site.yml, in its order, with the articles that name it.
    public var regions: [CountRow]
    /// Every kind of site.yml, in its order.
    public var kinds: [CountRow]
    /// Every tag used, in Swedish order.
    public var tags: [CountRow]
    /// Articles without a lead image (`image:`), newest first.
    public var withoutImage: [ArticleEntry]
    /// Images in article bodies without alternative text.
    public var imagesWithoutAlt: [ProblemEntry]
    /// Tags only one article has, each with the nearest other tag when there is one.
    public var singleTags: [SingleTag]
    /// Articles whose `expiry_date` falls within ``expiringDays`` days of the build's moment.
    public var expiring: [Expiring]
    public var expiringDays: Int
    /// Links, anchors and images that lead nowhere (errors of the checks).
    public var brokenLinks: [ProblemEntry]

    public struct CountRow: Sendable, Hashable {
        public var name: String
        /// Articles per year, in the order of ``EditorialReport/years``.
        public var counts: [Int]
        public var total: Int
    }

    public struct ArticleEntry: Sendable, Hashable {
        public var title: String
        public var sourcePath: String
        public var path: SitePath
    }

    public struct ProblemEntry: Sendable, Hashable {
        public var kind: ContentProblem.Kind
        public var article: ArticleEntry
        public var place: SourceLocation
        public var destination: String
        public var message: String
    }

    public struct SingleTag: Sendable, Hashable {
        public var name: String
        public var article: ArticleEntry
        /// The other tag nearest in spelling ("did you mean"), if any is near.
        public var closest: String?
    }

    public struct Expiring: Sendable, Hashable {
        public var article: ArticleEntry
        public var expiry: Date
    }
}

extension EditorialReport {
    static let expiringWindow = 30

    /// The report of the articles in `index`, with what the checks found, at moment `now`.
    static func make(_ index: SiteIndex, content: ContentCheckResult, now: Date) -> EditorialReport {
        let config = index.config
        let dates = SwedishDateFormatter(timeZone: config.timeZone)
        let articles = index.articles
        let entries = articles.indices.map {
            ArticleEntry(title: articles[$0].title, sourcePath: articles[$0].sourcePath, path: articles[$0].path)
        }
        let entryBySource = Dictionary(entries.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        let yearOf = Article.fields(of: articles, \.date).map { dates.components($0).year }
        let years = Array(Set(yearOf)).sorted()
        let column = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })

        func row(_ name: String, members: [Int]) -> CountRow {
            var counts = Array(repeating: 0, count: years.count)
            for number in members { counts[column[yearOf[number]]!] += 1 }
            return CountRow(name: name, counts: counts, total: members.count)
        }
        var regionMembers: [String: [Int]] = [:]
        var kindMembers: [String: [Int]] = [:]
        var tagMembers: [String: [Int]] = [:]
        var tagSpellings: [String: [String: Int]] = [:]
        for (number, article) in articles.enumerated() {
            for region in article.regions { regionMembers[region.slug, default: []].append(number) }
            kindMembers[article.kind.key, default: []].append(number)
            for tag in article.tags {
                tagMembers[tag.slug, default: []].append(number)
                tagSpellings[tag.slug, default: [:]][tag.name, default: 0] += 1
            }
        }
        let tagNames = tagSpellings.mapValues(Resolver.preferredSpelling)
        let tags = tagMembers.map { row(tagNames[$0.key]!, members: $0.value) }
            .sorted { SwedishCollation.areInIncreasingOrder($0.name, $1.name) }

        let singles = singleTags(tagMembers, names: tagNames, entries: entries)

        let expiring = Self.expiring(articles, now: now).map { number in
            Expiring(article: entries[number], expiry: articles[number].expiryDate!)
        }.sorted { ($0.expiry, $0.article.sourcePath) < ($1.expiry, $1.article.sourcePath) }

        func problems(_ keep: (ContentProblem.Kind) -> Bool) -> [ProblemEntry] {
            content.problems.filter { keep($0.kind) }.compactMap { problem in
                guard let article = entryBySource[problem.article], let place = problem.diagnostic.location else { return nil }
                return ProblemEntry(kind: problem.kind, article: article, place: place, destination: problem.destination ?? "",
                                    message: problem.diagnostic.message)
            }.sorted { $0.place < $1.place }
        }

        return EditorialReport(
            siteTitle: config.title, timeZone: config.timeZone, articleCount: articles.count, years: years,
            regions: config.regions.map { row($0.name, members: regionMembers[$0.slug] ?? []) },
            kinds: config.kinds.map { row($0.plural, members: kindMembers[$0.key] ?? []) },
            tags: tags,
            withoutImage: articles.indices.filter { articles[$0].image == nil }.map { entries[$0] },
            imagesWithoutAlt: problems { $0 == .imageWithoutAlt },
            singleTags: singles, expiring: expiring, expiringDays: expiringWindow,
            brokenLinks: problems(\.isBroken))
    }

    /// The articles whose `expiry_date` is after `now` and within ``expiringWindow`` days of it,
    /// by number: the only part of the report the clock decides (``ReportKey``).
    static func expiring(_ articles: [Article], now: Date) -> [Int] {
        let horizon = now.addingTimeInterval(TimeInterval(expiringWindow * 24 * 3600))
        return articles.indices.filter { number in
            guard let expiry = articles[number].expiryDate else { return false }
            return expiry > now && expiry <= horizon
        }
    }

    /// Comparisons of two tags' spellings the report makes at most: enough for a site with
    /// 1,400 lonely tags among 1,400 tags, and a second at most in a debug build.
    static let spellingComparisons = 2_000_000

    /// Tags used once, each with the nearest other tag by spelling. Comparing every pair is
    /// quadratic: one article with 10,000 tags took minutes. Past the budget, only tags used more
    /// than once are candidates (a typo's intended tag is usually in use); past it even then,
    /// no suggestions are made.
    static func singleTags(_ members: [String: [Int]], names: [String: String], entries: [ArticleEntry]) -> [SingleTag] {
        let sorted = names.sorted { $0.key < $1.key }
        let singleCount = members.values.filter { $0.count == 1 }.count
        var pool = sorted
        if singleCount * sorted.count > spellingComparisons {
            pool = sorted.filter { members[$0.key]!.count > 1 }
            if singleCount * pool.count > spellingComparisons { pool = [] }
        }
        let candidates = Suggestion.Folded(pool.map(\.value))
        let slugs = pool.map(\.key)
        return members.filter { $0.value.count == 1 }.map { slug, members in
            let name = names[slug]!
            // The tag itself is among the candidates when it is in the pool: leave it out.
            let others = slugs.firstIndex(of: slug).map { own in
                Suggestion.Folded(removing: own, from: candidates)
            } ?? candidates
            return SingleTag(name: name, article: entries[members[0]], closest: Suggestion.closest(to: name, among: others))
        }.sorted { SwedishCollation.areInIncreasingOrder($0.name, $1.name) }
    }
}
