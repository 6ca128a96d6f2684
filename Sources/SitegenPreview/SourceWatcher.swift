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
    ///
    /// The watching runs on a thread of its own, waiting on the wakeups or sleeping, not on the
    /// concurrency pool: a build blocks the pool's threads (one per core) while it renders,
    /// and a watcher there saw nothing until they were free. With other builds running
    /// beside it (the test suite), that was more than thirty seconds.
    public func changes(from baseline: SourceSnapshot) -> AsyncStream<[String]> {
        let (stream, continuation) = AsyncStream<[String]>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let watcher = self
        let wakeups = polling ? nil : SourceWakeups(source: source)
        let reading = Reading()
        continuation.onTermination = { _ in
            reading.stop()
            wakeups?.stop()
        }
        Thread {
            watcher.watch(from: baseline, wakeups: wakeups, while: reading) { continuation.yield($0) }
            wakeups?.stop()
            continuation.finish()
        }.start()
        return stream
    }

    /// The loop of ``changes(from:)``, on its thread, until the reader stops or the wakeups end.
    private func watch(from baseline: SourceSnapshot, wakeups: SourceWakeups?, while reading: Reading,
                       _ tell: ([String]) -> Void) {
        var seen = baseline
        var pending: Set<String> = []
        // The first scan at once: the baseline may be older than the wakeups' watches.
        var first = true
        while reading.isOn {
            let scanAll = first || wakeups == nil
            if first {
                first = false
            } else if !pending.isEmpty {
                Self.sleep(settle)
            } else if let wakeups {
                guard wakeups.wait() else { break }
            } else {
                Self.sleep(interval)
            }
            let changed: [String]
            // The first scan, polling, and events that named folders look at everything.
            let named = wakeups?.take()
            if !scanAll, case .paths(let paths)? = named, let updated = seen.update(paths, source: source) {
                changed = updated
            } else if !scanAll, named == nil {
                changed = []
            } else {
                let now = SourceSnapshot.take(of: source)
                changed = now.changes(since: seen)
                seen = now
            }
            if !changed.isEmpty {
                pending.formUnion(changed)
            } else if !pending.isEmpty {
                tell(pending.sorted())
                pending = []
            }
        }
    }

    private static func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// Whether the stream is still read; set from the stream's termination, read on the
    /// watching thread.
    private final class Reading: @unchecked Sendable {
        private let lock = NSLock()
        private var on = true

        var isOn: Bool { lock.withLock { on } }

        func stop() { lock.withLock { on = false } }
    }
}
