import Foundation

extension Build {
    /// Everything phases 1-3 and the checks produce: what the write phases need, and the report.
    struct Checked {
        var loaded: Loaded
        var resolved: Resolved
        var texts: Texts
        var content: ContentCheckResult
        /// The editorial report and its page (``Reporting``).
        var reporting: Reporting
        /// ``Fingerprints/articleKeys(_:workers:)`` of the index's articles.
        var articleKeys: [UInt64]
        /// The search index, being made since the bodies were ready (``Build/searchIndex(_:summaries:bodies:)``);
        /// `nil` for `sitegen check` and for a site without search.
        var searchIndexing: Task<SearchIndex, Never>?
        var targets: SiteTargets
        /// The published site's manifests, being read for the write phases (``StagingFolder/PublishedManifests``);
        /// `nil` for `sitegen check`, which writes nothing.
        var published: Task<StagingFolder.PublishedManifests, Never>?
    }

    /// Phases 1-3 and the checks: load, resolve, markdown (and the build cache's save), then
    /// the links of every body made to fit the site's addresses, its links, images and
    /// accessibility checked, and the editorial report. Shared by `sitegen build` (which
    /// writes the site when no error was found) and `sitegen check` (which writes nothing).
    ///
    /// Returns every problem found, in file order, warnings made errors with `--strict`; and
    /// what was made, unless load or resolve stopped it.
    /// With `readingManifests` (a build), the published site's manifests are read while the
    /// site is resolved and checked, which leave a core idle. With `reusingReport` (a build with
    /// a cache folder), the report is made only if `.sitegen/report.json` is not current, or
    /// later, if its page is needed (``Reporting``); otherwise it is made now. With
    /// `indexingSearch` (a build), the search index is begun as soon as the bodies are ready
    /// (``Checked/searchIndexing``): it needs nothing of the checks or the pages, and made
    /// while the pages were, it was the tail of a one-edit rebuild, with a serial part (the
    /// weights' cache written) where the other core idled. With `gatheringExternalLinks`
    /// (`sitegen check --external`), the bodies' `http(s)` addresses are gathered for visiting
    /// (``ContentCheckResult/externalLinks``); nothing else reads them.
    func prepare(_ timer: inout PhaseTimer, readingManifests: Bool = false, reusingReport: Bool = false,
                 indexingSearch: Bool = false, gatheringExternalLinks: Bool = false) async -> (Checked?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let loading = load(&diagnostics)
        timer.finish("load")
        guard var loaded = loading, !diagnostics.hasErrors else { return (nil, finish(diagnostics)) }
        let (output, manifest) = (options.output, options.manifestLocation)
        let published = readingManifests ? Task.detached { StagingFolder.PublishedManifests.readAhead(output: output, manifest: manifest) } : nil

        let resolved = resolve(loaded, &diagnostics)
        guard let resolved, !diagnostics.hasErrors else { return (nil, finish(diagnostics)) }
        timer.finish("resolve")

        var texts = markdown(resolved.index, bodies: loaded.bodies)
        loaded.bodies = [:]
        timer.finish("markdown")
        // The cache holds each body as rendered, before its links are made to fit this site's
        // addresses, which other articles decide; a broken link does not make it wrong.
        // Its changed shards are written while the site is checked: written first, they were
        // 6-9 ms of a one-edit rebuild of 10,000 articles on one core, with the other idle.
        // Awaited below, before anything asks whether a body read from the cache was damaged
        // (a shard is written again with the bodies of its old file).
        let saving = loaded.cache.map { cache in Task.detached { cache.save() } }
        loaded.cache?.keep(in: options.session)

        let index = resolved.index
        // The plain text leaves `texts` here; nothing below reads it.
        let searchIndexing = !indexingSearch ? nil : searchInput(index, &texts).map { bodies in
            let summaries = texts.summaries
            return Task { await searchIndex(index, summaries: summaries, bodies: bodies) }
        }
        let reportPage = index.config.reportPage
        if reportPage { diagnostics += ReportPage.collisions(resolved.files) }
        let targets = SiteTargets(index: index, siteRoot: options.source, files: resolved.files,
                                  redirects: resolved.redirects, reportPage: reportPage)
        texts.bodies = BodyLinks.rewrite(texts.bodies, targets: targets, workers: options.workers, spill: loaded.spill)
        let content = ContentChecks(targets: targets, bodies: texts.bodies, summaries: texts.summaries,
                                    gatheringExternalLinks: gatheringExternalLinks).run(workers: options.workers)
        diagnostics += content.problems.map(\.diagnostic)
        let now = options.now
        let articleKeys = Fingerprints.articleKeys(index.articles, workers: options.workers)
        let key = ReportKey.make(index, articleKeys: articleKeys, content: content, now: now)
        // A preview writes no report.json: only its page may need the report.
        let needed = !reusingReport || (!options.preview && !ReportFile.isCurrent(key: key, source: options.source))
        let reporting = Reporting(key: key, index: index, content: content, now: now,
                                  making: needed ? Task.detached { MadeReport.make(index, content: content, now: now) } : nil)
        timer.finish("check")
        if let saving {
            if let problem = await saving.value { diagnostics.append(problem) }
            // Only what the save took beyond the checks.
            timer.finish("cache")
        }
        return (Checked(loaded: loaded, resolved: resolved, texts: texts, content: content, reporting: reporting,
                        articleKeys: articleKeys, searchIndexing: searchIndexing, targets: targets, published: published),
                finish(diagnostics))
    }

    /// In file order; with `--strict`, every warning an error.
    func finish(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        (options.strict ? diagnostics.promotingWarnings() : diagnostics).sortedByLocation()
    }

    /// `sitegen check`: everything a build checks, and nothing written. With `external`, the
    /// `http(s)` links of the bodies are also visited (``ExternalLinkChecker``).
    public func check(external: ExternalLinkChecker? = nil) async -> CheckResult {
        var timer = PhaseTimer()
        var (checked, diagnostics) = await prepare(&timer, gatheringExternalLinks: external != nil)
        // Checked again without a shard whose body was found damaged (``run()``).
        if cacheDamage.isFound {
            startOverWithoutDamagedShards()
            (checked, diagnostics) = await prepare(&timer, gatheringExternalLinks: external != nil)
            if cacheDamage.isFound {
                startOverWithoutDamagedShards()
                diagnostics.append(OutputError.damagedCache(options.cacheFolder?.path ?? "").diagnostic)
            }
        }
        var result = CheckResult(diagnostics: diagnostics, articles: checked?.resolved.index.articles.count ?? 0,
                                 report: await checked?.reporting.made().report, externalLinks: 0)
        if let external, let links = checked?.content.externalLinks {
            result.diagnostics = finish(diagnostics + (await external.check(links)))
            result.externalLinks = links.count
        }
        return result
    }
}

/// A build's editorial report: its ``ReportKey``, what it is made from, and the report with its
/// page when they are being made.
///
/// The report is made on another core while the first pages are planned, and awaited where it
/// is used: made in `check`, the report and its page were a twentieth of a one-edit rebuild of
/// 10,000 articles, on one core with the other idle (`perf`, samples by time). In a build with
/// a cache folder it is not made at all when `.sitegen/report.json` is the one of this key and
/// the published page was made with it too (``Build/write(_:_:_:search:report:reporting:articleKeys:published:timer:)``).
struct Reporting: Sendable {
    let key: UInt64
    let index: SiteIndex
    let content: ContentCheckResult
    let now: Date
    /// Started as soon as the report was known to be needed: always for `sitegen check`, else
    /// when `.sitegen/report.json` must be written.
    let making: Task<MadeReport, Never>?

    /// The report and its page: the ones being made, else made now.
    func made() async -> MadeReport {
        if let making { return await making.value }
        return MadeReport.make(index, content: content, now: now)
    }
}

/// The editorial report, and its page (`/_rapport/index.html`) unless the site has `report:
/// false`.
struct MadeReport: Sendable {
    var report: EditorialReport
    var page: Data?

    static func make(_ index: SiteIndex, content: ContentCheckResult, now: Date) -> MadeReport {
        let report = EditorialReport.make(index, content: content, now: now)
        return MadeReport(report: report, page: index.config.reportPage ? ReportPage.html(report, config: index.config) : nil)
    }
}

/// What `sitegen check` found.
public struct CheckResult: Sendable {
    /// Every problem, in file order; with `--strict` the warnings are errors.
    public var diagnostics: [Diagnostic]
    /// The articles checked (those a build would publish).
    public var articles: Int
    /// The editorial report, unless the site could not be loaded.
    public var report: EditorialReport?
    /// How many different `http(s)` addresses were visited with `--external`.
    public var externalLinks: Int
}
