import Foundation

/// The files besides the pages that let people and search engines find the articles: the Atom,
/// RSS and JSON feeds of the site and of every tag, region and kind, the sitemap, and
/// robots.txt. Written into the staging folder with the pages, in the render phase.
struct DiscoveryFiles: Sendable {
    let feeds: FeedPlan
    /// How many addresses the sitemap lists (``SitemapPlan/count(_:)``); the entries are made
    /// only when the sitemap is written.
    let sitemapCount: Int
    let sitemapRenderer: SitemapRenderer
    /// False when `static/robots.txt` is published instead.
    let writesRobots: Bool

    init(index: SiteIndex, summaries: [String], bodies: [BodyText], sourceDate: Date?, staticFiles: FilePlan,
         sitemapLimit: Int = SitemapRenderer.protocolLimit) {
        feeds = FeedPlan(index: index, summaries: summaries, bodies: bodies, sourceDate: sourceDate)
        sitemapCount = SitemapPlan.count(index)
        sitemapRenderer = SitemapRenderer(baseURL: index.config.baseURL,
                                          dates: SwedishDateFormatter(timeZone: index.config.timeZone), limit: sitemapLimit)
        writesRobots = !staticFiles.publishes(RobotsFile.name)
    }

    /// How many files ``write(into:workers:)`` writes.
    var count: Int {
        FeedPlan.folders(feeds.index).count * FeedFormat.allCases.count
            + sitemapRenderer.fileCount(for: sitemapCount) + (writesRobots ? 1 : 0)
    }

    /// The files a build generates besides pages, for ``FilePlan``'s collision check; robots.txt
    /// is not one of them, since a static one replaces it.
    static func reservedPaths(_ index: SiteIndex) -> [String] {
        let renderer = SitemapRenderer(baseURL: "", dates: SwedishDateFormatter(timeZone: index.config.timeZone))
        let sitemaps = renderer.fileNames(for: SitemapPlan.count(index))
        return FeedPlan.folders(index).flatMap { folder in
            FeedFormat.allCases.map { (folder.segments + [$0.fileName]).joined(separator: "/") }
        } + sitemaps
    }

    /// Feeds made at a time (see ``write(into:workers:fingerprints:batch:)``).
    static let feedBatch = 32

    /// Writes the feeds, sitemap and robots.txt. With `fingerprints`, a feed whose articles and
    /// settings are unchanged keeps its published files, and only the others are made; so does
    /// the sitemap, whose every address and date was made into XML on every build (a twentieth
    /// of the processor time of a rebuild after one edit of 10,000 articles). Its entries are
    /// made only to write it: its fingerprint is made from what they are made from
    /// (``Fingerprints/sitemap(limit:)``).
    ///
    /// The feeds are made `batch` at a time: a feed's document holds its entries' HTML with
    /// absolute links, and all of them at once were most of this phase's memory. An article
    /// in feeds of two batches has its entry made twice.
    func write(into staging: StagingFolder, workers: Int, fingerprints: Fingerprints? = nil,
               batch: Int = feedBatch) async throws(OutputError) {
        // The sitemap, when it must be made, is made on another core while the feeds are.
        let sitemapPrint = fingerprints?.sitemap(limit: sitemapRenderer.limit) ?? 0
        let sitemapKept = Set(sitemapRenderer.fileNames(for: sitemapCount).filter { staging.keep($0, fingerprint: sitemapPrint) })
        let sitemapMaking = sitemapKept.count == sitemapRenderer.fileCount(for: sitemapCount) ? nil
            : Task { [index = feeds.index, renderer = sitemapRenderer] in renderer.files(SitemapPlan.entries(index)) }
        let all = feeds.feeds()
        let extra = [feeds.sourceDate.map { String($0.timeIntervalSince1970) } ?? ""]
        let prints = all.map { fingerprints?.feed(folder: $0.folder, members: $0.members, extra: extra) ?? 0 }
        let kept = ParallelMap.map(Array(all.indices), workers: workers) { number in
            FeedFormat.allCases.allSatisfy { staging.keep((all[number].folder.segments + [$0.fileName]).joined(separator: "/"),
                                                          fingerprint: prints[number]) }
        }
        let needed = all.indices.filter { !kept[$0] }
        for start in stride(from: 0, to: needed.count, by: max(1, batch)) {
            let part = needed[start..<min(start + max(1, batch), needed.count)]
            let documents = Array(zip(feeds.documents(of: part.map { all[$0] }, workers: workers), part.map { prints[$0] }))
            try await ParallelWrite.each(documents, workers: workers) { feed throws(OutputError) in
                try Self.write(feed.0, into: staging, fingerprint: feed.1)
            }
        }
        for file in await sitemapMaking?.value ?? [] where !sitemapKept.contains(file.name) {
            try staging.write(Data(file.text.utf8), to: file.name, fingerprint: sitemapPrint)
        }
        if writesRobots {
            try staging.write(Data(RobotsFile.text(sitemapURL: feeds.config.baseURL + "sitemap.xml").utf8), to: RobotsFile.name)
        }
    }

    private static func write(_ feed: FeedDocument, into staging: StagingFolder, fingerprint: UInt64) throws(OutputError) {
        try staging.write(AtomFeedRenderer.bytes(feed), to: feed.file(.atom), fingerprint: fingerprint)
        try staging.write(RSSFeedRenderer.bytes(feed), to: feed.file(.rss), fingerprint: fingerprint)
        try staging.write(JSONFeedRenderer.bytes(feed), to: feed.file(.json), fingerprint: fingerprint)
    }
}
