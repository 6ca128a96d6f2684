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
    /// Creates or replaces the file with `data`.
    static func write(_ data: Data, to path: String) throws(OutputError) {
        try write(contentsOf: data, to: path)
    }

    /// Creates or replaces the file with `bytes`, without copying them into a `Data` first.
    static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        try write(contentsOf: bytes, to: path)
    }

    private static func write(contentsOf bytes: some ContiguousBytes, to path: String) throws(OutputError) {
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
