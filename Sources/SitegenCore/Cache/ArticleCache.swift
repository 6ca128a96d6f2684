import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The build cache's files: every article's ``ArticleCacheEntry``, in 64 shard files
/// `articles-00.bin` ... `articles-3f.bin` in the cache folder (by default `.sitegen/cache/` in
/// the site folder); an article's shard is a hash of its path.
///
/// Why shards of a binary encoding: the entries of 10,000 articles are ~120 MB, most of it HTML
/// and plain text. Measured on that corpus, one file took 0.4-0.8 s to rewrite after a single
/// edited article; a file per article would cost 10,000 opens on every build and leave stale
/// files to sweep. With 64 shards every build reads all of them once (a few MB each, sequential,
/// from the page cache), and writes only the shards whose entries changed: after one edit,
/// one file of ~2 MB. Each shard is written to a temporary file and renamed over the old one,
/// so a build killed while writing leaves whole shards. Mixed generations of shards are fine:
/// every entry is checked against its key before it is used.
///
/// Layout of a shard: the magic `SGCACHE1`, the format version, the salt of the keys, the
/// entries, and an XXH64 of everything before it. A shard of another version or salt
/// (sitegen, cmark-gfm or `site.yml` changed), a cut or damaged one, or one that does not decode
/// is ignored: its articles are then loaded cold, never wrongly and without stopping the build.
enum ArticleCache {
    /// Bump when the entries' encoding or what loading and rendering produce changes.
    static let formatVersion: UInt32 = 10
    static let shardCount = 64
    private static let magic = Array("SGCACHE1".utf8)

    /// The shard an article's entry is kept in.
    static func shard(of sourcePath: String) -> Int {
        Int(XXHash64.hash(Array(sourcePath.utf8)) % UInt64(shardCount))
    }

    static func fileName(shard: Int) -> String {
        "articles-" + String(shard, radix: 16).leftPadded(to: 2) + ".bin"
    }

    /// The entries of every usable shard in `folder`, keyed by source path. Missing,
    /// unreadable, damaged shards and shards written for another salt give none.
    /// The shards are read and decoded on `workers` threads: one after another they were a
    /// tenth of a rebuild after one edit, most of it checking the strings' UTF-8.
    ///
    /// The bodies' HTML is not read into memory: each entry's points into its shard, kept open
    /// (``BodyFile``), and is read when a page or a feed needs it. Most pages of a rebuild are
    /// kept as published, so most bodies are never read: decoding them all was a third of
    /// reading the cache, and they were most of a rebuild's memory.
    static func read(folder: URL, salt: UInt64, workers: Int = 1) -> [String: ArticleCacheEntry] {
        // Each shard's entries as a list, put into one dictionary made once at its size:
        // a dictionary per shard merged into the whole was a third of reading.
        let shards = ParallelMap.map(Array(0..<shardCount), workers: workers) { shard -> [ArticleCacheEntry] in
            // Read, not mapped: a mapped file cut short by another program while it is read
            // would crash the build (SIGBUS); a read one is only refused. The bodies read
            // later are checked against their hashes (``BodyText``); builds replace shards
            // only by rename, which leaves this open file as it was.
            guard let file = BodyFile.open(folder.appendingPathComponent(fileName(shard: shard)).path),
                  let bytes = file.readAll(),
                  let found = try? bytes.withUnsafeBytes({ buffer in
                      Result { () throws(CacheFormatError) in try decodeList(buffer, salt: salt, file: file) }
                  }).get() else { return [] }
            return found
        }
        var entries: [String: ArticleCacheEntry] = [:]
        entries.reserveCapacity(shards.reduce(0) { $0 + $1.count })
        for shard in shards {
            for entry in shard where entries[entry.sourcePath] == nil { entries[entry.sourcePath] = entry }
        }
        return entries
    }

    static func decode(_ data: Data, salt: UInt64) throws(CacheFormatError) -> [String: ArticleCacheEntry] {
        try data.withUnsafeBytes { buffer in Result { () throws(CacheFormatError) in try decode(buffer, salt: salt) } }.get()
    }

    static func decode(_ buffer: UnsafeRawBufferPointer, salt: UInt64) throws(CacheFormatError) -> [String: ArticleCacheEntry] {
        let list = try decodeList(buffer, salt: salt)
        var entries: [String: ArticleCacheEntry] = [:]
        entries.reserveCapacity(list.count)
        for entry in list { entries[entry.sourcePath] = entry }
        return entries
    }

    /// A shard's entries in their order in the file. With `file`, the shard `buffer` was read
    /// from, the bodies' HTML is left there (``BodyText``).
    static func decodeList(_ buffer: UnsafeRawBufferPointer, salt: UInt64,
                           file: BodyFile? = nil) throws(CacheFormatError) -> [ArticleCacheEntry] {
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
        reader.bodyFile = file.map { ($0, headerCount) }
        let list = try reader.readArray { r throws(CacheFormatError) in try r.readEntry() }
        guard reader.isAtEnd else { throw .invalid("bytes after the entries") }
        return list
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

    /// Replaces the files of `shards` in `folder` (created if missing) with the entries of
    /// `paths` (by shard) that belong in them, in path order, each in one rename; a shard left
    /// empty is removed. One shard's entries are gathered and encoded at a time: gathering
    /// every entry first held all of them twice more in a cold build (75 MB at 50,000 articles).
    /// Shards are encoded and written on `workers` threads, one per worker at a time; the first
    /// failure in shard order is thrown, once every shard has been tried.
    static func write(shards: Set<Int>, paths: [Int: [String]], entries: [String: ArticleCacheEntry],
                      salt: UInt64, folder: URL, workers: Int = 1) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(folder.path, reason: error.localizedDescription)
        }
        let outcomes = ParallelMap.map(shards.sorted(), workers: workers) { shard -> OutputError? in
            let target = folder.appendingPathComponent(fileName(shard: shard)).path
            guard let inShard = paths[shard], !inShard.isEmpty else {
                unlink(target)
                return nil
            }
            do throws(OutputError) {
                try write(inShard.sorted().map { entries[$0]! }, salt: salt, to: target)
                return nil
            } catch {
                return error
            }
        }
        if let failure = outcomes.compactMap({ $0 }).first { throw failure }
    }

    private static func write(_ entries: [ArticleCacheEntry], salt: UInt64, to target: String) throws(OutputError) {
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

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
