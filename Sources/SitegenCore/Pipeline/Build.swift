import Foundation

/// `sitegen build`: content and templates in, a finished site out, in named phases.
///
/// 1. load      site.yml, templates and every article; all problems are collected
/// 2. resolve   order, tags, regions and kinds; every page's address is known and unique
/// 3. markdown  every body to HTML (cross-page facts such as summaries need all of them);
///              links to articles' files become their pages' addresses
///    check     links, anchors and images lead somewhere; accessibility warnings; the
///              editorial report (``Build+Check``, also all that `sitegen check` runs)
/// 4. render    every page into a staging folder, on all cores; then the feeds, the sitemap
///              and robots.txt
/// 5. search    the search index of the listed articles, split into files for the search page
/// 6. publish   the staging folder replaces the output folder in one step
///
/// Problems in phases 1-3 stop the build before anything is written, and the previous site
/// stays as it was.
public struct Build: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func run() async throws(BuildFailure) -> BuildReport {
        // A build killed between the two renames of a non-atomic swap left the old site aside.
        OutputSwap.recover(options.output.standardizedFileURL)
        var timer = PhaseTimer()
        let (checked, diagnostics) = await prepare(&timer)
        // The report is written also when a broken link stops the build, when it is wanted
        // most; it is not part of the output.
        var reportProblem: OutputError?
        if let checked {
            do throws(OutputError) { try ReportFile.write(checked.report, source: options.source) } catch { reportProblem = error }
        }
        guard let checked, !diagnostics.hasErrors else { throw BuildFailure(diagnostics: diagnostics) }
        let (loaded, resolved, texts) = (checked.loaded, checked.resolved, checked.texts)

        let written: (pages: Int, files: Int)
        do throws(OutputError) {
            if let reportProblem { throw reportProblem }
            written = try await write(loaded, resolved, texts, timer: &timer)
        } catch {
            throw BuildFailure(diagnostics: (diagnostics + [error.diagnostic]).sortedByLocation())
        }
        return BuildReport(articles: resolved.index.articles.count, pages: written.pages,
                           files: written.files, drafts: loaded.drafts, scheduled: loaded.schedule.scheduledCount,
                           expired: loaded.schedule.expired.count + loaded.schedule.removedCount,
                           nextChange: loaded.schedule.nextChange, warnings: diagnostics, phases: timer.phases)
    }

    /// What phase 2 produces: the site index, and the files and redirects checked against it.
    struct Resolved {
        var index: SiteIndex
        var files: FilePlan
        var redirects: [Redirect]
    }

    /// Phase 2: order, terms and addresses; no two pages, files or aliases in one place.
    func resolve(_ loaded: Loaded, _ diagnostics: inout [Diagnostic]) -> Resolved? {
        let (index, problems) = Resolver.resolve(loaded.articles, config: loaded.config, translations: loaded.translations,
                                                  expired: loaded.schedule.expired)
        diagnostics += problems
        let files = FilePlan.make(source: options.source, index: index)
        diagnostics += files.problems
        guard let index else { return nil }
        let redirects = RedirectPlan.make(index, otherFiles: files.owners)
        diagnostics += redirects.problems
        return Resolved(index: index, files: files, redirects: redirects.redirects)
    }

    /// What phase 3 produces, per article in the index's order.
    struct Texts {
        var bodies: [RenderedMarkdown]
        /// The writer's summary, else the text before <!--more-->, else the first paragraph, cut.
        var summaries: [String]
        /// The editorial report's page (`/_rapport/index.html`), made after the checks; `nil`
        /// with `report: false`.
        var reportPage: Data?
    }

    /// Phase 3: every body to HTML, and the summaries lists and feeds show. With `targets`,
    /// links to articles' files and addresses from the site's root get their pages' relative
    /// addresses.
    func markdown(_ index: SiteIndex, targets: SiteTargets? = nil) async -> Texts {
        let renderer = MarkdownRenderer(options: MarkdownOptions(rawHTML: index.config.rawHTML, smartPunctuation: index.config.smartPunctuation))
        let bodies = await Self.renderMarkdown(index.articles, with: renderer, workers: options.workers, targets: targets)
        let summaries = zip(index.articles, bodies).map { article, body in
            article.summary ?? body.beforeMore ?? Wording.summary(body.firstParagraph ?? "")
        }
        return Texts(bodies: bodies, summaries: summaries)
    }

    /// Phase 3: Markdown to HTML on all cores (cmark-gfm serializes the parsing part itself).
    static func renderMarkdown(_ articles: [Article], with renderer: MarkdownRenderer, workers: Int,
                               targets: SiteTargets? = nil) async -> [RenderedMarkdown] {
        await withTaskGroup(of: [(Int, RenderedMarkdown)].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    stride(from: worker, to: articles.count, by: workers).map { number in
                        let links = targets.map { LinkResolver(targets: $0, number: number) }
                        return (number, renderer.render(articles[number].body, rewrite: links.map { links in { links.rewritten($0) } }))
                    }
                }
            }
            var results = [RenderedMarkdown?](repeating: nil, count: articles.count)
            for await batch in group {
                for (index, rendered) in batch { results[index] = rendered }
            }
            return results.map { $0! }
        }
    }
}
