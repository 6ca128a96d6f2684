import Foundation

/// Everything a link in an article body can lead to once the site is built: the pages, the files
/// beside them, and the articles by their source files.
///
/// Made after the resolve phase, when every address is known and before any Markdown is
/// rendered, so the same lookups serve the rewriting of links in the markdown phase and the
/// checks after it.
///
/// A class: every article's checks and link rewriting hold it (``LinkResolver``), and as a struct
/// of seven shared tables each copy was seven retains and seven releases, 20,000 copies a build.
final class SiteTargets: Sendable {
    let index: SiteIndex
    /// The site folder, to tell an article that is not published from one that does not exist.
    let siteRoot: URL
    /// Article source path (`content/2020/x.md`) -> its number in the index.
    let articles: [String: Int]
    /// Article page -> its number, to check a `#fragment` against that article's headings.
    let articlePages: [SitePath: Int]
    /// Every page: articles, lists and their later pages, overviews, search, and the redirect
    /// pages of aliases (a link to an old address still leads somewhere).
    let pages: Set<SitePath>
    /// Every other published file by its path from the site root, without a leading slash:
    /// `static/` and bundle files, feeds, sitemaps, robots.txt, 404.html, the report page.
    let files: Set<String>
    /// `index.config.basePath`, read once: each link made to fit the site's addresses needs it,
    /// and the property parses the base URL each time (only the articles of `index` change
    /// after `init`, in ``QuickPage``: ``with(_:)``).
    let basePath: String

    private init(index: SiteIndex, siteRoot: URL, articles: [String: Int], articlePages: [SitePath: Int],
                 pages: Set<SitePath>, files: Set<String>, basePath: String) {
        self.index = index
        self.siteRoot = siteRoot
        self.articles = articles
        self.articlePages = articlePages
        self.pages = pages
        self.files = files
        self.basePath = basePath
    }

    /// These targets with `index` in place of theirs, whose articles are at the same addresses
    /// (``QuickPage`` puts an edited article in); the tables are shared.
    func with(_ index: SiteIndex) -> SiteTargets {
        SiteTargets(index: index, siteRoot: siteRoot, articles: articles, articlePages: articlePages, pages: pages,
                    files: files, basePath: basePath)
    }

    init(index: SiteIndex, siteRoot: URL, files plan: FilePlan, redirects: [Redirect], reportPage: Bool) {
        self.index = index
        basePath = index.config.basePath
        self.siteRoot = siteRoot
        articles = Dictionary(Article.fields(of: index.articles, \.sourcePath).enumerated().map { ($1, $0) },
                              uniquingKeysWith: { first, _ in first })
        articlePages = Dictionary(Article.fields(of: index.articles, \.path).enumerated().map { ($1, $0) },
                                  uniquingKeysWith: { first, _ in first })
        // Sized once: grown insert by insert, the 17,000 pages' set was rehashed again and again.
        let jobs = PageJob.plan(index)
        var pages = Set<SitePath>(minimumCapacity: jobs.count + redirects.count)
        var files = Set(plan.copies.map(\.target))
        for job in jobs {
            switch job {
            case .home: pages.insert(.root)
            case .article(let number): pages.insert(index.articles[number].path)
            case let .list(term, number, _): pages.insert(index.path(of: term, page: number))
            case .tagsOverview: pages.insert(index.tagsOverview)
            case .regionsOverview: pages.insert(index.regionsOverview)
            case .archiveOverview: pages.insert(index.archiveOverview)
            case .notFound: files.insert("404.html")
            case .search: pages.insert(SearchSettings.path)
            }
        }
        for redirect in redirects {
            if let path = redirect.from.sitePath { pages.insert(path) } else { files.insert(redirect.from.outputFile) }
        }
        files.formUnion(DiscoveryFiles.reservedPaths(index))
        files.insert(RobotsFile.name)
        if reportPage { files.insert(ReportPage.file) }
        self.pages = pages
        self.files = files
    }

    /// Where a path from the site root leads: a page (`nyheter/2020/x/`, also without the last
    /// slash or as `…/index.html`) or a file (`bilder/karta.png`).
    func lookUp(_ segments: [String], endsWithSlash: Bool) -> LinkTarget? {
        if let path = SitePath(segments: segments), pages.contains(path) {
            return .page(path, article: articlePages[path])
        }
        guard !endsWithSlash, let last = segments.last else { return nil }
        if files.contains(segments.joined(separator: "/")) { return .file(segments) }
        if last == "index.html", let folder = SitePath(segments: Array(segments.dropLast())), pages.contains(folder) {
            return .page(folder, article: articlePages[folder])
        }
        return nil
    }

    /// The pages and files in the same folder as `segments`, each with its last part, for "did
    /// you mean".
    func addresses(beside segments: [String]) -> [(name: String, address: String)] {
        let folder = Array(segments.dropLast())
        let inFolder = { (path: [String]) in path.count == segments.count && Array(path.dropLast()) == folder }
        let pageAddresses = pages.filter { inFolder($0.segments) }.map { ($0.segments.last ?? "", $0.description) }
        let fileAddresses = files.map { $0.split(separator: "/").map(String.init) }.filter(inFolder)
            .map { ($0.last ?? "", "/" + $0.joined(separator: "/")) }
        return (pageAddresses + fileAddresses).sorted { $0.1 < $1.1 }
    }
}

/// A place in the built site a link leads to.
enum LinkTarget: Sendable, Hashable {
    /// A page; `article` is its number when it is an article's page.
    case page(SitePath, article: Int?)
    /// A published file, by its segments from the site root.
    case file([String])
}
