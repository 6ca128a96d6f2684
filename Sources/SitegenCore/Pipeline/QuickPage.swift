import Foundation

/// `sitegen serve`'s first answer to a saved article: its page, made again from the last
/// preview build in a few milliseconds, so the open tab shows the edit at once; the full build
/// follows and makes everything else (feeds, search index, report), as Hugo's and Zola's
/// servers re-render the edited page first.
///
/// A successful preview build leaves a ``Base`` in its ``BuildSession``: the index, every
/// body as published, the view builder and the templates. The body, and the front matter
/// fields the page only shows (``Shown``: title, summary, author, …), may change; the page is
/// made only when it is certain to be the page the full build then writes, byte for byte, and
/// when the full build cannot then fail because of it. Otherwise the quick page is declined,
/// with the reason, and only the full build runs. It is declined when
/// - the last preview build failed or there is none (no base), or another build holds the
///   preview folder;
/// - anything but articles the last build published changed: `site.yml`, templates, `static/`,
///   a bundle's files, a new or deleted article, or more than ``limit`` articles at once;
/// - a front matter field that places the article changed (date, kind, regions, tags, slug,
///   image file, attachments, aliases, dates of publishing or expiry, draft), or the file has
///   an error;
/// - its title changed while another article has the same date (titles order those);
/// - one of its heading ids is gone (another article may link to it);
/// - a link or image in its body leads nowhere;
/// - a scheduled article's moment has come since the last build.
///
/// What an edit changes on other pages (its title in lists, a reading time) comes with the full
/// build, which tells those pages' tabs to reload.
public enum QuickPage {
    /// At most this many articles saved at once; more is a checkout or a search-and-replace,
    /// which the full build handles.
    public static let limit = 8

    public enum Outcome: Sendable, Equatable {
        /// The pages written, by path inside the site, with the XXH64 of their bytes.
        case written([String: UInt64])
        /// Why no page was made: the full build makes it.
        case declined(String)
    }

    /// The front matter fields that do not place an article (its address, order, terms and
    /// files stay as they are): only pages that show it change, and of those the quick page
    /// makes the article's own.
    struct Shown: Equatable {
        var title: String
        var summary: String?
        var author: String?
        var organisation: String?
        var contacts: [Contact]
        var event: Event?
        var updated: Date?
        /// The lead image's words; its file places a copy and is read for its size.
        var imageAlt: String?
        var imageCaption: String?

        init(_ article: Article) {
            title = article.title
            summary = article.summary
            author = article.author
            organisation = article.organisation
            contacts = article.contacts
            event = article.event
            updated = article.updated
            imageAlt = article.image?.alt
            imageCaption = article.image?.caption
        }

        func apply(to article: inout Article) {
            article.title = title
            article.summary = summary
            article.author = author
            article.organisation = organisation
            article.contacts = contacts
            article.event = event
            article.updated = updated
            if let imageAlt { article.image?.alt = imageAlt }
            article.image?.caption = imageCaption
        }
    }

    /// What the last successful preview build leaves for the next quick page.
    struct Base: Sendable {
        /// The preview folder it was written to (standardized path).
        var output: String
        var loader: ArticleLoader
        var renderer: MarkdownRenderer
        /// The published articles as loaded (before resolving), by source path.
        var articles: [String: Article]
        var targets: SiteTargets
        /// Per article in the index's order, as published (links made to fit the site).
        var bodies: [RenderedMarkdown]
        var views: ViewBuilder
        var templates: TemplateSet
        /// When a scheduled article is published or expires.
        var nextChange: Date?
    }
}

extension Build {
    /// Makes the pages of the articles in `changed` (paths from the site folder, as
    /// `SourceSnapshot` gives them) again from the session's last preview build, and writes them
    /// into the preview folder; or says why not (``QuickPage``). Only for a preview with a
    /// session.
    public func quickPages(for changed: [String]) -> QuickPage.Outcome {
        guard options.preview, let base = options.session?.quickBase else { return .declined("no successful preview build to start from") }
        guard base.output == options.output.standardizedFileURL.path else { return .declined("the preview folder moved") }
        guard !changed.isEmpty, changed.count <= QuickPage.limit else { return .declined("\(changed.count) files changed") }
        if let next = base.nextChange, options.now >= next { return .declined("a scheduled article's moment has come") }

        var bodies = base.bodies
        var views = base.views
        var targets = base.targets
        views.preview = options.now
        var numbers: [Int] = []
        for path in changed {
            guard let old = base.articles[path], let number = targets.articles[path] else {
                return .declined("'\(path)' is not an article of the last build")
            }
            let (loaded, problems) = base.loader.load(.article(path, siteRoot: options.source, bundleFiles: old.bundleFiles))
            guard var article = loaded, !problems.hasErrors else { return .declined("'\(path)' has errors") }
            let rendered = base.renderer.render(article.body)
            article.body = ""
            let shown = QuickPage.Shown(article)
            var placed = article
            QuickPage.Shown(old).apply(to: &placed)
            guard placed == old else { return .declined("the front matter of '\(path)' places the article differently") }
            var published = targets.index.articles[number]
            guard QuickPage.Shown(published) == QuickPage.Shown(old) else { return .declined("'\(path)' is published as it was not loaded") }
            if shown.title != old.title, targets.index.articles.contains(where: { $0.date == old.date && $0.sourcePath != path }) {
                return .declined("another article has the date of '\(path)', and titles order them")
            }
            shown.apply(to: &published)
            var index = targets.index
            index.articles[number] = published
            targets = targets.with(index)
            views.index.articles[number] = published
            views.summaries[number] = Build.summary(of: article, body: rendered)
            let body = BodyLinks.rewrite(rendered, of: number, targets: targets)
            guard ContentChecks.anchors(of: base.bodies[number]).isSubset(of: ContentChecks.anchors(of: body)) else {
                return .declined("a heading of '\(path)' was renamed or removed")
            }
            bodies[number] = body
            views.outlines[number] = ViewBuilder.Outline(headings: body.headings, wordCount: body.wordCount)
            numbers.append(number)
        }
        let checks = ContentChecks(targets: targets, bodies: bodies, summaries: views.summaries, gatheringExternalLinks: false)
            .run(only: numbers)
        guard !checks.problems.map(\.diagnostic).hasErrors else {
            return .declined("a link or image leads nowhere")
        }

        let lock: OutputLock
        do throws(OutputError) { lock = try OutputLock.take(for: options.output) } catch { return .declined("another build is writing the preview") }
        defer { withExtendedLifetime(lock) {} }
        var written: [String: UInt64] = [:]
        for number in numbers {
            let file = targets.index.articles[number].path.indexFile
            let page = base.templates.render("article", views.article(number, body: UTF8Text(utf8: bodies[number].htmlText.utf8)))
            // Through a new file renamed into place: the published file may be a hard link
            // to the spare folder's.
            guard SealedFile.replace(options.output.appendingPathComponent(file), with: page) else {
                return .declined("'\(file)' could not be written")
            }
            written[file] = page.withUnsafeBytes { XXHash64.hash($0) }
        }
        return .written(written)
    }
}
