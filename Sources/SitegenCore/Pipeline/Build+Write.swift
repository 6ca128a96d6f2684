import Foundation

extension Build {
    /// What the write phases did.
    struct Written {
        var pages: Int
        var files: Int
        var kept: Int
        /// What ``StagingFolder/publish(durable:workers:)`` found changed.
        var changed: [String: UInt64]?
        /// What the pages were made with, for ``QuickPage``.
        var views: ViewBuilder
    }

    /// Phases 4-5: pages, copies, redirects, feeds and sitemap, and alongside them the search
    /// index `search` (being made since phase 3) written, into a staging folder that replaces
    /// the output only when all of it is written. Returns how many pages and files the site has.
    /// `report` is the editorial report being written (``run()``): a failure there stops the
    /// build before it publishes. `reporting` has the report's key and makes its page when
    /// the published one cannot be kept; `articleKeys` are the articles' hashes for the
    /// fingerprints (all three from ``prepare(_:readingManifests:reusingReport:indexingSearch:gatheringExternalLinks:)``);
    /// `published` is the published site's manifests, read ahead.
    func write(_ loaded: Loaded, _ resolved: Resolved, _ texts: Texts, search: Task<SearchIndex, Never>?,
               report: Task<OutputError?, Never>? = nil, reporting: Reporting, articleKeys: [UInt64],
               published: Task<StagingFolder.PublishedManifests, Never>? = nil,
               timer: inout PhaseTimer) async throws(OutputError) -> Written {
        let index = resolved.index
        // Where each body's HTML is: it is read when its page or a feed entry is made.
        let html = texts.bodies.map(\.htmlText)
        let outlines = texts.bodies.map { ViewBuilder.Outline(headings: $0.headings, wordCount: $0.wordCount) }
        let jobs = PageJob.plan(index)
        let redirectFiles = RedirectFiles.make(resolved.redirects, config: index.config, index.translations)
        var views = ViewBuilder(index: index, summaries: texts.summaries, outlines: outlines)
        if options.preview { views.preview = options.now }
        // Ranked once, for the fingerprints and the pages both. The feeds' and the sitemap's
        // plan is made on another thread meanwhile: made first, on this one, it was a serial
        // stretch of a one-edit rebuild with the other core idle (`perf`, by time).
        let (sourceDate, files) = (options.sourceDate, resolved.files)
        let summaries = texts.summaries
        let ((related, fingerprints), discovery) = ParallelMap.both({
            let related = RelatedCache.lists(index, folder: options.cacheFolder, workers: options.workers)
            // Pages made from unchanged inputs are kept only in builds with a cache: without one
            // (`--no-cache`) every page is made again, as the option promises.
            let fingerprints = options.cacheFolder == nil ? nil : Fingerprints(
                index: index, inputs: .init(siteConfig: loaded.siteConfig, baseURL: options.baseURL, templates: loaded.templates,
                                            preview: views.preview),
                articleKeys: articleKeys,
                summaries: summaries, bodies: texts.bodies, related: related, workers: options.workers)
            return (related, fingerprints)
        }, {
            DiscoveryFiles(index: index, summaries: summaries, bodies: html, sourceDate: sourceDate, staticFiles: files)
        })
        views.related = related
        let reuse = fingerprints != nil
        let staging = try StagingFolder.create(for: options.output, manifest: options.manifestLocation,
                                               published: await published?.value, workers: options.workers)
        // The search index needs nothing the pages make, and the pages nothing of it: it is made
        // and written while they are. One after another, the two were a fifth of a rebuild
        // after one edit, each on one core. Awaited before the folder is published or thrown
        // away, on every path.
        let searching = search.map { indexing in
            Task { () async -> Result<Int, OutputError> in
                let made = await indexing.value
                return Result { () throws(OutputError) in
                    try SearchFiles.write(made, settings: index.config.search, into: staging, workers: options.workers,
                                          documents: fingerprints.map { fingerprints in { fingerprints.searchDocuments($0) } })
                }
            }
        }
        // The feeds, the sitemap and robots.txt need nothing the pages make, and the pages
        // nothing of them: written while the pages are. Written after the pages, their serial
        // parts (the sitemap's and the feeds' fingerprints, the few feeds an edit changes)
        // left a core idle for 20-30 ms of a one-edit rebuild of 10,000 articles (`perf`, by
        // time). Awaited before the folder is published or thrown away, on every path.
        let discovering = Task { () async -> OutputError? in
            do throws(OutputError) {
                try await discovery.write(into: staging, workers: options.workers, fingerprints: fingerprints)
                return nil
            } catch {
                return error
            }
        }
        // The report's page, unless the published one was made with the same report key: made
        // while the pages are (``Reporting``).
        let reportPage = !index.config.reportPage || (reuse && staging.keep(ReportPage.file, fingerprint: reporting.key)) ? nil
            : Task.detached { await reporting.made().page }
        do throws(OutputError) {
            try resolved.files.copy(into: staging, keepUnchanged: reuse)
            timer.finish("copy")
            try await PageWriter(views: views, templates: loaded.templates, bodies: html, fingerprints: fingerprints)
                .write(jobs, into: staging, workers: options.workers)
            for (path, data) in redirectFiles { try staging.write(data, to: path) }
            if let page = await reportPage?.value {
                try staging.write(page, to: ReportPage.file, fingerprint: reuse ? reporting.key : 0)
            }
            timer.finish("render")
            // What is left of writing them once the pages are written.
            if let problem = await discovering.value { throw problem }
            timer.finish("feeds")
            // What is left of making the search index once the pages are written.
            let searchFiles = try await searching?.value.get() ?? 0
            if let problem = await report?.value { throw problem }
            timer.finish("search")
            // Nothing made of a damaged body is published (``run()``).
            if cacheDamage.isFound { throw OutputError.damagedCache(options.cacheFolder?.path ?? "") }
            // A preview is rebuilt on every save and thrown away: it need not wait for the disk.
            let changed = try staging.publish(durable: !options.preview, workers: options.workers,
                                              reportingChanges: options.reportsChangedFiles)
            // A preview includes drafts and scheduled articles: its next change is not the site's.
            if !options.preview {
                try NextChangeFile.write(loaded.schedule.nextChange, timeZone: index.config.timeZone, source: options.source)
            }
            timer.finish("publish")
            // A process that exits next frees all of these at once (``Abandon``).
            Abandon.values((staging, fingerprints as Any, discovery, related, html, outlines, jobs, redirectFiles),
                           if: !options.freesMemory)
            return Written(pages: jobs.count, files: jobs.count + resolved.files.count + redirectFiles.count + discovery.count
                           + searchFiles + (index.config.reportPage ? 1 : 0), kept: staging.keptFiles,
                           changed: changed, views: views)
        } catch {
            _ = await reportPage?.value
            _ = await discovering.value
            _ = await searching?.value
            _ = await report?.value
            staging.discard()
            throw error
        }
    }
}
