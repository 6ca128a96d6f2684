import Foundation

/// `sitegen build`: content and templates in, a finished site out, in named phases.
///
/// 1. load      site.yml, templates and every article; all problems are collected
/// 2. resolve   order, tags, regions and kinds; every page's address is known and unique
/// 3. markdown  every body to HTML (cross-page facts such as summaries need all of them)
/// 4. render    every page into a staging folder, on all cores; then the feeds, the sitemap
///              and robots.txt
/// 5. search    the search index of the listed articles, split into files for the search page
/// 6. publish   the staging folder replaces the output folder in one step
///
/// Problems in phases 1-2 stop the build before anything is written, and the previous site
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
        var diagnostics: [Diagnostic] = []
        let loaded = load(&diagnostics)
        timer.finish("load")
        guard let loaded, !diagnostics.hasErrors else { throw BuildFailure(diagnostics: diagnostics.sortedByLocation()) }

        let (resolved, resolveProblems) = Resolver.resolve(loaded.articles, config: loaded.config, translations: loaded.translations,
                                                             expired: loaded.schedule.expired)
        diagnostics += resolveProblems
        let files = FilePlan.make(source: options.source, index: resolved)
        diagnostics += files.problems
        let redirects = resolved.map { RedirectPlan.make($0, otherFiles: files.owners) } ?? (redirects: [], problems: [])
        diagnostics += redirects.problems
        guard let index = resolved, !diagnostics.hasErrors else { throw BuildFailure(diagnostics: diagnostics.sortedByLocation()) }
        timer.finish("resolve")

        let renderer = MarkdownRenderer(options: MarkdownOptions(rawHTML: index.config.rawHTML, smartPunctuation: index.config.smartPunctuation))
        let bodies = await Self.renderMarkdown(index.articles, with: renderer, workers: options.workers)
        // The writer's summary, else the text before <!--more-->, else the first paragraph, cut.
        let summaries = zip(index.articles, bodies).map { article, body in
            article.summary ?? body.beforeMore ?? Wording.summary(body.firstParagraph ?? "")
        }
        let outlines = bodies.map { ViewBuilder.Outline(headings: $0.headings, wordCount: $0.wordCount) }
        timer.finish("markdown")

        let jobs = PageJob.plan(index)
        let redirectFiles = RedirectFiles.make(redirects.redirects, config: index.config, index.translations)
        let views = ViewBuilder(index: index, summaries: summaries, outlines: outlines)
        let html = bodies.map(\.html)
        let discovery = DiscoveryFiles(index: index, summaries: summaries, bodies: html,
                                       sourceDate: options.sourceDate, staticFiles: files)
        var searchFiles = 0
        do throws(OutputError) {
            let staging = try StagingFolder.create(for: options.output)
            do throws(OutputError) {
                try files.copy(into: staging)
                try await PageWriter(views: views, templates: loaded.templates, bodies: html)
                    .write(jobs, into: staging, workers: options.workers)
                for (path, data) in redirectFiles { try staging.write(data, to: path) }
                try await discovery.write(into: staging, workers: options.workers)
                timer.finish("render")
                searchFiles = try await SearchFiles.write(index, summaries: summaries, texts: bodies.map(\.plainText),
                                                          workers: options.workers, into: staging)
                timer.finish("search")
                try staging.publish()
                try NextChangeFile.write(loaded.schedule.nextChange, timeZone: index.config.timeZone, source: options.source)
                timer.finish("publish")
            } catch {
                staging.discard()
                throw error
            }
        } catch {
            throw BuildFailure(diagnostics: (diagnostics + [error.diagnostic]).sortedByLocation())
        }
        return BuildReport(articles: index.articles.count, pages: jobs.count,
                           files: jobs.count + files.count + redirectFiles.count + discovery.count + searchFiles,
                           drafts: loaded.drafts, scheduled: loaded.schedule.scheduledCount,
                           expired: loaded.schedule.expired.count + loaded.schedule.removedCount,
                           nextChange: loaded.schedule.nextChange, warnings: diagnostics.sortedByLocation(), phases: timer.phases)
    }

    /// Phase 3: Markdown to HTML on all cores (cmark-gfm serializes the parsing part itself).
    static func renderMarkdown(_ articles: [Article], with renderer: MarkdownRenderer, workers: Int) async -> [RenderedMarkdown] {
        await withTaskGroup(of: [(Int, RenderedMarkdown)].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    stride(from: worker, to: articles.count, by: workers).map { ($0, renderer.render(articles[$0].body)) }
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
