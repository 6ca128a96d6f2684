import Foundation

/// Watches a site's sources and tells of each settled change, found by comparing
/// ``SourceSnapshot``s.
///
/// When ``SourceWakeups`` (inotify) says something moved, only the files its events named are
/// looked at (a whole scan when they named a folder); else everything is scanned every
/// `interval`: polling alone, portable and simple, kept a quarter of a core busy at 10,000
/// articles (a scan took ~27 ms), so on Linux it is only the fallback. Comparing snapshots
/// rather than trusting events sees a file replaced by rename (as many editors save) like
/// any other change. After a change it waits until a scan `settle` later finds nothing new (a
/// `git checkout` writes many files over a while), so one save, or one checkout, is one rebuild.
public struct SourceWatcher: Sendable {
    public var source: URL
    public var interval: Duration
    public var settle: Duration

    /// Whether to poll even where inotify is there (for tests of the fallback).
    public var polling: Bool

    public init(source: URL, interval: Duration = .milliseconds(100), settle: Duration = .milliseconds(40), polling: Bool = false) {
        self.source = source
        self.interval = interval
        self.settle = settle
        self.polling = polling
    }

    /// The changed paths of each settled change, from `baseline` on (taken before the first
    /// build, so an edit made during it is not missed). Each element means "build again": one
    /// that comes while the reader is still building replaces any not yet read, so edits made
    /// during a build make one more build, not one each. Ends when the reader stops reading.
    public func changes(from baseline: SourceSnapshot) -> AsyncStream<[String]> {
        let (stream, continuation) = AsyncStream<[String]>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let watcher = self
        let wakeups = polling ? nil : SourceWakeups(source: source)
        let task = Task {
            var wakes = wakeups?.wakes.makeAsyncIterator()
            var seen = baseline
            var pending: Set<String> = []
            // The first scan at once: the baseline may be older than the wakeups' watches.
            var first = true
            while !Task.isCancelled {
                let scanAll = first || wakes == nil
                if first {
                    first = false
                } else if !pending.isEmpty {
                    try? await Task.sleep(for: watcher.settle)
                } else if wakes != nil {
                    guard await wakes?.next() != nil else { break }
                } else {
                    try? await Task.sleep(for: watcher.interval)
                }
                let changed: [String]
                // The first scan, polling, and events that named folders look at everything.
                let named = wakeups?.take()
                if !scanAll, case .paths(let paths)? = named, let updated = seen.update(paths, source: watcher.source) {
                    changed = updated
                } else if !scanAll, named == nil {
                    changed = []
                } else {
                    let now = SourceSnapshot.take(of: watcher.source)
                    changed = now.changes(since: seen)
                    seen = now
                }
                if !changed.isEmpty {
                    pending.formUnion(changed)
                } else if !pending.isEmpty {
                    continuation.yield(pending.sorted())
                    pending = []
                }
            }
            wakeups?.stop()
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel(); wakeups?.stop() }
        return stream
    }
}
