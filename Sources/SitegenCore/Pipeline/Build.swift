import Foundation

/// `sitegen build`: content and templates in, a finished site out, in named phases.
///
/// 1. load      site.yml, templates and every article, its body rendered to HTML as it is
///              read (``ArticleOutcome``); all problems are collected
/// 2. resolve   order, tags, regions and kinds; every page's address is known and unique
/// 3. markdown  the bodies in the index's order, and the summaries
///    check     links to articles' files become their pages' addresses; links, anchors and
///              images lead somewhere; accessibility warnings; the editorial report
///              (``Build+Check``, all of which `sitegen check` runs too)
/// 4. render    `static/` and bundle files, then every page into a staging folder, on all
///              cores; then the feeds, the sitemap and robots.txt; alongside all of it the
///              search index of the listed articles, begun once phase 3 has the bodies, is
///              finished and written (``Build+Write``)
/// 5. publish   the staging folder replaces the output folder in one step
///
/// Problems in phases 1-3 stop the build before anything is written, and the previous site
/// stays as it was.
///
/// Memory holds every article's front matter and what is read from its body, but not the
/// bodies themselves: each body's HTML and plain text go into a file as soon as it is rendered
/// (or stay in the build cache's file it was read from), and are read back when its page, a
/// feed entry or the search index needs them (``BodyFile``).
///
/// With a cache folder (``BuildOptions/cacheFolder``), phase 1 takes unchanged articles, their
/// bodies rendered, from the build cache (``CachingArticleLoader``), which is written after
/// phase 3 (`cache`).
public struct Build: Sendable {
    public let options: BuildOptions
    /// Where reading a body from the build cache notes damage (``CacheDamage``).
    let cacheDamage: CacheDamage

    public init(options: BuildOptions) {
        self.options = options
        cacheDamage = options.session?.cacheDamage ?? CacheDamage()
    }

    /// Builds the site. A body in the build cache found damaged when it was read (its shard's
    /// entries are checked when the shard is read, the bodies only when used: ``ArticleCache``)
    /// stops the build before it publishes; the shard is then removed and the site built again,
    /// its articles loaded from their files. Damage found again in that second build (a cache
    /// changing under the build) fails it.
    public func run() async throws(BuildFailure) -> BuildReport {
        if let report = try await attempt() { return report }
        let damaged = startOverWithoutDamagedShards()
        if var report = try await attempt() {
            report.damagedCacheFiles = damaged
            return report
        }
        startOverWithoutDamagedShards()
        throw BuildFailure(diagnostics: [OutputError.damagedCache(options.cacheFolder?.path ?? "").diagnostic])
    }

    /// After a build found damage in the build cache: the damaged shards go, and so do the
    /// entries a preview session kept from them.
    /// Returns the shards' paths.
    @discardableResult
    func startOverWithoutDamagedShards() -> [String] {
        options.session?.forgetEntries()
        return cacheDamage.removeDamagedFiles()
    }

    /// One build; `nil` when a body read from the build cache was damaged (``CacheDamage``):
    /// nothing was published, nor was the editorial report written from it.
    private func attempt() async throws(BuildFailure) -> BuildReport? {
        // A build killed between the two renames of a non-atomic swap left the old site aside.
        OutputSwap.recover(options.output.standardizedFileURL)
        // Made again below if this build succeeds; until then it would only hold memory.
        options.session?.quickBase = nil
        var timer = PhaseTimer()
        let (prepared, diagnostics) = await prepare(&timer, readingManifests: true, reusingReport: options.cacheFolder != nil,
                                                    indexingSearch: true)
        // Found while checking (a body's anchors, its links to rewrite): the checks' results,
        // errors included, and the editorial report would be made of an empty body.
        if cacheDamage.isFound {
            // Not left running past the build (it writes the search weights' cache).
            _ = await prepared?.searchIndexing?.value
            return nil
        }
        // The report is written also when a broken link stops the build, when it is wanted
        // most; it is not part of the output, and is written while the site is (a twentieth of
        // a one-edit rebuild, on one core). A report that cannot be written still fails the
        // build before it publishes.
        // A preview's report would count its drafts: .sitegen/report.json stays the site's.
        let source = options.source
        // Only when it is being made: otherwise report.json is the one of this build's sources.
        let reportWriting = options.preview ? nil : prepared.flatMap { prepared in
            prepared.reporting.making.map { making in
                Task { () -> OutputError? in
                    let made = await making.value
                    do throws(OutputError) {
                        try ReportFile.write(made.report, key: prepared.reporting.key, source: source)
                    } catch { return error }
                    return nil
                }
            }
        }
        guard let prepared, !diagnostics.hasErrors else {
            _ = await reportWriting?.value
            // Not left running past the build (it writes the search weights' cache).
            _ = await prepared?.searchIndexing?.value
            throw BuildFailure(diagnostics: diagnostics)
        }
        var (loaded, resolved) = (prepared.loaded, prepared.resolved)
        let texts = prepared.texts
        // The checks' results and the search index (its task holds it), for ``Abandon``: the
        // rest of `prepared` is freed as it goes. The index freed at the end was the last
        // hundredth of a second of a rebuild, on one core.
        let checks = (prepared.content, prepared.reporting, prepared.targets, prepared.searchIndexing)
        // Taken now, so nothing else of `prepared` is held past this line.
        let quickSession = options.preview ? options.session : nil
        let quickTargets = quickSession == nil ? nil : prepared.targets

        // What is not needed any more goes before the pages are made.
        let (cachedArticles, unreadArticles) = (loaded.cache?.reused ?? 0, loaded.cache?.unread ?? 0)
        let quickArticles = quickSession == nil ? [] : loaded.articles
        loaded.cache = nil
        loaded.articles = []
        loaded.schedule.articles = []

        let written: Written
        do throws(OutputError) {
            written = try await write(loaded, resolved, texts, search: prepared.searchIndexing, report: reportWriting,
                                      reporting: prepared.reporting, articleKeys: prepared.articleKeys,
                                      published: prepared.published, timer: &timer)
        } catch {
            // Also when the staging folder could not even be made: the report is on disk first.
            _ = await reportWriting?.value
            _ = await prepared.searchIndexing?.value
            if case .damagedCache = error, cacheDamage.isFound { return nil }
            throw BuildFailure(diagnostics: (diagnostics + [error.diagnostic]).sortedByLocation())
        }
        if let quickSession, let quickTargets {
            quickSession.quickBase = QuickPage.Base(
                output: options.output.standardizedFileURL.path, loader: loaded.loader,
                renderer: MarkdownRenderer(options: loaded.config.markdownOptions),
                articles: Dictionary(quickArticles.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first }),
                targets: quickTargets, bodies: texts.bodies, views: written.views, templates: loaded.templates,
                nextChange: loaded.schedule.nextChange?.date)
        }
        let report = BuildReport(articles: resolved.index.articles.count, pages: written.pages,
                                 files: written.files, drafts: loaded.drafts, scheduled: loaded.schedule.scheduledCount,
                                 expired: loaded.schedule.expired.count + loaded.schedule.removedCount,
                                 nextChange: loaded.schedule.nextChange, warnings: diagnostics,
                                 cachedArticles: cachedArticles, unreadArticles: unreadArticles, keptFiles: written.kept,
                                 changedFiles: written.changed, phases: timer.phases, peakMemory: timer.peaks,
                                 processorTime: timer.processor)
        // `prepared` too: it still holds what loading read (the build cache's entries of every
        // article); freed here, on one core after the site was published, it was 0.7% of a
        // one-edit rebuild's samples (`perf`: `destroy for Build.Checked` under `Build.run()`).
        Abandon.values((prepared, loaded, resolved, texts, written, checks), if: !options.freesMemory)
        return report
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

        /// Forgets the plain texts (the search index has taken what it needs of them). A body
        /// read from the build cache has none, and is left alone: setting its empty text again
        /// copied each of 10,000 bodies out of the box it shares with its cache entry, on every
        /// rebuild (``CopyOnWrite``).
        mutating func dropPlainText() {
            for number in bodies.indices where !bodies[number].plainTextStore.isEmpty {
                bodies[number].plainTextStore = BodyText()
            }
        }
    }

    /// Phase 3: the bodies, rendered in phase 1, in the index's order, and the summaries lists
    /// and feeds show.
    func markdown(_ index: SiteIndex, bodies: PathTable<RenderedMarkdown>) -> Texts {
        // Every published article was rendered in phase 1 (a cache entry without its body is
        // not used); an empty body in its place would publish the article without its text.
        // By index, and the summaries on all cores: mapping over the articles copied each whole
        // article, and this phase ran on one core.
        let articles = index.articles
        let ordered = Article.fields(of: articles, \.sourcePath).map { path in
            guard let body = bodies[path] else { preconditionFailure("\(path) was not rendered") }
            return body
        }
        let summaries = ParallelMap.map(Array(articles.indices), workers: options.workers) { number in
            Self.summary(of: articles[number], body: ordered[number])
        }
        return Texts(bodies: ordered, summaries: summaries)
    }

    /// The writer's summary, else the text before <!--more-->, else the first paragraph, cut
    /// (``RenderedMarkdown/firstParagraph``).
    static func summary(of article: Article, body: RenderedMarkdown) -> String {
        article.summary ?? body.beforeMore ?? body.firstParagraph ?? ""
    }

    /// What the search index is made from: each body's plain text (or only its hash, for one
    /// from the build cache), taken out of `texts`, which keep only the HTML (also without
    /// search); `nil` when the site has no search.
    func searchInput(_ index: SiteIndex, _ texts: inout Texts) -> [SearchBody]? {
        let bodies = texts.bodies.map { SearchBody(hash: $0.plainTextHash, stored: $0.hasPlainText ? $0.plainTextStore : nil) }
        texts.dropPlainText()
        return index.config.search.enabled ? bodies : nil
    }

    /// The search index of the listed articles from `bodies` (``searchInput(_:_:)``), begun in
    /// ``prepare(_:readingManifests:reusingReport:indexingSearch:gatheringExternalLinks:)`` and written with the pages
    /// (``write(_:_:_:search:report:reporting:articleKeys:published:timer:)``). With a cache folder, the
    /// articles' weights are kept there (``SearchWeightsCache``).
    func searchIndex(_ index: SiteIndex, summaries: [String], bodies: [SearchBody]) async -> SearchIndex {
        var bodies = bodies
        var weights = options.cacheFolder.map(SearchWeightsCache.read(folder:)) ?? SearchWeightsCache()
        let (siteRoot, paths) = (options.source, Article.fields(of: index.articles, \.sourcePath))
        let renderer = MarkdownRenderer(options: index.config.markdownOptions)
        let folder = options.cacheFolder
        let search = await SearchIndex.make(index, summaries: summaries, bodies: &bodies, workers: options.workers,
                                            weights: &weights, weighed: { weights in folder.map(weights.write(folder:)) }) { number in
            Self.plainText(of: paths[number], siteRoot: siteRoot, renderer: renderer)
        }
        return search
    }

    /// The plain text of an article's body, rendered again from its file: for a body from the
    /// build cache, which keeps only the text's hash, when its search weights must be made
    /// again (its title, summary or terms changed). `nil` when the file cannot be read.
    static func plainText(of sourcePath: String, siteRoot: URL, renderer: MarkdownRenderer) -> String? {
        guard case .success(let text) = SourceText.read(file: siteRoot.appendingPathComponent(sourcePath), relativePath: sourcePath),
              case .success(let read) = FrontMatterReader.read(text) else { return nil }
        return renderer.render(read.split.body).plainText
    }
}
