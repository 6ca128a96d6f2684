import Foundation

extension Build {
    /// Phases 4-6: pages, copies, redirects, feeds and sitemap, then the search index, into a
    /// staging folder that replaces the output only when all of it is written. Returns how many
    /// pages and files the site has.
    func write(_ loaded: Loaded, _ resolved: Resolved, _ texts: Texts, search: SearchIndex?,
               timer: inout PhaseTimer) async throws(OutputError) -> (pages: Int, files: Int) {
        let index = resolved.index
        let html = texts.bodies.map(\.html)
        let outlines = texts.bodies.map { ViewBuilder.Outline(headings: $0.headings, wordCount: $0.wordCount) }
        let jobs = PageJob.plan(index)
        let redirectFiles = RedirectFiles.make(resolved.redirects, config: index.config, index.translations)
        var views = ViewBuilder(index: index, summaries: texts.summaries, outlines: outlines)
        if options.preview { views.preview = options.now }
        let discovery = DiscoveryFiles(index: index, summaries: texts.summaries, bodies: html,
                                       sourceDate: options.sourceDate, staticFiles: resolved.files)
        let staging = try StagingFolder.create(for: options.output, manifest: options.manifestLocation)
        do throws(OutputError) {
            try resolved.files.copy(into: staging)
            try await PageWriter(views: views, templates: loaded.templates, bodies: html)
                .write(jobs, into: staging, workers: options.workers)
            for (path, data) in redirectFiles { try staging.write(data, to: path) }
            if let page = texts.reportPage { try staging.write(page, to: ReportPage.file) }
            try await discovery.write(into: staging, workers: options.workers)
            let searchFiles = try search.map { search throws(OutputError) in
                try SearchFiles.write(search, settings: index.config.search, into: staging)
            } ?? 0
            timer.finish("render")
            try staging.publish()
            // A preview includes drafts and scheduled articles: its next change is not the site's.
            if !options.preview {
                try NextChangeFile.write(loaded.schedule.nextChange, timeZone: index.config.timeZone, source: options.source)
            }
            timer.finish("publish")
            return (jobs.count, jobs.count + resolved.files.count + redirectFiles.count + discovery.count + searchFiles
                    + (texts.reportPage == nil ? 0 : 1))
        } catch {
            staging.discard()
            throw error
        }
    }
}
