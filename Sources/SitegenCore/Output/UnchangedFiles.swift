import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps files that did not change from one build to the next: when a new file's bytes equal
/// those of the file at the same place in the previous site, the staging folder gets a hard link
/// to the old file instead of a new copy.
///
/// The file keeps its inode and modification time, so `rsync`, CDN uploads and browser caches
/// see only what really changed, and the build writes less. The previous site is never modified:
/// the link is a second name for the same bytes, which stay when the old folder is removed after
/// the swap. Where linking is not possible (another file system, a host without hard links) the
/// file is simply written.
struct UnchangedFiles: Sendable {
    /// The previous site, if there is one.
    let previous: URL?
    /// What the previous build wrote there, if known: lets an unchanged file be recognised by
    /// its hash instead of by reading it.
    var manifest: OutputManifest?
    /// `previous`'s path, made once.
    let previousPath: String?

    init(previous: URL?, manifest: OutputManifest?) {
        self.previous = previous
        self.manifest = manifest
        previousPath = previous?.path
    }

    /// Links `target` to the previous site's `relativePath` if that file holds exactly `data`
    /// (whose hash is `hash`); returns the linked file's manifest entry.
    func reuse(_ data: some ContiguousBytes, hash: UInt64, at relativePath: String, for target: String) -> OutputManifest.Entry? {
        guard let previousPath else { return nil }
        let count = data.withUnsafeBytes(\.count)
        let old = previousPath + "/" + relativePath
        if let entry = manifest?.entries[relativePath], entry.describes(old) {
            guard entry.hash == hash, entry.size == count else { return nil }
            return link(old, target) == 0 ? entry : nil
        }
        guard size(of: old) == count, let contents = FileManager.default.contents(atPath: old),
              contents.withUnsafeBytes({ stored in data.withUnsafeBytes { stored.elementsEqual($0) } }),
              link(old, target) == 0 else { return nil }
        return .stat(target, hash: hash)
    }

    /// The size of a regular file, or `nil` (missing, a folder, a link).
    private func size(of path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}
