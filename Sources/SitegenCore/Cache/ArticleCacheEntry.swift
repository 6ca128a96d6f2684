/// What the build cache keeps of one article file: what loading it gave, messages included,
/// and its rendered Markdown, under the key of everything that went into them.
///
/// Its fields live in one shared box, copied when a copy is changed (``CopyOnWrite``), as
/// ``Article``'s do: an entry is copied out of the cache read, into its attempt, into this build's entries and
/// the outcome, and freed from each; with its article, messages and rendered body that was a
/// retain and a release of some fifteen fields every time, 3% of a one-edit rebuild of 10,000
/// articles (`perf`). Now a copy is one retain.
struct ArticleCacheEntry: Sendable, Hashable {
    struct Fields: Sendable, Hashable {
        var sourcePath: String
        var key: UInt64
        var head: UInt64
        var stamp: FileStamp?
        var observations: [FileObservation]
        var article: Article?
        var diagnostics: [Diagnostic]
        var rendered: RenderedMarkdown?
    }

    private var storage: CopyOnWrite<Fields>

    init(sourcePath: String, key: UInt64, head: UInt64 = 0, stamp: FileStamp? = nil, observations: [FileObservation],
         article: Article?, diagnostics: [Diagnostic], rendered: RenderedMarkdown?) {
        var article = article
        // Only when there is a body: any change, even to the same value, forgets the hash of
        // the bytes an article from the cache was read from (``Article/encodedHash``).
        if article?.body.isEmpty == false { article?.body = "" }
        storage = CopyOnWrite(Fields(sourcePath: sourcePath, key: key, head: head, stamp: stamp, observations: observations,
                                     article: article, diagnostics: diagnostics, rendered: rendered))
    }

    /// Relative to the site folder, as ``ContentSource/relativePath``.
    var sourcePath: String {
        get { storage.fields.sourcePath }
        _modify { yield &storage.fields.sourcePath }
    }
    /// ``ArticleCacheKeys/key(head:contents:)`` of the file as it was loaded.
    var key: UInt64 {
        get { storage.fields.key }
        _modify { yield &storage.fields.key }
    }
    /// ``ArticleCacheKeys/head(for:gitDates:)``, the key without the file's bytes, and the
    /// file's ``FileStamp`` taken before it was read: a build finding the same head and a stamp
    /// this one vouches for takes the entry without reading the file.
    var head: UInt64 {
        get { storage.fields.head }
        _modify { yield &storage.fields.head }
    }
    var stamp: FileStamp? {
        get { storage.fields.stamp }
        _modify { yield &storage.fields.stamp }
    }
    /// What loading read from other files, asked again before the entry is used.
    var observations: [FileObservation] {
        get { storage.fields.observations }
        _modify { yield &storage.fields.observations }
    }
    /// What ``ArticleLoader`` returned: the article, or `nil` with errors among the diagnostics;
    /// without its Markdown, which builds do not keep once rendered (``ArticleOutcome``).
    var article: Article? {
        get { storage.fields.article }
        _modify { yield &storage.fields.article }
    }
    /// Warnings and errors, reported again on every build that uses the entry.
    var diagnostics: [Diagnostic] {
        get { storage.fields.diagnostics }
        _modify { yield &storage.fields.diagnostics }
    }
    /// The body's HTML and what is read from it; `nil` when the article was not rendered (a
    /// draft, a scheduled article, or a build that stopped before phase 3).
    var rendered: RenderedMarkdown? {
        get { storage.fields.rendered }
        _modify { yield &storage.fields.rendered }
    }
}

extension BinaryWriter {
    mutating func write(_ entry: ArticleCacheEntry) {
        write(entry.sourcePath)
        write(entry.key)
        write(entry.head)
        write(entry.stamp != nil)
        if let stamp = entry.stamp {
            for number in [Int64(bitPattern: stamp.device), Int64(bitPattern: stamp.inode), stamp.size, stamp.modified, stamp.changed, stamp.taken] {
                write(UInt64(bitPattern: number))
            }
        }
        write(entry.observations, each: { $0.write($1) })
        write(entry.article, each: { $0.write($1) })
        write(entry.diagnostics, each: { $0.write($1) })
        write(entry.rendered, each: { $0.write($1) })
    }

    mutating func write(_ observation: FileObservation) {
        switch observation {
        case .exists(let path, let exists):
            write(UInt8(0)); write(path); write(exists)
        case .byteCount(let path, let count):
            write(UInt8(1)); write(path); write(count)
        case .imageSize(let path, let width, let height):
            write(UInt8(2)); write(path); write(width); write(height)
        }
    }
}

extension BinaryReader {
    mutating func readEntry() throws(CacheFormatError) -> ArticleCacheEntry {
        ArticleCacheEntry(
            sourcePath: try readString(), key: try readUInt64(), head: try readUInt64(), stamp: try readStamp(),
            observations: try readArray { r throws(CacheFormatError) in try r.readObservation() },
            article: try readOptional { r throws(CacheFormatError) in try r.readArticle() },
            diagnostics: try readArray { r throws(CacheFormatError) in try r.readDiagnostic() },
            rendered: try readOptional { r throws(CacheFormatError) in try r.readRendered() })
    }

    mutating func readStamp() throws(CacheFormatError) -> FileStamp? {
        guard try readBool() else { return nil }
        var numbers: [Int64] = []
        for _ in 0..<6 { numbers.append(Int64(bitPattern: try readUInt64())) }
        return FileStamp(device: UInt64(bitPattern: numbers[0]), inode: UInt64(bitPattern: numbers[1]), size: numbers[2],
                         modified: numbers[3], changed: numbers[4], taken: numbers[5])
    }

    mutating func readObservation() throws(CacheFormatError) -> FileObservation {
        let kind = try readUInt8()
        let path = try readString()
        // Observed paths are joined to the site folder: they must stay inside it.
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { throw .invalid("a path outside the site") }
        switch kind {
        case 0: return .exists(path: path, try readBool())
        case 1: return .byteCount(path: path, try readOptionalInt())
        case 2: return .imageSize(path: path, width: try readOptionalInt(), height: try readOptionalInt())
        default: throw .invalid("an unknown file observation")
        }
    }
}
