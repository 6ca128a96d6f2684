import Foundation
import SitegenCore
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watcher when something may have changed under the watched folders, so it scans
/// only then: inotify on Linux, on every folder under `content/`, `templates/` and `static/`
/// and on the site folder (for `site.yml`), folders made later included.
///
/// Each wake-up comes with the paths the events named (``take()``), so the watcher looks at
/// those files only (``SourceSnapshot/update(_:source:)``); whether they changed is still
/// decided by their size and time, so an event for a file no build reads costs nothing more.
/// A folder made, moved or removed, or events lost (the queue overflowed), means "look at
/// everything": a whole scan. Where inotify is missing or a folder cannot be watched (the
/// per-user watch limit), there is none and the watcher polls. The events are read on a thread
/// of its own, never on the concurrency pool the build uses.
final class SourceWakeups: @unchecked Sendable {
    /// Signalled after each batch of events, and once more when stopped.
    private let signal = DispatchSemaphore(value: 0)

    /// What the events since the last ``take()`` named.
    enum Named: Equatable {
        /// Paths relative to the site folder.
        case paths(Set<String>)
        case everything
    }

    private let pendingLock = NSLock()
    private var pending: Named?
    private let sourcePath: String

    /// What the events named since the last call, if anything.
    func take() -> Named? {
        pendingLock.withLock {
            defer { pending = nil }
            return pending
        }
    }

    private func note(_ named: Named) {
        pendingLock.withLock {
            switch (pending, named) {
            case (.paths(let old)?, .paths(let new)): pending = .paths(old.union(new))
            case (.everything?, _): break
            default: pending = named
            }
        }
    }
    #if canImport(Glibc)
    private let descriptor: Int32
    /// Watch descriptor to folder path; used only on the reading thread after `init`.
    private var folders: [Int32: String] = [:]
    /// The site folder's watch, which sees `site.yml` and the three folders come and go.
    private var siteWatch: Int32 = -1
    private let stopped = NSLock()
    private var isStopped = false
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
    #endif

    /// Waits until events came since the last wait, or the wakeups are stopped; false once
    /// stopped.
    func wait() -> Bool {
        signal.wait()
        #if canImport(Glibc)
        return !stopped.withLock { isStopped }
        #else
        return false
        #endif
    }

    init?(source: URL) {
        sourcePath = source.path
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        siteWatch = inotify_add_watch(descriptor, source.path, Self.mask)
        guard siteWatch >= 0 else { close(descriptor); return nil }
        folders[siteWatch] = source.path
        for name in SourceSnapshot.watched where name != "site.yml" {
            guard watchTree(source.path + "/" + name) else { close(descriptor); return nil }
        }
        Thread { [self] in readEvents() }.start()
        #else
        return nil
        #endif
    }

    func stop() {
        #if canImport(Glibc)
        stopped.withLock { isStopped = true }
        #endif
        signal.signal()
    }

    #if canImport(Glibc)
    /// Watches `path` and every folder below it that a build reads (``SourceSnapshot/watches(_:in:)``:
    /// not hidden ones, but for `static/`'s); false if a watch could not be added. A missing
    /// folder is fine: the site folder's own watch sees it come.
    private func watchTree(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return true }
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return false }
        folders[watch] = path
        for (name, type) in FolderEntries.list(path) {
            guard type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) else { continue }
            guard SourceSnapshot.watches(name, in: top(of: path)) else { continue }
            guard watchTree(path + "/" + name) else { return false }
        }
        return true
    }

    /// The watched folder (`content`, `static`, ...) that `path`, inside the site folder, is in.
    private func top(of path: String) -> String {
        String(path.dropFirst(sourcePath.count).drop { $0 == "/" }.prefix { $0 != "/" })
    }

    private func readEvents() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        defer { close(descriptor) }
        while !stopped.withLock({ isStopped }) {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 250) > 0 else { continue }
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { continue }
            var paths: Set<String> = []
            var everything = false
            var offset = 0
            while offset + 16 <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += 16 + length
                // A folder made or moved in (a new year, a page bundle) is watched from now on.
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                   let parent = folders[watch], watch == siteWatch ? SourceSnapshot.watched.contains(name)
                       : SourceSnapshot.watches(name, in: top(of: parent)) {
                    _ = watchTree(parent + "/" + name)
                }
                if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil }
                if watch < 0 || mask & UInt32(IN_Q_OVERFLOW | IN_ISDIR | IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
                    everything = true
                } else if let folder = folders[watch], !name.isEmpty, folder.hasPrefix(sourcePath) {
                    let relative = String(folder.dropFirst(sourcePath.count).drop { $0 == "/" })
                    paths.insert(relative.isEmpty ? name : relative + "/" + name)
                }
            }
            note(everything ? .everything : .paths(paths))
            signal.signal()
        }
    }
    #endif
}
