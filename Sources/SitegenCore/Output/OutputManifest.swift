import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the last build wrote to the output folder: for every file its content hash, size,
/// modification time and inode.
///
/// With it, a build knows whether a page is unchanged from the hash of the new bytes alone,
/// without reading the old file (which was half a gigabyte for 10,000 articles). The entry is
/// trusted only while the file on disk still has the recorded size, modification time and inode,
/// so a file changed by hand, a manifest left from another output folder, or a crash between the
/// swap and the manifest's writing can only make sitegen compare the bytes as before, never keep
/// a wrong file.
struct OutputManifest: Sendable {
    struct Entry: Sendable, Equatable {
        var hash: UInt64
        var size: Int
        /// Nanoseconds since 1970.
        var modified: Int64
        var inode: UInt64
        /// What the file was made from (``Fingerprints``); 0 when not known. A page whose
        /// fingerprint is unchanged is linked from the published site instead of being made.
        var fingerprint: UInt64 = 0
    }

    /// The output folder the entries describe (absolute, standardized).
    var output: String
    /// By path inside the site.
    var entries: PathTable<Entry>
    /// The site's folders as they were left when it was published, by path inside the site
    /// (`""` for the site's own folder): what lets a build sweep the spare without listing it
    /// (``FolderStamp``). Empty in a manifest made before the site was published.
    var folders: PathTable<FolderStamp> = [:]

    /// The file's first bytes, readable with `head`; the rest is binary (``encoded()``).
    private static let magic = Array("sitegen output manifest 4\n".utf8)

    /// Where the manifest of `output` is kept: in the site folder's `.sitegen/`, one per output
    /// folder, so a preview or a second output does not make the site's manifest useless.
    static func location(source: URL, output: URL) -> URL {
        var path = output.standardizedFileURL.path
        let key = path.withUTF8 { XXHash64.hash(UnsafeRawBufferPointer($0)) }
        return source.appendingPathComponent(".sitegen/output-\(String(key, radix: 16)).manifest")
    }

    /// The manifest at `url` if it describes `output`; nil if missing, damaged or for another
    /// folder. Its ``folders`` only if asked for: only the spare's are used (85,000 folders at
    /// 50,000 articles, 8 MB held for nothing in the published site's manifest).
    static func read(from url: URL, output: URL, folders: Bool = true) -> OutputManifest? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return data.withUnsafeBytes { parse(UnsafeRawBufferPointer($0), output: output.standardizedFileURL.path, folders: folders) }
    }

    /// The build cache's binary coding (``BinaryReader``), sealed with a hash (``SealedFile``):
    /// two manifests of 19,000 files are read on every rebuild of a 10,000-article site. As
    /// text, a line per file with its five numbers in digits, reading them was 5% of a one-edit
    /// rebuild's processor time (`perf`), a third of it turning digits into numbers; and a file
    /// whose name had a line break could not be listed.
    private static func parse(_ bytes: UnsafeRawBufferPointer, output: String, folders keepsFolders: Bool) -> OutputManifest? {
        guard let body = SealedFile.body(of: bytes, magic: magic) else { return nil }
        var reader = BinaryReader(body)
        do throws(CacheFormatError) {
            guard try reader.readString() == output else { return nil }
            let count = Int(try reader.readUInt32())
            // Each entry takes 44 bytes and its path: a count larger than that is damage, and
            // must not reserve memory for it.
            guard count <= body.count / 44 else { return nil }
            var entries = PathTable<Entry>()
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let (hash, size, modified, inode, fingerprint) = (try reader.readUInt64(), try reader.readUInt64(), try reader.readUInt64(),
                                                                  try reader.readUInt64(), try reader.readUInt64())
                entries[try reader.readString()] = Entry(hash: hash, size: Int(Int64(bitPattern: size)),
                                                         modified: Int64(bitPattern: modified), inode: inode, fingerprint: fingerprint)
            }
            var folders = PathTable<FolderStamp>()
            // About as many as the files (17,000 folders for 19,000 files at 10,000 articles),
            // and never more than the bytes left allow (20 each and a path): grown from empty,
            // the table was rehashed some fifteen times in every rebuild.
            if keepsFolders { folders.reserveCapacity(min(count, (body.count - reader.offset) / 20)) }
            while keepsFolders, !reader.isAtEnd {
                let (modified, inode) = (try reader.readUInt64(), try reader.readUInt64())
                folders[try reader.readString()] = FolderStamp(modified: Int64(bitPattern: modified), inode: inode)
            }
            return OutputManifest(output: output, entries: entries, folders: folders)
        } catch {
            return nil
        }
    }

    /// Writes the manifest atomically (a temporary file renamed into place).
    func write(to url: URL) {
        Self.write(encoded(), to: url)
    }

    /// Seals and writes a manifest's ``encoded()`` bytes atomically.
    static func write(_ encoded: consuming BinaryWriter, to url: URL) {
        // A manifest that cannot be replaced must not stay to describe the old output.
        if !SealedFile.write(consume encoded, to: url) { try? FileManager.default.removeItem(at: url) }
    }

    /// The manifest as written to its file, before its seal: the output folder, the files
    /// (in no particular order: nothing reads the file but `read(from:output:)`, and sorting the
    /// paths was a twentieth of a one-edit rebuild, on the core that waits for it), then the
    /// folders, which ``append(folders:to:)`` may add to.
    func encoded() -> BinaryWriter {
        var writer = SealedFile.writer(magic: Self.magic, capacity: entries.count * 96 + folders.count * 64)
        writer.write(output)
        writer.write(UInt32(entries.count))
        for (path, entry) in entries {
            writer.write(entry.hash)
            writer.write(UInt64(bitPattern: Int64(entry.size)))
            writer.write(UInt64(bitPattern: entry.modified))
            writer.write(entry.inode)
            writer.write(entry.fingerprint)
            writer.write(path)
        }
        Self.append(folders: folders.lazy.map { ($0.key, $0.value) }, to: &writer)
        return writer
    }

    /// The folders' stamps, in no particular order: time, inode and path.
    static func append(folders: some Sequence<(String, FolderStamp)>, to writer: inout BinaryWriter) {
        for (path, stamp) in folders {
            writer.write(UInt64(bitPattern: stamp.modified))
            writer.write(stamp.inode)
            writer.write(path)
        }
    }

    /// Removes a manifest; used when it may no longer describe the output.
    static func remove(at url: URL) {
        try? FileManager.default.removeItem(at: url)
    }
}

extension OutputManifest.Entry {
    /// The file's size, modification time and inode, if it is a regular file; `path` is
    /// relative to `folder` if given.
    static func stat(_ path: String, hash: UInt64, in folder: OpenFolder? = nil) -> OutputManifest.Entry? {
        var info = Glibc.stat()
        guard fstatat(folder?.descriptor ?? AT_FDCWD, path, &info, AT_SYMLINK_NOFOLLOW) == 0,
              (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return OutputManifest.Entry(hash: hash, size: Int(info.st_size),
                                    modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                                    inode: UInt64(info.st_ino))
    }

    /// Whether the file on disk still is the one this entry describes; `path` is relative to
    /// `folder` if given.
    func describes(_ path: String, in folder: OpenFolder? = nil) -> Bool {
        guard var current = Self.stat(path, hash: hash, in: folder) else { return false }
        current.fingerprint = fingerprint
        return current == self
    }
}

/// The new manifest's entries, collected from all workers as files are written or linked.
final class ManifestRecorder: @unchecked Sendable {
    private var entries = PathTable<OutputManifest.Entry>()
    private var keptCount = 0
    /// The files recorded that the reused spare's manifest lists (each once).
    private var spareFilesRecorded = 0
    private var touched: Set<String> = []
    private let lock = NSLock()

    /// Makes room for `count` entries: growing the table as 19,000 pages were recorded, under
    /// the lock, was a fortieth of writing them after one edit.
    func reserve(_ count: Int) {
        lock.withLock { entries.reserveCapacity(count) }
    }

    var kept: Int { lock.withLock { keptCount } }

    /// Records a file written or linked; `kept` counts it as kept from the published site
    /// without being made again, under the same lock. `inSpare`: the reused spare's manifest
    /// lists the path (``spareFilesRecorded``).
    func record(_ path: String, _ entry: OutputManifest.Entry?, fingerprint: UInt64 = 0, kept: Bool = false,
                inSpare: Bool = false) {
        guard var entry else { return }
        entry.fingerprint = fingerprint
        lock.withLock {
            if entries.updateValue(entry, forKey: path) == nil, inSpare { spareFilesRecorded += 1 }
            if kept { keptCount += 1 }
        }
    }

    /// Records files kept from the published site (``StagingFolder/KeptFiles``), under one
    /// lock: taken for every one of 17,000 pages on two workers, the lock was waited for in a
    /// fiftieth of a one-edit rebuild's samples.
    func record(kept files: [(path: String, entry: OutputManifest.Entry, inSpare: Bool)]) {
        guard !files.isEmpty else { return }
        lock.withLock {
            for (path, entry, inSpare) in files where entries.updateValue(entry, forKey: path) == nil && inSpare {
                spareFilesRecorded += 1
            }
            keptCount += files.count
        }
    }

    /// How many of the files recorded the reused spare's manifest lists: when they are all of
    /// them, nothing of the spare is left to sweep but what its changed folders hold
    /// (``StagingFolder/removeFilesNotWritten(_:folders:leftovers:workers:)``).
    var spareFiles: Int { lock.withLock { spareFilesRecorded } }

    /// Notes a folder this build changed (``StagingFolder``'s `touch`).
    func touch(_ folder: String) {
        _ = lock.withLock { touched.insert(folder) }
    }

    var touchedFolders: Set<String> { lock.withLock { touched } }

    func manifest(for output: URL) -> OutputManifest {
        lock.withLock { OutputManifest(output: output.standardizedFileURL.path, entries: entries) }
    }
}
