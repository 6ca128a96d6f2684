import Foundation

/// Builds the view-model of each page from the site index: formatted dates, relative URLs,
/// counts. Templates never see the model itself.
struct ViewBuilder: Sendable {
    var index: SiteIndex
    /// Per article (same order as `index.articles`): the summary shown in lists and meta tags.
    var summaries: [String]
    /// Per article: its headings and word count, for the table of contents and reading time.
    var outlines: [Outline]
    let dates: SwedishDateFormatter
    /// Per article: its date for `<time datetime>` and for people, made once. An article's card
    /// is on many pages, and Calendar's arithmetic per card was a twentieth of a large build.
    let dateISO: [String]
    let dateText: [String]
    let structuredData: StructuredData
    /// In a preview build (``BuildOptions/preview``), the build's moment, against which an
    /// article counts as scheduled; `nil` in a build to publish, whose pages never show
    /// ``PreviewNotice``s.
    var preview: Date?
    /// Every article's related articles when ranked beforehand (``RelatedCache``), so article
    /// pages do not rank them again; `nil` ranks per page.
    var related: [[Int]]?
    /// `index.config.basePath`, read once: every page's ``Linker`` needs it, and the property
    /// parses the base URL with Foundation each time it is read (0.4% of a cold build of 10,000
    /// articles, `perf`). Only the articles of `index` change after `init` (``QuickPage``).
    let basePath: String

    struct Outline: Sendable {
        var headings: [RenderedMarkdown.Heading]
        var wordCount: Int
    }

    init(index: SiteIndex, summaries: [String], outlines: [Outline]? = nil) {
        self.index = index
        self.summaries = summaries
        self.outlines = outlines ?? Array(repeating: Outline(headings: [], wordCount: 0), count: index.articles.count)
        let dates = index.translations.dateFormatter(index.config.timeZone)
        self.dates = dates
        let published = Article.fields(of: index.articles, \.date).map(dates.isoAndText)
        self.dateISO = published.map(\.iso)
        self.dateText = published.map(\.text)
        self.structuredData = StructuredData(config: index.config, dates: dates)
        self.basePath = index.config.basePath
    }

    var config: SiteConfig { index.config }
    var t: Translations { index.translations }

    func site(_ linker: Linker, current: SitePath?) -> SiteView {
        var nav = [NavItemView(title: t.text("navStart"), url: linker.url(.root), current: current == .root)]
        for kind in index.kinds {
            nav.append(NavItemView(title: kind.name, url: linker.url(kind.path), current: current.map { $0.isInside(kind.path) } ?? false))
        }
        nav.append(NavItemView(title: t.text("navRegions"), url: linker.url(index.regionsOverview),
                               current: current.map { $0.isInside(index.regionsOverview) } ?? false))
        nav.append(NavItemView(title: t.text("navTags"), url: linker.url(index.tagsOverview),
                               current: current.map { $0.isInside(index.tagsOverview) } ?? false))
        let archiveURL = linker.url(index.archiveOverview)
        return SiteView(
            title: config.title, description: config.description, language: config.language,
            homeURL: linker.url(.root), stylesheetURL: linker.file(["css", "site.css"]),
            tagsURL: linker.url(index.tagsOverview), regionsURL: linker.url(index.regionsOverview), archiveURL: archiveURL,
            searchURL: config.search.enabled ? linker.url(SearchSettings.path) : nil, nav: nav,
            publisherName: config.publisher?.name, publisherURL: config.publisher?.url,
            accessibilityURL: config.accessibilityURL, locale: OpenGraphLocale.of(language: config.language))
    }

    /// A page's head: its title, description, addresses, the feeds it announces (a list page's
    /// `term` first, then the site's) and what sharing it shows (the site's share image); article
    /// pages add theirs in ``articlePage(_:_:)``.
    func page(title: String?, description: String, path: SitePath, _ linker: Linker, term: TermPage? = nil) -> PageView {
        let image = siteShareImage()
        return PageView(title: title.map { "\($0) – \(config.title)" } ?? config.title,
                        description: description.isEmpty ? config.description : description,
                        canonicalURL: config.absoluteURL(path), isHome: path == .root, noindex: false,
                        shareTitle: title ?? config.title, ogType: "website", image: image,
                        twitterCard: Self.twitterCard(image), tags: [], feeds: feedLinks(linker, term: term))
    }

    func card(_ number: Int, _ linker: Linker) -> CardView {
        let article = index.articles[number]
        return CardView(
            title: article.title, url: linker.url(article.path),
            dateISO: dateISO[number], dateText: dateText[number],
            kindName: article.kind.singular, kindURL: index.kindPaths[article.kind.key].map(linker.url),
            summary: summaries[number],
            regions: regionLinks(article, linker),
            image: article.image.map { image(of: article, $0, linker) })
    }

    func image(of article: Article, _ image: ArticleImage, _ linker: Linker) -> ImageView {
        ImageView(url: linker.asset(image.source, of: article), alt: image.alt, caption: image.caption,
                  width: image.width, height: image.height)
    }

    /// Links to the article's regions that have a page (an out-of-date article's region may have
    /// no listed article and so no page).
    func relatedLink(_ number: Int, _ linker: Linker) -> RelatedView {
        let article = index.articles[number]
        return RelatedView(title: article.title, url: linker.url(article.path), dateISO: dateISO[number],
                           dateText: dateText[number], kindName: article.kind.singular)
    }

    func regionLinks(_ article: Article, _ linker: Linker) -> [LinkView] {
        article.regions.compactMap { region in
            index.regionsBySlug[region.slug].map { LinkView(name: region.name, url: linker.url($0.path)) }
        }
    }

    func tagLinks(_ article: Article, _ linker: Linker) -> [LinkView] {
        article.tags.compactMap { tag in
            index.tagsBySlug[tag.slug].map { LinkView(name: $0.name, url: linker.url($0.path)) }
        }
    }
}

extension SitePath {
    /// True for this path and every path below it; the root contains only itself here, so
    /// "Start" is not current on every page.
    func isInside(_ other: SitePath) -> Bool {
        other == .root ? self == .root : segments.starts(with: other.segments)
    }
}
