import Foundation

/// Phase 4: renders every page with its template and writes it to the staging folder.
///
/// Each page is independent work (its view-model, its template, its file), so the pages are
/// split over the workers; the output does not depend on which worker renders which page.
struct PageWriter: Sendable {
    let views: ViewBuilder
    let templates: TemplateSet
    let bodies: [String]

    func write(_ jobs: [PageJob], into staging: StagingFolder, workers: Int) async throws(OutputError) {
        try await ParallelWrite.each(jobs, workers: workers) { job throws(OutputError) in
            let (html, file) = render(job)
            try staging.write(Data(html), to: file)
        }
    }

    /// The HTML of one page (UTF-8) and the file it goes to.
    func render(_ job: PageJob) -> ([UInt8], String) {
        switch job {
        case .home:
            return (templates.render("home", views.home()), "index.html")
        case .article(let number):
            let path = views.index.articles[number].path
            return (templates.render("article", views.article(number, body: bodies[number])), path.indexFile)
        case let .list(term, number, total):
            return (templates.render("list", views.list(term, number: number, of: total)),
                    views.index.path(of: term, page: number).indexFile)
        case .tagsOverview:
            return (templates.render("terms", views.overview(of: .tag)), views.index.tagsOverview.indexFile)
        case .regionsOverview:
            return (templates.render("terms", views.overview(of: .region)), views.index.regionsOverview.indexFile)
        case .archiveOverview:
            return (templates.render("terms", views.overview(of: .year)), views.index.archiveOverview.indexFile)
        case .notFound:
            return (templates.render("404", views.notFound()), "404.html")
        case .search:
            return (templates.render("search", views.search()), SearchSettings.path.indexFile)
        }
    }
}
