import Foundation

/// Phase 1's article loading through the build cache: an article whose key and file
/// observations are unchanged is taken from the cache, messages and rendered Markdown included;
/// any other is loaded by ``ArticleLoader`` and becomes this build's entry.
///
/// It collects this build's entries as it goes; phase 3 adds the bodies it rendered, and
/// ``save()`` writes them all, so entries of deleted files are dropped.
struct CachingArticleLoader: Sendable {
    let loader: ArticleLoader
    let keys: ArticleCacheKeys
    let folder: URL
    private let previous: [String: ArticleCacheEntry]
    /// This build's entries by source path.
    private(set) var entries: [String: ArticleCacheEntry] = [:]
    /// Articles taken from the cache in this build.
    private(set) var reused = 0
    /// The shards whose entries this build changed: only they are written again.
    private var changedShards: Set<Int> = []

    /// Reads the cache in `folder`; a missing or unusable one gives a cold build.
    init(loader: ArticleLoader, folder: URL, keys: ArticleCacheKeys, session: BuildSession? = nil) {
        self.loader = loader
        self.keys = keys
        self.folder = folder
        previous = session?.entries(folder: folder, salt: keys.salt) ?? ArticleCache.read(folder: folder, salt: keys.salt)
    }

    /// What ``ArticleLoader/load(_:)`` returns for `source`, from the cache when it can.
    mutating func load(_ source: ContentSource) -> (Article?, [Diagnostic]) {
        record(attempt(source))
    }

    /// One article looked up or loaded, not yet recorded: made on any thread, recorded in order.
    struct Attempt: Sendable {
        var source: ContentSource
        var result: (Article?, [Diagnostic])
        /// This build's entry for the file; nil when the file could not be read.
        var entry: ArticleCacheEntry?
        var reused: Bool
    }

    /// Looks `source` up in the cache, or loads it; changes nothing, so articles can be
    /// attempted in parallel and recorded afterwards with ``record(_:)``.
    func attempt(_ source: ContentSource) -> Attempt {
        let contents: Data
        switch SourceText.readBytes(file: source.file, relativePath: source.relativePath) {
        case .success(let read): contents = read
        case .failure(let problem): return Attempt(source: source, result: (nil, [problem]), entry: nil, reused: false)
        }
        let key = keys.key(for: source, contents: contents, gitDates: loader.gitDates.files[source.relativePath])
        if var entry = previous[source.relativePath], entry.key == key,
           FileProbe.stillHolds(entry.observations, siteRoot: loader.siteRoot),
           entry.restoreBody(from: contents) {
            // The same names, under this build's site folder, which may have moved.
            entry.article?.bundleFiles = source.bundleFiles
            return Attempt(source: source, result: (entry.article, entry.diagnostics), entry: entry, reused: true)
        }
        var probe = FileProbe(siteRoot: loader.siteRoot)
        let result: (Article?, [Diagnostic])
        var bodyOffset: Int?
        switch SourceText.decode(contents, relativePath: source.relativePath) {
        case .success(let text):
            result = loader.load(text, source: source, probe: &probe)
            bodyOffset = result.0.flatMap { ArticleCacheEntry.offset(of: $0.body, in: text.text) }
        case .failure(let problem):
            result = (nil, [problem])
        }
        let entry = ArticleCacheEntry(
            sourcePath: source.relativePath, key: key, observations: probe.observations,
            article: result.0, bodyOffset: bodyOffset, diagnostics: result.1, rendered: nil)
        return Attempt(source: source, result: result, entry: entry, reused: false)
    }

    /// Keeps an attempt's entry for this build (nothing to key on when the file could not be
    /// read: not cached) and returns what loading gave.
    mutating func record(_ attempt: Attempt) -> (Article?, [Diagnostic]) {
        guard let entry = attempt.entry else { return attempt.result }
        entries[attempt.source.relativePath] = entry
        if attempt.reused {
            reused += 1
        } else {
            changedShards.insert(ArticleCache.shard(of: attempt.source.relativePath))
        }
        return attempt.result
    }

    /// The cached rendering of an article's body, when its entry has one.
    func rendered(_ article: Article) -> RenderedMarkdown? {
        entries[article.sourcePath]?.rendered
    }

    /// Keeps what phase 3 rendered with the articles' entries.
    mutating func record(_ rendered: RenderedMarkdown, for article: Article) {
        entries[article.sourcePath]?.rendered = rendered
        changedShards.insert(ArticleCache.shard(of: article.sourcePath))
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
        let used = Set(entries.keys.map(ArticleCache.shard(of:)))
        shards.formUnion(Set(0..<ArticleCache.shardCount).subtracting(used))
        let sorted = entries.values.sorted { $0.sourcePath < $1.sourcePath }
        do throws(OutputError) {
            try ArticleCache.write(sorted, salt: keys.salt, folder: folder, shards: shards)
            return nil
        } catch {
            guard case .cannotWrite(let path, let reason) = error else { return nil }
            return .warning("the build cache could not be written to '\(path)': \(reason)", at: nil,
                            hint: "the site was built; the next build reads every article again. Give a folder you may write with --cache-dir, or turn the cache off with --no-cache")
        }
    }
}
