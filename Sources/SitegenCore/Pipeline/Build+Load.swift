import Foundation

extension Build {
    /// What phase 1 produces.
    struct Loaded {
        var config: SiteConfig
        var templates: TemplateSet
        var articles: [Article]
        /// The articles' bodies rendered, by source path (``ArticleOutcome``).
        var bodies: PathTable<RenderedMarkdown>
        /// Drafts left out of this build.
        var drafts: Int
        var schedule: Schedule
        var translations: Translations
        /// `site.yml` as read, for ``Fingerprints``.
        var siteConfig: Data
        /// This build's cache entries, when the build has a cache; phase 3 adds to them.
        var cache: CachingArticleLoader?
        /// What read the articles, for ``QuickPage``.
        var loader: ArticleLoader
        /// Where the bodies rendered in this build are kept until they are used; `nil` when no
        /// file could be made for them (they are then kept in memory).
        var spill: BodyFile?
    }

    /// The articles' loader (with the dates from git when `site.yml` asks for them), and the
    /// build cache read when the build has one; and what reading the dates from git found.
    private static func articleLoader(_ config: SiteConfig, configBytes: Data, options: BuildOptions,
                                      damage: CacheDamage) -> (ArticleLoader, CachingArticleLoader?, [Diagnostic]) {
        var loader = ArticleLoader(config: config, siteRoot: options.source)
        var problems: [Diagnostic] = []
        if config.datesFromGit != nil {
            (loader.gitDates, problems) = GitDates.read(siteRoot: options.source, setting: config.datesFromGit)
        }
        let cache = options.cacheFolder.map { [loader] folder in
            CachingArticleLoader(loader: loader, folder: folder, keys: ArticleCacheKeys(
                siteConfig: configBytes, baseURL: options.baseURL, markdown: config.markdownOptions),
                session: options.session, workers: options.workers, damage: damage)
        }
        return (loader, cache, problems)
    }

    /// Phase 1: site.yml, templates and articles, each article's body rendered as it is loaded.
    /// Every file is read even when an earlier one failed, so one run reports all problems.
    func load(_ diagnostics: inout [Diagnostic]) -> Loaded? {
        let configFile = options.source.appendingPathComponent("site.yml")
        var config: SiteConfig?
        // Read once: the bytes are also the build cache's key.
        let configBytes = SourceText.readBytes(file: configFile, relativePath: "site.yml")
        switch configBytes.flatMap({ SourceText.decode($0, relativePath: "site.yml") }) {
        case .success(let text):
            let (loaded, problems) = SiteConfigLoader.load(text, siteRoot: options.source)
            config = loaded
            diagnostics += problems
        case .failure:
            diagnostics.append(.error("there is no site.yml in \(options.source.path)", at: nil,
                                      hint: "run sitegen in the site's folder, or give it with --source"))
        }
        if var loaded = config, let baseURL = options.baseURL {
            loaded.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            config = loaded
        }

        // The build cache (`.sitegen/cache/`, 73 MB at 10,000 articles) is read on this thread's
        // workers while another loads the templates and walks `content/`: one after the other,
        // the walk kept one core of two idle for a twentieth of a one-edit rebuild (`perf`, by
        // time). Not the other way round: the cache is read with `concurrentPerform`, which
        // libdispatch ran on one thread when called from the other side.
        let (options, settled) = (options, config)
        var (back, front) = ParallelMap.both({ () -> (ArticleLoader, CachingArticleLoader?, [Diagnostic])? in
            guard let config = settled else { return nil }
            return Self.articleLoader(config, configBytes: (try? configBytes.get()) ?? Data(), options: options,
                                      damage: cacheDamage)
        }, {
            let (templates, templateProblems) = TemplateSet.load(folder: options.source.appendingPathComponent("templates"))
            let (sources, walkProblems) = ContentWalker(siteRoot: options.source).walk()
            return (templates, templateProblems + walkProblems, sources)
        })
        let (templates, sources) = (front.0, front.2)
        diagnostics += front.1
        // Taken out of `back`, which would otherwise hold the cache's entries to the end of
        // this function, and free all 10,000 here, after ``CachingArticleLoader/forgetPrevious()``
        // meant to let them go on another core.
        guard let config, let (loader, cached, gitProblems) = back.take() else { return nil }

        let (translations, translationProblems) = TranslationLoader.load(
            folder: options.source.appendingPathComponent("templates/i18n"), language: config.language)
        diagnostics += translationProblems
        if let translations, let templates {
            diagnostics += templates.checkTranslationKeys(translations)
        }
        diagnostics += gitProblems
        var cache = cached
        var articles: [Article] = []
        var bodies: PathTable<RenderedMarkdown> = [:]
        var drafts = 0
        let renderer = MarkdownRenderer(options: config.markdownOptions)
        // Beside the output folder, where the staging folder will be; in the site folder while
        // the output's folder does not exist yet (it is made only when the build succeeds).
        let spill = BodyFile.spill(near: options.output.standardizedFileURL.deletingLastPathComponent())
            ?? BodyFile.spill(near: options.source)
        /// Keeps what loading one file gave: its problems, and the article unless it is a draft left out.
        func take(_ outcome: ArticleOutcome, of source: ContentSource) {
            diagnostics += outcome.problems
            guard let article = outcome.article else {
                // Content never vanishes silently: an article not loaded must come with an error.
                if !outcome.problems.hasErrors {
                    diagnostics.append(.error("the article could not be read", at: SourceLocation(file: source.relativePath),
                                              hint: "check its front matter against the README's reference"))
                }
                return
            }
            if article.draft, !options.includeDrafts {
                drafts += 1
            } else {
                articles.append(article)
                bodies[article.sourcePath] = outcome.rendered
            }
        }
        // Read, parsed and rendered on all cores (cmark-gfm serializes its parsing itself);
        // recorded in the walk's order, so messages and the cache do not depend on the number
        // of workers.
        articles.reserveCapacity(sources.count)
        bodies.reserveCapacity(sources.count)
        // Taken out of `cache` while it records, so that it is the only holder of the old
        // entries: a second (`if let reader = cache`) kept them alive to be freed at the end of
        // the block, on this thread, instead of on another core by `forgetPrevious`.
        if var reader = cache.take() {
            let attempts = ParallelMap.map(sources, workers: options.workers) { [reader] source in
                reader.attempt(source, renderer: renderer, spill: spill)
            }
            reader.reserve(attempts.count)
            for (source, attempt) in zip(sources, attempts) { take(reader.record(attempt), of: source) }
            ReleaseElsewhere.release(attempts)
            reader.forgetPrevious()
            cache = reader
        } else {
            let outcomes = ParallelMap.map(sources, workers: options.workers) { source in
                let (article, problems) = loader.load(source)
                var outcome = ArticleOutcome(article: article, problems: problems)
                outcome.render(with: renderer, spill: spill)
                return outcome
            }
            for (source, outcome) in zip(sources, outcomes) { take(outcome, of: source) }
        }
        if sources.isEmpty, !diagnostics.hasErrors {
            diagnostics.append(.warning("there are no articles in content/", at: nil,
                                        hint: "add an article: a .md file with front matter"))
        }
        guard let templates, let translations else { return nil }
        if config.search.enabled, !templates.names.contains("search") {
            diagnostics.append(.error("the template 'templates/search.mustache' is missing", at: nil,
                                      hint: "search is on: add the template (the default theme has one), or write 'search: false' in site.yml"))
            return nil
        }
        let schedule = Schedule(articles, now: options.now, includeFuture: options.includeFuture, policy: config.expired)
        return Loaded(config: config, templates: templates, articles: schedule.articles, bodies: bodies, drafts: drafts,
                      schedule: schedule, translations: translations, siteConfig: (try? configBytes.get()) ?? Data(), cache: cache,
                      loader: loader, spill: spill)
    }
}
