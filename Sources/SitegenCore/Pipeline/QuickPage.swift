import Foundation

/// `sitegen serve`'s first answer to a saved article: its page, made again from the last
/// preview build in a few milliseconds, so the open tab shows the edit at once; the full build
/// follows and makes everything else (feeds, search index, report), as Hugo's and Zola's
/// servers re-render the edited page first.
///
/// A successful preview build leaves a ``Base`` in its ``BuildSession``: the index, every
/// body as published, the view builder and the templates. The page is made only when it is
/// certain to be the page the full build then writes, byte for byte, and when the full build
/// cannot then fail because of it. Otherwise the quick page is declined, with the reason, and
/// only the full build runs. It is declined when
/// - the last preview build failed or there is none (no base), or another build holds the
///   preview folder;
/// - anything but articles the last build published changed: `site.yml`, templates, `static/`,
///   a bundle's files, a new or deleted article, or more than ``limit`` articles at once;
/// - an article's front matter changed in any field, or the file has an error;
/// - its summary changed (lists, feeds and other pages show it);
/// - one of its heading ids is gone (another article may link to it);
/// - a link or image in its body leads nowhere;
/// - a scheduled article's moment has come since the last build.
///
/// What an edit changes on other pages (a reading time on a list, say) comes with the full
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
        views.preview = options.now
        var numbers: [Int] = []
        for path in changed {
            guard let old = base.articles[path], let number = base.targets.articles[path] else {
                return .declined("'\(path)' is not an article of the last build")
            }
            let (loaded, problems) = base.loader.load(.article(path, siteRoot: options.source, bundleFiles: old.bundleFiles))
            guard var article = loaded, !problems.hasErrors else { return .declined("'\(path)' has errors") }
            let rendered = base.renderer.render(article.body)
            article.body = ""
            guard article == old else { return .declined("the front matter of '\(path)' changed") }
            guard Build.summary(of: article, body: rendered) == views.summaries[number] else {
                return .declined("the summary of '\(path)' changed")
            }
            let body = BodyLinks.rewrite(rendered, of: number, targets: base.targets)
            guard ContentChecks.anchors(of: base.bodies[number]).isSubset(of: ContentChecks.anchors(of: body)) else {
                return .declined("a heading of '\(path)' was renamed or removed")
            }
            bodies[number] = body
            views.outlines[number] = ViewBuilder.Outline(headings: body.headings, wordCount: body.wordCount)
            numbers.append(number)
        }
        let checks = ContentChecks(targets: base.targets, bodies: bodies, summaries: views.summaries).run(only: numbers)
        guard !checks.problems.map(\.diagnostic).hasErrors else {
            return .declined("a link or image leads nowhere")
        }

        let lock: OutputLock
        do throws(OutputError) { lock = try OutputLock.take(for: options.output) } catch { return .declined("another build is writing the preview") }
        defer { withExtendedLifetime(lock) {} }
        var written: [String: UInt64] = [:]
        for number in numbers {
            let file = base.targets.index.articles[number].path.indexFile
            let page = base.templates.render("article", views.article(number, body: bodies[number].html))
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
