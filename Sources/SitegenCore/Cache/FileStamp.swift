import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of an article file: enough to know, without reading it, that it is the
/// file the build cache read last time, as git's index and Make do.
///
/// A stamp is taken before the file is read and kept with its cache entry. A later build trusts
/// an equal stamp only when the file had not been changed for a while when the stamp was taken
/// (``isSettled``): a file changed twice within one tick of the file system's clock, with the
/// same size, would otherwise keep its old stamp ("racily clean", in git's words). Any other
/// file is read and its bytes hashed, as before. A fresh clone in CI has new inodes and times,
/// so its first build reads every file once and finds the cache by the bytes' hash.
struct FileStamp: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// Modification and status-change times, in nanoseconds since 1970.
    var modified: Int64
    var changed: Int64
    /// When the stamp was taken, in nanoseconds since 1970.
    var taken: Int64

    /// How long a file must have been left alone before its stamp is trusted.
    static let settling: Int64 = 2_000_000_000

    /// The stamp of the file at `path` now; nil when it cannot be read.
    static func of(_ path: String) -> FileStamp? {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                         modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                         changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                         taken: Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec))
    }

    /// Whether the file had been left alone long enough when the stamp was taken.
    var isSettled: Bool {
        max(modified, changed) < taken - Self.settling
    }

    /// Whether `now` (a newer stamp of the same path) shows the same file, unchanged since this
    /// settled stamp was taken.
    func vouches(for now: FileStamp) -> Bool {
        isSettled && device == now.device && inode == now.inode && size == now.size
            && modified == now.modified && changed == now.changed
    }
}
