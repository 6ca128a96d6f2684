import Foundation

/// Which pages the sitemap lists, and when each last changed.
///
/// Every page the build writes, except the 404 and search pages (not pages to find) and out-of-date
/// articles: they keep their page, with an "inaktuell" banner, so links to them work, but they
/// are no longer current news to point search engines at. `lastmod` comes from the content, never
/// from the build's clock: an article's `updated` or date; for the home page, a list or an
/// overview, the newest such moment among the articles it lists.
enum SitemapPlan {
    struct Entry: Sendable, Hashable {
        var path: SitePath
        var lastModified: Date?
    }

    /// How many entries ``entries(_:)`` gives, without making them (for the sitemap files'
    /// names, which links may be checked against before the sitemap is made).
    /// Counted without the pages' plan (``PageJob/plan(_:)``), which made 17,000 jobs to count
    /// them: the home page, the three overviews, every article that is not out of date, and
    /// every page of every list (not the 404 page or the search page, as ``entries(_:)``).
    static func count(_ index: SiteIndex) -> Int {
        let lists = [index.kinds, index.regions, index.tags, index.archives].joined()
            .reduce(0) { $0 + PageJob.pages(of: $1, in: index) }
        return 4 + index.articles.indices.count { !index.expired.contains($0) } + lists
    }

    static func entries(_ index: SiteIndex) -> [Entry] {
        func newest(_ numbers: [Int]) -> Date? {
            numbers.lazy.map { index.articles[$0].updated ?? index.articles[$0].date }.max()
        }
        // Once per term, not per page of it: a term's every page has its newest date, and
        // looking through all its articles for each page was quadratic on big regions. A term's
        // pages follow one another in the plan, from its first: the date is found there and
        // kept for the rest (a table of them by address was most of this function).
        var termNewest: Date?
        func newest(of term: TermPage, page number: Int) -> Date? {
            if number == 1 { termNewest = newest(term.articles) }
            return termNewest
        }
        return PageJob.plan(index).compactMap { job -> Entry? in
            switch job {
            case .home:
                return Entry(path: .root, lastModified: newest(index.listed))
            case .article(let number):
                guard !index.expired.contains(number) else { return nil }
                let article = index.articles[number]
                return Entry(path: article.path, lastModified: article.updated ?? article.date)
            case let .list(term, number, _):
                return Entry(path: index.path(of: term, page: number), lastModified: newest(of: term, page: number))
            case .tagsOverview:
                return Entry(path: index.tagsOverview, lastModified: newest(index.tags.flatMap(\.articles)))
            case .regionsOverview:
                return Entry(path: index.regionsOverview, lastModified: newest(index.regions.flatMap(\.articles)))
            case .archiveOverview:
                return Entry(path: index.archiveOverview, lastModified: newest(index.listed))
            case .notFound, .search:
                return nil // neither is a page to find: the 404 page, and the search page (noindex)
            }
        }
    }
}
