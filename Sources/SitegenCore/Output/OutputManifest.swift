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
    var entries: [String: Entry]
    /// The site's folders as they were left when it was published, by path inside the site
    /// (`""` for the site's own folder): what lets a build sweep the spare without listing it
    /// (``FolderStamp``). Empty in a manifest made before the site was published.
    var folders: [String: FolderStamp] = [:]

    private static let header = "sitegen output manifest 3"

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

    /// Parsed on bytes: two manifests of 19,000 lines are read on every rebuild of a
    /// 10,000-article site, and splitting them as Strings was 6% of it.
    private static func parse(_ bytes: UnsafeRawBufferPointer, output: String, folders keepsFolders: Bool) -> OutputManifest? {
        var position = 0
        func line() -> UnsafeRawBufferPointer? {
            guard position < bytes.count else { return nil }
            var end = position
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            guard end < bytes.count else { return nil } // every line ends with a newline
            defer { position = end + 1 }
            return UnsafeRawBufferPointer(rebasing: bytes[position..<end])
        }
        guard let first = line(), first.elementsEqual(header.utf8), let folder = line(),
              folder.elementsEqual(output.utf8) else { return nil }
        // Sized for the lines there are: a table grown as 19,000 entries came, and an array
        // made for each line's numbers, were a third of reading a manifest.
        // Files' lines only: a folder's begins with "/".
        var files = 0
        for index in bytes.indices.dropLast() where bytes[index] == UInt8(ascii: "\n") && bytes[index + 1] != UInt8(ascii: "/") {
            files += 1
        }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(files)
        var folders: [String: FolderStamp] = [:]
        var fields = [UInt64](repeating: 0, count: 5)
        while let text = line() {
            var start = 0
            // A folder: "/", its time and inode, then its path ("." for the site's own folder).
            let isFolder = text.starts(with: "/ ".utf8)
            if isFolder {
                guard keepsFolders else { continue }
                start = 2
            }
            // Five numbers, then the path, which may hold spaces.
            for field in 0..<(isFolder ? 2 : 5) {
                guard let space = text[start...].firstIndex(of: UInt8(ascii: " ")),
                      let number = number(UnsafeRawBufferPointer(rebasing: text[start..<space]), hex: !isFolder && (field == 0 || field == 4))
                else { return nil }
                fields[field] = number
                start = space + 1
            }
            guard start < text.count, let path = String(validUTF8: UnsafeRawBufferPointer(rebasing: text[start...]).assumingMemoryBound(to: UInt8.self)) else { return nil }
            if isFolder {
                folders[path == "." ? "" : path] = FolderStamp(modified: Int64(bitPattern: fields[0]), inode: fields[1])
                continue
            }
            entries[path] = Entry(hash: fields[0], size: Int(fields[1]), modified: Int64(bitPattern: fields[2]),
                                  inode: fields[3], fingerprint: fields[4])
        }
        guard position == bytes.count else { return nil }
        return OutputManifest(output: output, entries: entries, folders: folders)
    }

    /// A number written by ``write(to:)``: hexadecimal, or decimal with an optional minus.
    private static func number(_ digits: UnsafeRawBufferPointer, hex: Bool) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 20 else { return nil }
        var value: UInt64 = 0
        var negative = false
        for (index, byte) in digits.enumerated() {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt64(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "-") where index == 0 && !hex && digits.count > 1: negative = true; continue
            default: return nil
            }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: hex ? 16 : 10)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return negative ? 0 &- value : value // the bit pattern of -value, never trapping
    }

    /// Writes the manifest atomically (a temporary file renamed into place).
    func write(to url: URL) {
        Self.write(bytes(), to: url)
    }

    /// Writes a manifest's ``bytes()`` atomically.
    static func write(_ bytes: [UInt8], to url: URL) {
        // A manifest that cannot be replaced must not stay to describe the old output.
        if !SealedFile.replace(url, with: bytes) { try? FileManager.default.removeItem(at: url) }
    }

    /// The manifest as written to its file.
    func bytes() -> [UInt8] {
        var bytes = Array((Self.header + "\n" + output + "\n").utf8)
        bytes.reserveCapacity(bytes.count + entries.count * 96)
        // Written as bytes: string interpolation of five numbers per line was most of writing
        // 19,000 lines. In no particular order: nothing reads the file but `read(from:output:)`,
        // and sorting the paths was a twentieth of a one-edit rebuild, on the core that
        // waits for it.
        // The bytes compared: `String.contains(String)` went through NSString, 1% of a rebuild.
        for (path, entry) in entries where Self.isWritable(path) {
            Self.append(entry.hash, hex: true, to: &bytes)
            Self.append(UInt64(entry.size), hex: false, to: &bytes)
            Self.append(entry.modified, to: &bytes)
            Self.append(entry.inode, hex: false, to: &bytes)
            Self.append(entry.fingerprint, hex: true, to: &bytes)
            bytes.append(contentsOf: path.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        Self.append(folders: folders.lazy.map { ($0.key, $0.value) }, to: &bytes)
        return bytes
    }

    /// The folders' lines, in no particular order: "/", time, inode and path.
    static func append(folders: some Sequence<(String, FolderStamp)>, to bytes: inout [UInt8]) {
        for (path, stamp) in folders where isWritable(path) {
            bytes.append(contentsOf: "/ ".utf8)
            Self.append(stamp.modified, to: &bytes)
            Self.append(stamp.inode, hex: false, to: &bytes)
            bytes.append(contentsOf: path.isEmpty ? ".".utf8 : path.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Whether `path` can be a line of the manifest: it has no line break (a file of `static/`
    /// may). Looked for with `memchr`: three passes over 19,000 paths, a `UInt8` at a time, were
    /// 0.7% of a one-edit rebuild of 10,000 articles, most of it where one core works alone.
    static func isWritable(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return true }
            return memchr(start, Int32(UInt8(ascii: "\n")), bytes.count) == nil
        }
    }

    /// `value` in hexadecimal (lower case) or decimal, and a space.
    private static func append(_ value: UInt64, hex: Bool, to bytes: inout [UInt8]) {
        DigitBytes.append(value, radix: hex ? 16 : 10, to: &bytes)
        bytes.append(UInt8(ascii: " "))
    }

    /// A signed decimal, and a space.
    private static func append(_ value: Int64, to bytes: inout [UInt8]) {
        DigitBytes.append(value, to: &bytes)
        bytes.append(UInt8(ascii: " "))
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
    private var entries: [String: OutputManifest.Entry] = [:]
    private var keptCount = 0
    private var touched: Set<String> = []
    private let lock = NSLock()

    /// Makes room for `count` entries: growing the table as 19,000 pages were recorded, under
    /// the lock, was a fortieth of writing them after one edit.
    func reserve(_ count: Int) {
        lock.withLock { entries.reserveCapacity(count) }
    }

    var kept: Int { lock.withLock { keptCount } }

    /// Records a file written or linked; `kept` counts it as kept from the published site
    /// without being made again, under the same lock.
    func record(_ path: String, _ entry: OutputManifest.Entry?, fingerprint: UInt64 = 0, kept: Bool = false) {
        guard var entry else { return }
        entry.fingerprint = fingerprint
        lock.withLock {
            entries[path] = entry
            if kept { keptCount += 1 }
        }
    }

    /// Notes a folder this build changed (``StagingFolder``'s `touch`).
    func touch(_ folder: String) {
        _ = lock.withLock { touched.insert(folder) }
    }

    var touchedFolders: Set<String> { lock.withLock { touched } }

    func manifest(for output: URL) -> OutputManifest {
        lock.withLock { OutputManifest(output: output.standardizedFileURL.path, entries: entries) }
    }
}
