import Foundation

/// Phase 4: renders every page with its template and writes it to the staging folder.
///
/// Each page is independent work (its view-model, its template, its file), so the pages are
/// split over the workers; the output does not depend on which worker renders which page.
/// With ``fingerprints``, a page made from the same inputs as the published one is kept as it
/// is, without its view-model or template being made.
struct PageWriter: Sendable {
    let views: ViewBuilder
    let templates: TemplateSet
    /// Per article, its HTML, read when its page is made (``BodyText``).
    let bodies: [BodyText]
    var fingerprints: Fingerprints?

    func write(_ jobs: [PageJob], into staging: StagingFolder, workers: Int) async throws(OutputError) {
        // In runs of pages, whose kept files are recorded together (``StagingFolder/KeptFiles``).
        try await ParallelWrite.runs(jobs, length: 64, workers: workers) { run throws(OutputError) in
            var kept = StagingFolder.KeptFiles()
            defer { staging.record(kept) }
            var writer = BinaryWriter(capacity: 1024)
            for job in run {
                let file = file(of: job)
                let fingerprint = fingerprints?.page(job, using: &writer) ?? 0
                if staging.keep(file, fingerprint: fingerprint, into: &kept) { continue }
                try staging.write(render(job), to: file, fingerprint: fingerprint)
            }
        }
    }

    /// The file a page goes to.
    func file(of job: PageJob) -> String {
        switch job {
        case .home: "index.html"
        case .article(let number): views.index.articles[number].path.indexFile
        case let .list(term, number, _): views.index.path(of: term, page: number).indexFile
        case .tagsOverview: views.index.tagsOverview.indexFile
        case .regionsOverview: views.index.regionsOverview.indexFile
        case .archiveOverview: views.index.archiveOverview.indexFile
        case .notFound: "404.html"
        case .search: SearchSettings.path.indexFile
        }
    }

    /// The HTML of one page (UTF-8).
    func render(_ job: PageJob) -> [UInt8] {
        switch job {
        case .home: templates.render("home", views.home())
        case .article(let number): templates.render("article", views.article(number, body: UTF8Text(utf8: bodies[number].utf8)))
        case let .list(term, number, total): templates.render("list", views.list(term, number: number, of: total))
        case .tagsOverview: templates.render("terms", views.overview(of: .tag))
        case .regionsOverview: templates.render("terms", views.overview(of: .region))
        case .archiveOverview: templates.render("terms", views.overview(of: .year))
        case .notFound: templates.render("404", views.notFound())
        case .search: templates.render("search", views.search())
        }
    }
}
