import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder's modification time and inode, as ``StagingFolder/publish(durable:workers:)``
/// left it: kept in the output manifest, so that two builds later, when the folder is part of
/// the spare, its entries are known without listing it.
///
/// A folder's modification time changes whenever a name in it is made, removed or renamed
/// (POSIX). So a folder that still has the recorded time and inode holds exactly the names it
/// held when it was stamped: the files the manifest lists in it and the folders stamped under
/// it. Sweeping a reused spare then means unlinking the files the new build did not write,
/// by name, instead of listing all 17,000 folders of a 10,000-article site, which was a sixth
/// of a one-edit rebuild.
///
/// A time is trusted only when it is older than the file system's clock can tell apart from
/// "now" (``settled(now:)``): a name added in the same clock tick as the folder's last change
/// by the build would otherwise leave the time as recorded. Those folders are stamped
/// ``unknown`` and listed next time, as is every folder that changed in any way.
struct FolderStamp: Sendable, Equatable {
    /// Nanoseconds since 1970.
    var modified: Int64
    var inode: UInt64

    /// A folder that must be listed: no folder on disk has inode 0.
    static let unknown = FolderStamp(modified: 0, inode: 0)

    /// The stamp of the folder at `path` (relative to `base` if given), if it is a folder.
    /// Relative to the site's folder, the kernel walks three names instead of eight: checking
    /// a 10,000-article site's 17,000 folders by their full paths took as long as listing them.
    static func read(_ path: String, in base: OpenFolder? = nil) -> FolderStamp? {
        var info = stat()
        guard fstatat(base?.descriptor ?? AT_FDCWD, path, &info, AT_SYMLINK_NOFOLLOW) == 0,
              (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FolderStamp(modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                           inode: UInt64(info.st_ino))
    }

    /// Whether a change made after `now` is sure to give the folder another modification time.
    /// Linux stamps files from a clock that advances once per tick (at most 10 ms), so a time
    /// more than 50 ms before `now` cannot be given again. A file system that keeps whole
    /// seconds (no nanoseconds in any time) is given two seconds, for FAT's two-second times.
    func settled(now: Int64) -> Bool {
        let margin: Int64 = modified % 1_000_000_000 == 0 ? 2_000_000_000 : 50_000_000
        return modified < now - margin
    }
}

/// Which folder is at a path, and whether it was renamed since: its inode and its status-change
/// time, which every rename of the folder itself moves on.
struct FolderIdentity: Sendable, Equatable {
    var inode: UInt64
    var changed: Int64

    static func read(_ path: String) -> FolderIdentity? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FolderIdentity(inode: UInt64(info.st_ino),
                              changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
    }
}

/// The folders of a site, by path inside it (`""` for the site's own folder).
enum SiteFolders {
    /// Every folder that holds one of `paths` (files, by path inside the site), and every folder
    /// above it, with the site's own folder (`""`).
    static func holding(_ paths: some Collection<String>) -> Set<String> {
        var folders: Set<String> = [""]
        folders.reserveCapacity(paths.count)
        for path in paths {
            // From the deepest folder up, stopping at one already known: its parents are too.
            var end = path.utf8.endIndex
            while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
                guard folders.insert(String(path[..<slash])).inserted else { break }
                end = slash
            }
        }
        return folders
    }

    /// The folder that holds `path` (`""` for a file at the top).
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// The folders of `stamps` under `root` that are still as stamped, with their stamps, and
    /// the others, checked on `workers` threads (one `fstatat` each). Both, since a build needs
    /// both (to keep files, and to list folders), and sorting them out again from the first
    /// took two passes of 17,000 lookups.
    static func unchanged(_ stamps: PathTable<FolderStamp>, under root: String,
                          workers: Int) -> (unchanged: PathTable<FolderStamp>, changed: [String]) {
        // A site folder that cannot be opened has no folder as stamped.
        guard let base = OpenFolder(root) else { return ([:], Array(stamps.keys)) }
        // Folders with their stamps, not looked up again by name: 17,000 lookups.
        let folders = Array(stamps)
        let same = ParallelMap.map(folders, workers: workers) { folder, stamp in
            stamp != .unknown && FolderStamp.read(folder.isEmpty ? "." : folder, in: base) == stamp
        }
        var unchanged = PathTable<FolderStamp>()
        var changed: [String] = []
        unchanged.reserveCapacity(folders.count)
        for ((folder, stamp), isSame) in zip(folders, same) {
            if isSame { unchanged[folder] = stamp } else { changed.append(folder) }
        }
        return (unchanged, changed)
    }

    /// Stamps for `folders` under `root` as they are now: `kept`'s stamp for a folder it gives
    /// one for (one nothing has changed since it was stamped), ``FolderStamp/unknown`` for a
    /// folder whose time is not settled, or that is `doubtful` (it may hold a name the manifest
    /// does not list), read from disk for the others. A list, not a table: it is only written
    /// out (a table of 85,000 folders at 50,000 articles, and one of the kept ones beside it,
    /// were 20 MB of the peak).
    /// The folders are sorted out on `workers` threads: three lookups for each of 17,000 were
    /// the last hundredth of a second of a one-edit rebuild, on one core (`perf`, by time).
    static func stamps(_ folders: Set<String>, under root: String, kept: @Sendable (String) -> FolderStamp? = { _ in nil },
                       doubtful: Set<String>, workers: Int) -> [(String, FolderStamp)] {
        var stamps: [(String, FolderStamp)] = []
        stamps.reserveCapacity(folders.count)
        var read: [String] = []
        for (known, unknown) in ParallelMap.slices(Array(folders), workers: workers, { part -> ([(String, FolderStamp)], [String]) in
            var known: [(String, FolderStamp)] = [], unknown: [String] = []
            for folder in part {
                // Asked only when there are any: an empty set still hashes the name.
                if !doubtful.isEmpty, doubtful.contains(folder) {
                    known.append((folder, .unknown))
                } else if let stamp = kept(folder) {
                    known.append((folder, stamp))
                } else {
                    unknown.append(folder)
                }
            }
            return (known, unknown)
        }) {
            stamps += known
            read += unknown
        }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        // A site folder that cannot be opened has its folders listed next time.
        let base = OpenFolder(root)
        let found = ParallelMap.map(read, workers: workers) { folder -> FolderStamp in
            guard let base, let stamp = FolderStamp.read(folder.isEmpty ? "." : folder, in: base),
                  stamp.settled(now: nanoseconds) else { return .unknown }
            return stamp
        }
        stamps += zip(read, found).map { ($0, $1) }
        return stamps
    }
}
