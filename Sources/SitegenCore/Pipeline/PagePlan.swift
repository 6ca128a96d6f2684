/// Every page the build writes, decided before rendering so rendering is pure work per page.
public enum PageJob: Sendable, Hashable {
    case home
    case article(index: Int)
    /// Page `number` (from 1) of a tag, region or kind.
    case list(term: TermPage, number: Int, of: Int)
    case tagsOverview
    case regionsOverview
    case archiveOverview
    case notFound
    /// `/sok/`, when search is on.
    case search

    /// Every page of the site, in one array made at its size: grown job by job, the 17,000
    /// jobs of 10,000 articles were copied again and again, three times a build (`perf`).
    /// A term's pages follow one another, from its first (``SitemapPlan/entries(_:)`` counts
    /// on it).
    static func plan(_ index: SiteIndex) -> [PageJob] {
        let families = [index.kinds, index.regions, index.tags, index.archives]
        var jobs: [PageJob] = []
        jobs.reserveCapacity(6 + index.articles.count + families.joined().reduce(0) { $0 + pages(of: $1, in: index) })
        jobs += [.home, .tagsOverview, .regionsOverview, .archiveOverview, .notFound]
        if index.config.search.enabled { jobs.append(.search) }
        for number in index.articles.indices { jobs.append(.article(index: number)) }
        for term in families.joined() {
            let pages = pages(of: term, in: index)
            for number in 1...pages { jobs.append(.list(term: term, number: number, of: pages)) }
        }
        return jobs
    }

    /// How many pages the list of `term` takes (at least one).
    static func pages(of term: TermPage, in index: SiteIndex) -> Int {
        max(1, (term.articles.count + index.config.pageSize - 1) / index.config.pageSize)
    }
}

extension SiteIndex {
    /// Where page `number` of a list lives: `/amnen/export/`, `/amnen/export/sida/2/`.
    func path(of term: TermPage, page number: Int) -> SitePath {
        number == 1 ? term.path : term.path.appending(config.paginatePath, String(number))!
    }
}
