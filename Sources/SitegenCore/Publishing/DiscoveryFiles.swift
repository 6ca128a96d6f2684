import Foundation

/// The files besides the pages that let people and search engines find the articles: the Atom,
/// RSS and JSON feeds of the site and of every tag, region and kind, the sitemap, and
/// robots.txt. Written into the staging folder with the pages, in the render phase.
struct DiscoveryFiles: Sendable {
    let feeds: FeedPlan
    let sitemap: [SitemapPlan.Entry]
    let sitemapRenderer: SitemapRenderer
    /// False when `static/robots.txt` is published instead.
    let writesRobots: Bool

    init(index: SiteIndex, summaries: [String], bodies: [String], sourceDate: Date?, staticFiles: FilePlan,
         sitemapLimit: Int = SitemapRenderer.protocolLimit) {
        feeds = FeedPlan(index: index, summaries: summaries, bodies: bodies, sourceDate: sourceDate)
        sitemap = SitemapPlan.entries(index)
        sitemapRenderer = SitemapRenderer(baseURL: index.config.baseURL,
                                          dates: SwedishDateFormatter(timeZone: index.config.timeZone), limit: sitemapLimit)
        writesRobots = !staticFiles.publishes(RobotsFile.name)
    }

    /// How many files ``write(into:workers:)`` writes.
    var count: Int {
        FeedPlan.folders(feeds.index).count * FeedFormat.allCases.count
            + sitemapRenderer.fileCount(for: sitemap.count) + (writesRobots ? 1 : 0)
    }

    /// The files a build generates besides pages, for ``FilePlan``'s collision check; robots.txt
    /// is not one of them, since a static one replaces it.
    static func reservedPaths(_ index: SiteIndex) -> [String] {
        let renderer = SitemapRenderer(baseURL: "", dates: SwedishDateFormatter(timeZone: index.config.timeZone))
        let sitemapFiles = renderer.fileCount(for: SitemapPlan.entries(index).count)
        let sitemaps = sitemapFiles == 1 ? ["sitemap.xml"] : ["sitemap.xml"] + (1..<sitemapFiles).map { "sitemap-\($0).xml" }
        return FeedPlan.folders(index).flatMap { folder in
            FeedFormat.allCases.map { (folder.segments + [$0.fileName]).joined(separator: "/") }
        } + sitemaps
    }

    func write(into staging: StagingFolder, workers: Int) async throws(OutputError) {
        let documents = feeds.documents()
        try await ParallelWrite.each(documents, workers: workers) { feed throws(OutputError) in
            try Self.write(feed, into: staging)
        }
        for file in sitemapRenderer.files(sitemap) {
            try staging.write(Data(file.text.utf8), to: file.name)
        }
        if writesRobots {
            try staging.write(Data(RobotsFile.text(sitemapURL: feeds.config.baseURL + "sitemap.xml").utf8), to: RobotsFile.name)
        }
    }

    private static func write(_ feed: FeedDocument, into staging: StagingFolder) throws(OutputError) {
        try staging.write(Data(AtomFeedRenderer.render(feed).utf8), to: feed.file(.atom))
        try staging.write(Data(RSSFeedRenderer.render(feed).utf8), to: feed.file(.rss))
        try staging.write(Data(JSONFeedRenderer.render(feed).utf8), to: feed.file(.json))
    }
}
