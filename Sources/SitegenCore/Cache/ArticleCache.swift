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
/// byte counts of the entries and of the texts, the entries, an XXH64 of everything before it,
/// and then the bodies' texts (their HTML), which the entries point into. A shard of another
/// version or salt (sitegen, cmark-gfm or `site.yml` changed), a cut one, one whose sealed part
/// is damaged, or one that does not decode is ignored: its articles are then loaded cold, never
/// wrongly and without stopping the build.
///
/// Why the texts are after the seal: they are most of a shard's bytes (50 of 73 MB at 10,000
/// articles), and a rebuild uses few of them. Sealed with the entries, every build read and
/// hashed all of them to check the shards, 4% of a one-edit rebuild. Each text is checked
/// against its own hash when it is read instead (``BodyText``); a damaged one is noted in the
/// shard's ``CacheDamage``, and the build removes the shard and is made again before it
/// publishes anything (``Build/run()``).
enum ArticleCache {
    /// Bump when the entries' encoding or what loading and rendering produce changes.
    static let formatVersion: UInt32 = 12
    static let shardCount = 64
    private static let magic = Array("SGCACHE1".utf8)
    /// The magic, the version, the salt, and the byte counts of the entries and of the texts.
    static let headerCount = 8 + 4 + 8 + 8 + 8

    /// The shard an article's entry is kept in.
    static func shard(of sourcePath: String) -> Int {
        // Hashed in place: a copy of the path's bytes per call was 20,000 arrays made and
        // freed each time the cache was saved.
        var path = sourcePath
        return path.withUTF8 { Int(XXHash64.hash(UnsafeRawBufferPointer($0)) % UInt64(shardCount)) }
    }

    static func fileName(shard: Int) -> String {
        "articles-" + String(shard, radix: 16).leftPadded(to: 2) + ".bin"
    }

    /// The entries of every usable shard in `folder`, keyed by source path. Missing,
    /// unreadable, damaged shards and shards written for another salt give none; their texts
    /// found damaged when read are noted in `damage`.
    /// The shards are read and decoded on `workers` threads: one after another they were a
    /// tenth of a rebuild after one edit, most of it checking the strings' UTF-8.
    ///
    /// The bodies' HTML is not read: each entry's points into its shard, kept open
    /// (``BodyFile``), and is read when a page or a feed needs it. Most pages of a rebuild are
    /// kept as published, so most bodies are never read: decoding them all was a third of
    /// reading the cache, and they were most of a rebuild's memory.
    static func read(folder: URL, salt: UInt64, workers: Int = 1, damage: CacheDamage? = nil) -> PathTable<ArticleCacheEntry> {
        // Each shard's entries as a list, put into one dictionary made once at its size:
        // a dictionary per shard merged into the whole was a third of reading.
        let shards = ParallelMap.map(Array(0..<shardCount), workers: workers) { shard -> [ArticleCacheEntry] in
            guard let file = BodyFile.open(folder.appendingPathComponent(fileName(shard: shard)).path, damage: damage) else { return [] }
            return (try? readList(file, salt: salt)) ?? []
        }
        var entries: PathTable<ArticleCacheEntry> = [:]
        entries.reserveCapacity(shards.reduce(0) { $0 + $1.count })
        for shard in shards {
            for entry in shard where entries[entry.sourcePath] == nil { entries[entry.sourcePath] = entry }
        }
        return entries
    }

    /// The entries of the shard open as `file`, its texts left there: the header and the sealed
    /// part are read, checked and decoded.
    /// Read, not mapped: a mapped file cut short by another program while it is read would
    /// crash the build (SIGBUS); a read one is only refused. Builds replace shards only by
    /// rename, which leaves this open file as it was.
    private static func readList(_ file: BodyFile, salt: UInt64) throws(CacheFormatError) -> [ArticleCacheEntry] {
        guard let size = file.size else { throw .truncated }
        var header = [UInt8](repeating: 0, count: headerCount)
        guard size >= headerCount + 8,
              header.withUnsafeMutableBytes({ file.read(into: $0, offset: 0) }) else { throw .truncated }
        let (sealed, texts) = try header.withUnsafeBytes { buffer in
            Result { () throws(CacheFormatError) in try counts(buffer, salt: salt) }
        }.get()
        guard size == headerCount + sealed + 8 + texts else { throw .truncated }
        // Not zeroed first: the read fills it (zeroing was a sixth of reading the cache).
        var whole = false
        let bytes = [UInt8](unsafeUninitializedCapacity: headerCount + sealed + 8) { buffer, initialized in
            whole = file.read(into: UnsafeMutableRawBufferPointer(buffer), offset: 0)
            initialized = whole ? buffer.count : 0
        }
        guard whole else { throw .truncated }
        return try bytes.withUnsafeBytes { buffer in
            Result { () throws(CacheFormatError) in
                try decodeList(buffer, sealed: sealed, texts: .file(file, start: headerCount + sealed + 8, count: texts))
            }
        }.get()
    }

    /// The byte counts a shard's header gives for its entries and its texts, once its magic,
    /// format version and salt are found to be this build's.
    private static func counts(_ buffer: UnsafeRawBufferPointer, salt: UInt64) throws(CacheFormatError) -> (sealed: Int, texts: Int) {
        guard buffer.count >= headerCount else { throw .truncated }
        guard buffer.starts(with: magic) else { throw .invalid("not a sitegen cache") }
        var header = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[magic.count..<headerCount]))
        guard try header.readUInt32() == formatVersion else { throw .invalid("another format version") }
        guard try header.readUInt64() == salt else { throw .invalid("written for other settings or another sitegen") }
        guard let sealed = Int(exactly: try header.readUInt64()), let texts = Int(exactly: try header.readUInt64()),
              sealed >= 0, texts >= 0, sealed <= Int.max / 2, texts <= Int.max / 2 else { throw .invalid("impossible sizes") }
        return (sealed, texts)
    }

    static func decode(_ data: Data, salt: UInt64) throws(CacheFormatError) -> PathTable<ArticleCacheEntry> {
        try data.withUnsafeBytes { buffer in Result { () throws(CacheFormatError) in try decode(buffer, salt: salt) } }.get()
    }

    /// A whole shard's entries, its texts read from `buffer` too, each checked against its
    /// hash.
    static func decode(_ buffer: UnsafeRawBufferPointer, salt: UInt64) throws(CacheFormatError) -> PathTable<ArticleCacheEntry> {
        let (sealed, texts) = try counts(buffer, salt: salt)
        let start = headerCount + sealed + 8
        guard buffer.count >= start, buffer.count - start == texts else {
            throw buffer.count < start || buffer.count - start < texts ? .truncated : .invalid("bytes after the texts")
        }
        let list = try decodeList(buffer, sealed: sealed, texts: .memory(UnsafeRawBufferPointer(rebasing: buffer[start...])))
        var entries: PathTable<ArticleCacheEntry> = [:]
        entries.reserveCapacity(list.count)
        for entry in list { entries[entry.sourcePath] = entry }
        return entries
    }

    /// A shard's entries in their order in the file, from `buffer` (the file from its start,
    /// at least to the end of the seal), whose header ``counts(_:salt:)`` read: `sealed` bytes
    /// of entries; their texts in `texts`.
    private static func decodeList(_ buffer: UnsafeRawBufferPointer, sealed: Int,
                                   texts: BinaryReader.Texts) throws(CacheFormatError) -> [ArticleCacheEntry] {
        guard buffer.count >= headerCount + sealed + 8 else { throw .truncated }
        let body = UnsafeRawBufferPointer(rebasing: buffer[..<(headerCount + sealed)])
        var trailer = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[(headerCount + sealed)..<(headerCount + sealed + 8)]))
        guard try trailer.readUInt64() == XXHash64.hash(body) else { throw .invalid("damaged") }
        var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: body[headerCount...]))
        reader.texts = texts
        reader.repeated = RepeatedValues()
        let list = try reader.readArray { r throws(CacheFormatError) in try r.readEntry() }
        guard reader.isAtEnd else { throw .invalid("bytes after the entries") }
        return list
    }

    /// The shard of `entries`; `nil` when a text of theirs, kept in a shard, is damaged (it
    /// was read back to be written again): such a shard is not written.
    static func encode(_ entries: [ArticleCacheEntry], salt: UInt64) -> [UInt8]? {
        var writer = BinaryWriter(capacity: entries.count * 4 * 1024)
        for byte in magic { writer.write(byte) }
        writer.write(formatVersion)
        writer.write(salt)
        writer.write(UInt64(0)) // the byte counts, known once the entries are written
        writer.write(UInt64(0))
        writer.write(entries, each: { $0.write($1) })
        guard writer.textsIntact else { return nil }
        writer.overwrite(UInt64(writer.bytes.count - headerCount), at: magic.count + 12)
        writer.overwrite(UInt64(writer.texts.count), at: magic.count + 20)
        let checksum = writer.bytes.withUnsafeBytes { XXHash64.hash($0) }
        writer.write(checksum)
        writer.appendTexts()
        return writer.bytes
    }

    /// Replaces the files of `shards` in `folder` (created if missing) with the entries of
    /// `paths` (by shard) that belong in them, in path order, each in one rename; a shard left
    /// empty is removed. One shard's entries are gathered and encoded at a time: gathering
    /// every entry first held all of them twice more in a cold build (75 MB at 50,000 articles).
    /// Shards are encoded and written on `workers` threads, one per worker at a time; the first
    /// failure in shard order is thrown, once every shard has been tried.
    static func write(shards: Set<Int>, paths: [Int: [String]], entries: PathTable<ArticleCacheEntry>,
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
        guard let bytes = encode(entries, salt: salt) else {
            // Its old file holds a damaged text: it goes, and its articles are loaded cold next time.
            unlink(target)
            return
        }
        let temporary = target + ".tmp-\(getpid())"
        do throws(OutputError) {
            try FileWriter.write(bytes, to: temporary)
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
