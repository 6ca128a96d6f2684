import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the staged site's files with plain POSIX calls, and makes them durable with one
/// `syncfs` before the swap instead of one `fsync` per file.
///
/// Foundation's `Data.write(to:)` calls `fsync` for every file: 17,000 of them for a
/// 10,000-article site, most of a build's time on a real disk. What needs to be durable is the
/// whole staged site at the moment it replaces the old one; one `syncfs` of its file system
/// gives exactly that, so a power cut after the swap cannot leave empty pages behind.
enum FileWriter {
    /// Creates or replaces the file with `bytes` (a `Data`, a `[UInt8]`, any contiguous
    /// bytes, written as they are); returns its manifest entry, with `hash`.
    @discardableResult
    static func write(_ bytes: some ContiguousBytes, to path: String, hash: UInt64 = 0) throws(OutputError) -> OutputManifest.Entry {
        let count = bytes.withUnsafeBytes(\.count)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .cannotWrite(path, reason: String(cString: strerror(failure))) }
        var info = stat()
        fstat(descriptor, &info)
        return OutputManifest.Entry(hash: hash, size: count,
                                    modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                                    inode: UInt64(info.st_ino))
    }

    /// Makes the folder and any missing parents, like `mkdir -p`. The parent usually exists,
    /// so this is one `mkdir` call; Foundation's `createDirectory(withIntermediateDirectories:)`
    /// checked every level first and was 7% of a 10,000-article build. Safe when two workers
    /// make the same folder at once: the loser sees `EEXIST`.
    static func makeFolder(_ path: String) throws(OutputError) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { throw .cannotWrite(path, reason: String(cString: strerror(ENOENT))) }
        try makeFolder(parent)
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        throw .cannotWrite(path, reason: String(cString: strerror(errno)))
    }

    private typealias SyncFS = @convention(c) (Int32) -> Int32

    /// glibc's `syncfs`, looked up at run time like `renameat2`: Swift's Glibc module lacks it.
    private static let syncfs: SyncFS? = {
        guard let symbol = dlsym(nil, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: SyncFS.self)
    }()

    /// Flushes everything written to the file system that holds `folder`; `sync()` where
    /// `syncfs` is missing.
    static func flush(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        if descriptor >= 0, let syncfs, syncfs(descriptor) == 0 { return }
        sync()
    }
}
