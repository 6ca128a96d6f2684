import Foundation

/// What a long-running process (`sitegen serve`) keeps between its builds: the build cache's
/// entries as the last build left them, so the next build does not read and decode them back
/// from the cache folder (~117 MB for 10,000 articles, a third of a rebuild's `load`); and what
/// the last successful preview build made, for ``QuickPage``.
///
/// Nothing is trusted more than a cache read from disk: every entry is still checked against
/// its article file's key and the files it looked at, and entries are used only for the same
/// cache folder and salt (sitegen, `site.yml`, `--base-url`, Markdown options). The cache folder
/// is written as before, so a `sitegen build` after the preview finds it.
public final class BuildSession: @unchecked Sendable {
    private let lock = NSLock()
    /// The folder by its path: two URLs of one folder can differ (a trailing slash is added when
    /// the folder exists as the URL is made).
    private var kept: (folder: String, salt: UInt64, entries: PathTable<ArticleCacheEntry>)?

    private var quick: QuickPage.Base?

    /// Where the texts of the kept entries' shards are noted when found damaged: the entries
    /// outlive the build that read them.
    let cacheDamage = CacheDamage()

    public init() {}

    /// Lets go of the kept entries: the next build reads the cache folder.
    func forgetEntries() {
        lock.withLock { kept = nil }
    }

    /// The last preview build's pages, index and templates while it is the last build and
    /// succeeded; a build that starts lets it go (it holds every body's HTML).
    var quickBase: QuickPage.Base? {
        get { lock.withLock { quick } }
        set { lock.withLock { quick = newValue } }
    }

    /// The last build's entries, if it used the same folder and salt.
    func entries(folder: URL, salt: UInt64) -> PathTable<ArticleCacheEntry>? {
        lock.withLock {
            guard let kept, kept.folder == folder.standardizedFileURL.path, kept.salt == salt else { return nil }
            return kept.entries
        }
    }

    /// Keeps a build's entries for the next build (they hold no Markdown).
    func keep(_ entries: PathTable<ArticleCacheEntry>, folder: URL, salt: UInt64) {
        lock.withLock { kept = (folder.standardizedFileURL.path, salt, entries) }
    }
}
