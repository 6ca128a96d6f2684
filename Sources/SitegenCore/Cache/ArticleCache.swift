import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The build cache's file: every article's ``ArticleCacheEntry`` in one file, `articles.bin` in
/// the cache folder (by default `.sitegen/cache/` in the site folder).
///
/// One file, read once at the start of a build and replaced at the end, rather than a file per
/// article: 10,000 small files would cost 10,000 opens and a directory walk on every build and
/// leave stale entries to sweep, where one sequential read of ~100 MB takes a fraction of a
/// second from the page cache. It is written to a temporary file beside it and renamed over
/// the old one, so a build killed while writing leaves the previous cache whole.
///
/// Layout: the magic `SGCACHE1`, the format version, the salt of the keys, the entries, and an
/// XXH64 of everything before it. A file of another version or salt (sitegen, cmark-gfm or
/// `site.yml` changed), a cut or damaged one, or one that does not decode is ignored: the build
/// is then cold, never wrong and never stopped.
enum ArticleCache {
    /// Bump when the entries' encoding or what loading and rendering produce changes.
    static let formatVersion: UInt32 = 1
    static let fileName = "articles.bin"
    private static let magic = Array("SGCACHE1".utf8)

    /// The entries of the cache file in `folder` keyed by source path, or none when it is
    /// missing, unreadable, damaged, or written for another salt.
    static func read(folder: URL, salt: UInt64) -> [String: ArticleCacheEntry] {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return [:] }
        return (try? decode(data, salt: salt)) ?? [:]
    }

    static func decode(_ data: Data, salt: UInt64) throws(CacheFormatError) -> [String: ArticleCacheEntry] {
        try data.withUnsafeBytes { buffer in Result { () throws(CacheFormatError) in try decode(buffer, salt: salt) } }.get()
    }

    static func decode(_ buffer: UnsafeRawBufferPointer, salt: UInt64) throws(CacheFormatError) -> [String: ArticleCacheEntry] {
        let headerCount = magic.count + 4 + 8
        guard buffer.count >= headerCount + 4 + 8 else { throw .truncated }
        guard buffer.starts(with: magic) else { throw .invalid("not a sitegen cache") }
        let body = UnsafeRawBufferPointer(rebasing: buffer[..<(buffer.count - 8)])
        var header = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[magic.count...]))
        guard try header.readUInt32() == formatVersion else { throw .invalid("another format version") }
        guard try header.readUInt64() == salt else { throw .invalid("written for other settings or another sitegen") }
        var trailer = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[(buffer.count - 8)...]))
        guard try trailer.readUInt64() == XXHash64.hash(body) else { throw .invalid("damaged") }
        var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: body[headerCount...]))
        let list = try reader.readArray { r throws(CacheFormatError) in try r.readEntry() }
        guard reader.isAtEnd else { throw .invalid("bytes after the entries") }
        var entries: [String: ArticleCacheEntry] = [:]
        entries.reserveCapacity(list.count)
        for entry in list { entries[entry.sourcePath] = entry }
        return entries
    }

    static func encode(_ entries: [ArticleCacheEntry], salt: UInt64) -> [UInt8] {
        var writer = BinaryWriter(capacity: entries.count * 16 * 1024)
        for byte in magic { writer.write(byte) }
        writer.write(formatVersion)
        writer.write(salt)
        writer.write(entries, each: { $0.write($1) })
        let checksum = writer.bytes.withUnsafeBytes { XXHash64.hash($0) }
        writer.write(checksum)
        return writer.bytes
    }

    /// Replaces the cache file in `folder` (created if missing) in one rename.
    static func write(_ entries: [ArticleCacheEntry], salt: UInt64, folder: URL) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(folder.path, reason: error.localizedDescription)
        }
        let target = folder.appendingPathComponent(fileName).path
        let temporary = target + ".tmp-\(getpid())"
        do throws(OutputError) {
            try FileWriter.write(encode(entries, salt: salt), to: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(target, reason: reason)
        }
    }
}
