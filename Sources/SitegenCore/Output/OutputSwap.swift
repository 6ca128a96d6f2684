import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a finished site in place of the old one without a moment where neither is complete.
///
/// On Linux both folders are exchanged with one `renameat2(RENAME_EXCHANGE)` call, which is
/// atomic: a reader (or a crash) sees the old site or the new one, never a mix or nothing.
/// Where that call is not available the old site is first renamed aside; if the process dies
/// between the two renames, ``recover(_:)`` puts it back on the next run.
enum OutputSwap {
    /// Puts `staged` in place of `output`. The old site, if there was one, ends up at `keptAt`
    /// (or is removed, when that rename fails); returns whether there was one.
    @discardableResult
    static func replace(_ output: URL, with staged: URL, keepingOldAt keptAt: URL? = nil) throws(OutputError) -> Bool {
        let fm = FileManager.default
        let aside = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: output.path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue {
            throw .cannotReplace(output.path, reason: "it is a file, not a folder")
        }
        guard exists else {
            guard rename(staged.path, output.path) == 0 else {
                throw .cannotReplace(output.path, reason: String(cString: strerror(errno)))
            }
            return false
        }
        if exchange(staged.path, output.path) {
            // The staging name now holds the old site.
            keep(staged, at: keptAt)
            return true
        }
        guard rename(output.path, aside.path) == 0 else {
            throw .cannotReplace(output.path, reason: String(cString: strerror(errno)))
        }
        guard rename(staged.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside.path, output.path)
            throw .cannotReplace(output.path, reason: reason)
        }
        keep(aside, at: keptAt)
        return true
    }

    private static func keep(_ old: URL, at keptAt: URL?) {
        if let keptAt, rename(old.path, keptAt.path) == 0 { return }
        try? FileManager.default.removeItem(at: old)
    }

    /// After a crash between the two renames of the fallback: the old site is back in place.
    static func recover(_ output: URL) {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: output.path) else { return }
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent).previous-"
        if let aside = ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? []).sorted().first(where: { $0.hasPrefix(prefix) }) {
            _ = rename(parent.appendingPathComponent(aside).path, output.path)
        }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, looked up at run time: Swift's Glibc module does not declare it, and
    /// a lookup keeps the project's only C file the cmark one.
    private static let renameat2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    private static func exchange(_ a: String, _ b: String) -> Bool {
        // RENAME_EXCHANGE = 2 (linux/fs.h); AT_FDCWD resolves both paths from the working folder.
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, 2) == 0
    }
}
