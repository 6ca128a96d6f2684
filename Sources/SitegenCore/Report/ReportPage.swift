import Foundation

/// The editorial report as a page of the built site, `/_rapport/index.html`, for editors who
/// read the site rather than a terminal.
///
/// Made here rather than from a theme template, so every site has it without adding a template,
/// and it stays out of the public site: no page links to it, it is not in the sitemap or the
/// search index, and it asks search engines not to index it (`noindex`). It uses the site's
/// stylesheet (tables scroll sideways on a phone, as in articles). `report: false` in site.yml
/// leaves it out.
enum ReportPage {
    static let folder = "_rapport"
    static let file = folder + "/index.html"
    static let path = SitePath(checkedSegments: [folder])

    static func html(_ report: EditorialReport, config: SiteConfig) -> Data {
        let linker = Linker(page: path, basePath: config.basePath)
        let dates = SwedishDateFormatter(timeZone: report.timeZone)
        typealias Words = EditorialReport.Words
        func e(_ text: String) -> String { HTMLEscape.escape(text) }
        func link(_ entry: EditorialReport.ArticleEntry) -> String {
            "<a href=\"\(e(linker.url(entry.path)))\">\(e(entry.title))</a>"
        }
        var html = """
        <!doctype html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <meta name="color-scheme" content="light dark">
        <title>\(Words.title) – \(e(report.siteTitle))</title>
        <link rel="stylesheet" href="\(e(linker.file(["css", "site.css"])))">
        </head>
        <body>
        <main id="innehall">
        <div class="wrap">
        <header class="page-header">
        <p class="page-header__label"><a href="\(e(linker.url(.root)))">\(e(report.siteTitle))</a></p>
        <h1 class="page-header__title">\(Words.title)</h1>
        <p class="page-header__intro">\(Words.articles(report.articleCount)). Sidan är till för redaktionen: den länkas inte från webbplatsen och visas inte för sökmotorer.</p>
        </header>
        <div class="article-body">

        """
        func section(_ heading: String, id: String, count: Int? = nil) {
            html += "<h2 id=\"\(id)\">\(heading)\(count.map { " (\($0))" } ?? "")</h2>\n"
        }
        func table(_ heading: String, id: String, _ label: String, _ rows: [EditorialReport.CountRow]) {
            section(heading, id: id)
            guard !rows.isEmpty else { html += "<p>\(Words.none)</p>\n"; return }
            html += "<table>\n<thead>\n<tr><th scope=\"col\">\(label)</th>"
            html += report.years.map { "<th scope=\"col\">\($0)</th>" }.joined() + "<th scope=\"col\">\(Words.total)</th></tr>\n</thead>\n<tbody>\n"
            for row in rows {
                html += "<tr><th scope=\"row\">\(e(row.name))</th>" + row.counts.map { "<td>\($0)</td>" }.joined()
                    + "<td>\(row.total)</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        func list(_ items: [String]) {
            guard !items.isEmpty else { html += "<p>\(Words.none)</p>\n"; return }
            html += "<ul>\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
        }
        table(Words.byRegion, id: "regioner", Words.region, report.regions)
        table(Words.byKind, id: "typer", Words.kind, report.kinds)
        table(Words.byTag, id: "amnen", Words.tag, report.tags)
        section(Words.withoutImage, id: "utan-bild", count: report.withoutImage.count)
        list(report.withoutImage.map { "\(link($0)) <code>\(e($0.sourcePath))</code>" })
        section(Words.imagesWithoutAlt, id: "utan-alternativtext", count: report.imagesWithoutAlt.count)
        list(report.imagesWithoutAlt.map { "\(link($0.article)): <code>\(e($0.destination))</code> på <code>\(e($0.place.description))</code>" })
        section(Words.singleTags, id: "ensamma-amnen", count: report.singleTags.count)
        list(report.singleTags.map { "\(e($0.name)), i \(link($0.article)); \(e(Words.closest($0.closest)))" })
        section(Words.expiring(report.expiringDays), id: "slutar-galla", count: report.expiring.count)
        list(report.expiring.map { "<time datetime=\"\(dates.iso($0.expiry))\">\(dates.text($0.expiry))</time>: \(link($0.article))" })
        section(Words.brokenLinks, id: "trasiga-lankar", count: report.brokenLinks.count)
        list(report.brokenLinks.map {
            "<code>\(e($0.destination))</code> i \(link($0.article)), <code>\(e($0.place.description))</code>: \(Words.reason($0.kind))"
        })
        html += "</div>\n</div>\n</main>\n</body>\n</html>\n"
        return Data(html.utf8)
    }

    /// A file of `static/` in `_rapport/` would be replaced by the page, or sit beside it.
    static func collisions(_ files: FilePlan) -> [Diagnostic] {
        files.owners.filter { $0.key.hasPrefix(folder + "/") }.map(\.value).sorted().map { owner in
            .error("'\(owner)' is in '\(folder)/', the folder of the editorial report",
                   at: SourceLocation(file: owner),
                   hint: "move the file to another folder, or turn the report page off with 'report: false' in site.yml")
        }
    }
}
