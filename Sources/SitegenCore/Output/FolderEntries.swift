#if canImport(Glibc)
import Glibc
#endif

/// A folder's names with their types as `readdir` gives them, for walks over thousands of
/// folders (`content/`, a reused spare site, the preview's watcher): no `stat` per entry, which
/// Foundation's enumerator made, with owner and group lookups, for about two seconds on a
/// 10,000-article site.
public enum FolderEntries {
    /// The names in the folder at `path` with their `d_type` (`DT_UNKNOWN` where the file
    /// system does not say), without `.` and `..`; none when it cannot be read.
    public static func list(_ path: String) -> [(name: String, type: UInt8)] {
        guard let stream = opendir(path) else { return [] }
        defer { closedir(stream) }
        var found: [(name: String, type: UInt8)] = []
        while let entry = readdir(stream) {
            let (name, type) = read(entry)
            guard name != ".", name != ".." else { continue }
            found.append((name, type))
        }
        return found
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!

    /// An entry's name and type, read in place. An entry is only `d_reclen` bytes long, often
    /// less than `dirent`'s 280: copying the struct (`entry.pointee.d_name`) reads past the
    /// end of glibc's buffer, which crashed a build when the buffer ended a mapped page
    /// (AddressSanitizer: heap-buffer-overflow).
    static func read(_ entry: UnsafeMutablePointer<dirent>) -> (name: String, type: UInt8) {
        let raw = UnsafeRawPointer(entry)
        let name = String(cString: raw.advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
        return (name, raw.load(fromByteOffset: typeOffset, as: UInt8.self))
    }
}
