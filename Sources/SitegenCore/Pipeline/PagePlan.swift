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

    static func plan(_ index: SiteIndex) -> [PageJob] {
        var jobs: [PageJob] = [.home, .tagsOverview, .regionsOverview, .archiveOverview, .notFound]
        if index.config.search.enabled { jobs.append(.search) }
        jobs += index.articles.indices.map { .article(index: $0) }
        for term in index.kinds + index.regions + index.tags + index.archives {
            let pages = max(1, (term.articles.count + index.config.pageSize - 1) / index.config.pageSize)
            jobs += (1...pages).map { .list(term: term, number: $0, of: pages) }
        }
        return jobs
    }
}

extension SiteIndex {
    /// Where page `number` of a list lives: `/amnen/export/`, `/amnen/export/sida/2/`.
    func path(of term: TermPage, page number: Int) -> SitePath {
        number == 1 ? term.path : term.path.appending(config.paginatePath, String(number))!
    }
}
