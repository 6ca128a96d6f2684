import Foundation

/// Watches a site's sources by polling ``SourceSnapshot``s, and tells of each settled change.
///
/// Polling, not inotify: it works the same on Linux and macOS, sees a file replaced by rename
/// (as many editors save) like any other change, needs no watch per folder as bundles come and
/// go, and costs a few milliseconds a scan at 10,000 articles. After a change it waits until a
/// scan `settle` later finds nothing new (a `git checkout` writes many files over a while), so
/// one save, or one checkout, is one rebuild.
public struct SourceWatcher: Sendable {
    public var source: URL
    public var interval: Duration
    public var settle: Duration

    public init(source: URL, interval: Duration = .milliseconds(100), settle: Duration = .milliseconds(40)) {
        self.source = source
        self.interval = interval
        self.settle = settle
    }

    /// The changed paths of each settled change, from `baseline` on (taken before the first
    /// build, so an edit made during it is not missed). Each element means "build again": one
    /// that comes while the reader is still building replaces any not yet read, so edits made
    /// during a build make one more build, not one each. Ends when the reader stops reading.
    public func changes(from baseline: SourceSnapshot) -> AsyncStream<[String]> {
        let (stream, continuation) = AsyncStream<[String]>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let watcher = self
        let task = Task {
            var seen = baseline
            var pending: Set<String> = []
            while !Task.isCancelled {
                try? await Task.sleep(for: pending.isEmpty ? watcher.interval : watcher.settle)
                let now = SourceSnapshot.take(of: watcher.source)
                let changed = now.changes(since: seen)
                seen = now
                if !changed.isEmpty {
                    pending.formUnion(changed)
                } else if !pending.isEmpty {
                    continuation.yield(pending.sorted())
                    pending = []
                }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
