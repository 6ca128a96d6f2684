import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file that holds bodies' text (HTML, plain text) between the moment they are rendered or
/// read from the build cache and the moment a page, a feed or the search index uses them, so
/// a build does not hold every body in memory (``BodyText``).
///
/// Two kinds:
/// - a *spill file* (``spill(near:)``): made for one build, beside the output folder or in the
///   site folder (on the same disk as the site, not in `/tmp`, which is often memory; see
///   ``Build/load(_:)``), and unlinked at once, so it is never left behind, whatever becomes
///   of the process. Loading workers append to it at the same time: each reserves its place
///   under a lock and writes there with `pwrite`.
/// - a *build cache shard* (``open(_:)``): the bodies are read from where the cache keeps
///   them. The open descriptor keeps the bytes the shard had when it was read, also when the
///   build writes a new shard over it (by rename).
///
/// Measured on the 50,000-article corpus: the bodies' HTML and plain text were 520 MB of the
/// 959 MB peak of a cold build.
///
/// Reads are `pread`s, safe from any thread. The descriptor closes when the last
/// ``BodyText`` that points into the file is gone (a preview's session may keep some from build
/// to build).
final class BodyFile: @unchecked Sendable {
    private let descriptor: Int32
    /// For messages: the file's path (a spill file's, though it is unlinked).
    let path: String
    private let lock = NSLock()
    /// Where the next append goes (spill files only).
    private var end: Int

    /// Where a text found damaged is noted: a build cache shard's (``BodyText/string``); `nil`
    /// for a spill file, which nothing else can write.
    let damage: CacheDamage?

    private init(descriptor: Int32, path: String, end: Int, damage: CacheDamage? = nil) {
        self.descriptor = descriptor
        self.path = path
        self.end = end
        self.damage = damage
    }

    deinit { close(descriptor) }

    /// A new, empty spill file in `folder`; `nil` when none can be made there (a read-only
    /// folder, one that does not exist yet).
    static func spill(near folder: URL) -> BodyFile? {
        var template = Array(folder.appendingPathComponent(".sitegen-bodies-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        unlink(path)
        return BodyFile(descriptor: descriptor, path: path, end: 0)
    }

    /// `path`, opened for reading; `nil` when it cannot be. Texts in it found damaged are noted
    /// in `damage`.
    static func open(_ path: String, damage: CacheDamage? = nil) -> BodyFile? {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        return BodyFile(descriptor: descriptor, path: path, end: 0, damage: damage)
    }

    /// The file's size, as it is now.
    var size: Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Removes the file from its folder if the name still leads to it (not to a file renamed
    /// over it since).
    func removeIfStillThere() {
        var open = stat(), named = stat()
        guard fstat(descriptor, &open) == 0, lstat(path, &named) == 0,
              open.st_dev == named.st_dev, open.st_ino == named.st_ino else { return }
        unlink(path)
    }

    /// Appends `bytes` and returns where they start; `nil` when they could not all be
    /// written (a full disk): the caller keeps them in memory instead.
    func append(_ bytes: UnsafeRawBufferPointer) -> Int? {
        lock.lock()
        let offset = end
        end += bytes.count
        lock.unlock()
        let whole = Self.inParts(bytes.count) { done in
            pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
        }
        return whole ? offset : nil
    }

    /// Fills `buffer` with the bytes at `offset`; false when the file is shorter or cannot be
    /// read.
    func read(into buffer: UnsafeMutableRawBufferPointer, offset: Int) -> Bool {
        Self.inParts(buffer.count) { done in
            pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
        }
    }

    /// Calls `step` (a `pread` or `pwrite` of what is left after `done` bytes) until `count`
    /// bytes are through, again after an interrupted call; false when one moves nothing or
    /// fails.
    private static func inParts(_ count: Int, _ step: (_ done: Int) -> Int) -> Bool {
        var done = 0
        while done < count {
            let moved = step(done)
            if moved < 0, errno == EINTR { continue }
            guard moved > 0 else { return false }
            done += moved
        }
        return true
    }
}
