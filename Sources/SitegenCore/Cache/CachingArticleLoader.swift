import Foundation

/// Phase 1's article loading through the build cache: an article whose key and file
/// observations are unchanged is taken from the cache, messages and rendered Markdown included;
/// any other is loaded by ``ArticleLoader``, rendered, and becomes this build's entry.
///
/// It collects this build's entries as it goes, and ``save()`` writes them, so entries of
/// deleted files are dropped. Entries hold no Markdown: the rendered body is all a build needs.
struct CachingArticleLoader: Sendable {
    let loader: ArticleLoader
    let keys: ArticleCacheKeys
    let folder: URL
    /// Threads for reading and writing the cache's shards.
    let workers: Int
    /// The entries the cache held, until every article is recorded (``forgetPrevious()``).
    private var previous: PathTable<ArticleCacheEntry>
    /// This build's entries by source path.
    private(set) var entries: PathTable<ArticleCacheEntry> = [:]
    /// Articles taken from the cache in this build.
    private(set) var reused = 0
    /// Of those, the ones whose file was not read (its stamp was vouched for).
    private(set) var unread = 0
    /// The shards whose entries this build changed: only they are written again.
    private var changedShards: Set<Int> = []
    /// Recorded entries of files the cache held an entry for: when they are all of its
    /// entries, no article was deleted (``forgetPrevious()``).
    private var recordedPrevious = 0

    /// Reads the cache in `folder`; a missing or unusable one gives a cold build. Its texts
    /// found damaged when read are noted in `damage`.
    init(loader: ArticleLoader, folder: URL, keys: ArticleCacheKeys, session: BuildSession? = nil, workers: Int = 1,
         damage: CacheDamage? = nil) {
        self.loader = loader
        self.keys = keys
        self.folder = folder
        self.workers = workers
        previous = session?.entries(folder: folder, salt: keys.salt)
            ?? ArticleCache.read(folder: folder, salt: keys.salt, workers: workers, damage: damage)
    }

    /// One article looked up or loaded, not yet recorded: made on any thread, recorded in order.
    /// What loading gave is the entry's: an attempt holds it once (attempts of every article
    /// are held at once).
    struct Attempt: Sendable {
        var sourcePath: String
        /// This build's entry for the file; nil when the file could not be read.
        var entry: ArticleCacheEntry?
        /// Why the file could not be read, when it could not.
        var problem: Diagnostic?
        var reused: Bool
        /// A reused entry with a new stamp worth keeping: its shard is written again.
        var restamped = false
        /// A reused entry whose file was not read.
        var unread = false
        /// Whether the cache held an entry for the file (used or not).
        var wasCached = false

        var outcome: ArticleOutcome {
            guard let entry else { return ArticleOutcome(article: nil, problems: problem.map { [$0] } ?? []) }
            return ArticleOutcome(article: entry.article, problems: entry.diagnostics, rendered: entry.rendered)
        }
    }

    /// Looks `source` up in the cache, or loads and renders it; changes nothing, so articles can
    /// be attempted in parallel and recorded afterwards with ``record(_:)``.
    func attempt(_ source: ContentSource, renderer: MarkdownRenderer, spill: BodyFile? = nil) -> Attempt {
        let cached = previous[source.relativePath]
        var attempt = attempt(source, cached: cached, renderer: renderer, spill: spill)
        attempt.wasCached = cached != nil
        return attempt
    }

    /// ``attempt(_:renderer:spill:)`` with the cache's entry for the file, if any.
    private func attempt(_ source: ContentSource, cached previous: ArticleCacheEntry?, renderer: MarkdownRenderer,
                         spill: BodyFile?) -> Attempt {
        let head = keys.head(for: source, gitDates: loader.gitDates.files[source.relativePath])
        let stamp = FileStamp.of(source.path)
        // A file whose stamp the entry vouches for is not read at all (see FileStamp).
        if var entry = previous, entry.head == head, let old = entry.stamp, let stamp, old.vouches(for: stamp),
           entry.rendered != nil || entry.article == nil,
           FileProbe.stillHolds(entry.observations, siteRoot: loader.siteRoot) {
            // Set only when it differs: setting it copies the article's box (``Article``), and
            // the old one was then freed with the previous entries, on one core.
            if entry.article?.bundleFiles != source.bundleFiles { entry.article?.bundleFiles = source.bundleFiles }
            return Attempt(sourcePath: source.relativePath, entry: entry, problem: nil, reused: true, unread: true)
        }
        let contents: Data
        switch SourceText.readBytes(file: source.file, relativePath: source.relativePath) {
        case .success(let read): contents = read
        case .failure(let problem): return Attempt(sourcePath: source.relativePath, entry: nil, problem: problem, reused: false)
        }
        let key = keys.key(head: head, contents: contents)
        if var entry = previous, entry.key == key,
           entry.rendered != nil || entry.article == nil,
           FileProbe.stillHolds(entry.observations, siteRoot: loader.siteRoot) {
            // The same names, under this build's site folder, which may have moved.
            entry.article?.bundleFiles = source.bundleFiles
            // A stamp for the next build, which then need not read the file; written only once
            // it is settled (a fresh clone's files are, a file saved a moment ago is not).
            entry.head = head
            entry.stamp = stamp
            return Attempt(sourcePath: source.relativePath, entry: entry, problem: nil, reused: true,
                           restamped: stamp?.isSettled == true)
        }
        var probe = FileProbe(siteRoot: loader.siteRoot)
        var outcome: ArticleOutcome
        switch SourceText.decode(contents, relativePath: source.relativePath) {
        case .success(let text):
            let (article, problems) = loader.load(text, source: source, probe: &probe)
            outcome = ArticleOutcome(article: article, problems: problems)
            outcome.render(with: renderer, spill: spill)
        case .failure(let problem):
            outcome = ArticleOutcome(article: nil, problems: [problem])
        }
        let entry = ArticleCacheEntry(
            sourcePath: source.relativePath, key: key, head: head, stamp: stamp, observations: probe.observations,
            article: outcome.article, diagnostics: outcome.problems, rendered: outcome.rendered)
        return Attempt(sourcePath: source.relativePath, entry: entry, problem: nil, reused: false)
    }

    /// Keeps an attempt's entry for this build (nothing to key on when the file could not be
    /// read: not cached) and returns what loading gave.
    mutating func record(_ attempt: Attempt) -> ArticleOutcome {
        guard let entry = attempt.entry else { return attempt.outcome }
        entries[attempt.sourcePath] = entry
        if attempt.wasCached { recordedPrevious += 1 }
        if attempt.reused {
            reused += 1
            if attempt.unread { unread += 1 }
            if attempt.restamped { changedShards.insert(ArticleCache.shard(of: attempt.sourcePath)) }
        } else {
            changedShards.insert(ArticleCache.shard(of: attempt.sourcePath))
        }
        return attempt.outcome
    }

    /// Lets go of the entries the cache held once every article is attempted and recorded,
    /// remembering the shards of the ones no file has any more (a deleted article): they are
    /// written again without it. Held to the end, they were a second copy of every entry (a
    /// 50,000-article rebuild peaked higher than a cold build).
    mutating func forgetPrevious() {
        // Looked for only when some are missing: 10,000 lookups on one core, between loading
        // and resolving, for the one article in many builds that was deleted.
        if recordedPrevious != previous.count {
            for path in previous.keys where entries[path] == nil { changedShards.insert(ArticleCache.shard(of: path)) }
        }
        // Let go of on another core: taking 10,000 entries apart here held up the build, which
        // resolves the site on one core next.
        ReleaseElsewhere.release(previous)
        previous = [:]
    }

    /// Makes room for `count` entries, so recording them does not grow the table again and again.
    mutating func reserve(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// Hands this build's entries to `session`, for the next build in the same process.
    func keep(in session: BuildSession?) {
        session?.keep(entries, folder: folder, salt: keys.salt)
    }

    /// Writes the shards whose entries changed (an article loaded or rendered anew, or one
    /// deleted), entries in path order so the files' bytes repeat. A cache that cannot be
    /// written costs the next build its speed, not its site: a warning.
    func save() -> Diagnostic? {
        var shards = changedShards
        for path in previous.keys where entries[path] == nil { shards.insert(ArticleCache.shard(of: path)) }
        guard !shards.isEmpty else { return nil }
        // Shards with no entry now go, whatever wrote them (another salt, deleted articles).
        // Each path's shard is found once, for both.
        let shardOf = entries.keys.map { ($0, ArticleCache.shard(of: $0)) }
        shards.formUnion(Set(0..<ArticleCache.shardCount).subtracting(shardOf.map(\.1)))
        // Only the paths of the shards written: sorting and copying all entries was most of
        // this phase after one edit.
        var paths: [Int: [String]] = [:]
        for (path, shard) in shardOf where shards.contains(shard) { paths[shard, default: []].append(path) }
        do throws(OutputError) {
            try ArticleCache.write(shards: shards, paths: paths, entries: entries, salt: keys.salt, folder: folder,
                                   workers: workers)
            return nil
        } catch {
            guard case .cannotWrite(let path, let reason) = error else { return nil }
            return .warning("the build cache could not be written to '\(path)': \(reason)", at: nil,
                            hint: "the site was built; the next build reads every article again. Give a folder you may write with --cache-dir, or turn the cache off with --no-cache")
        }
    }
}
