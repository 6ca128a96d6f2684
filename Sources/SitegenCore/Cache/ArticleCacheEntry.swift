/// What the build cache keeps of one article file: what loading it gave, messages included,
/// and its rendered Markdown, under the key of everything that went into them.
struct ArticleCacheEntry: Sendable, Hashable {
    /// Relative to the site folder, as ``ContentSource/relativePath``.
    var sourcePath: String
    /// ``ArticleCacheKeys/key(for:contents:)`` of the file as it was loaded.
    var key: UInt64
    /// What loading read from other files, asked again before the entry is used.
    var observations: [FileObservation]
    /// What ``ArticleLoader`` returned: the article, or `nil` with errors among the diagnostics;
    /// without its Markdown, which builds do not keep once rendered (``ArticleOutcome``).
    var article: Article?
    /// Warnings and errors, reported again on every build that uses the entry.
    var diagnostics: [Diagnostic]
    /// The body's HTML and what is read from it; `nil` when the article was not rendered (a
    /// draft, a scheduled article, or a build that stopped before phase 3).
    var rendered: RenderedMarkdown?

    init(sourcePath: String, key: UInt64, observations: [FileObservation], article: Article?,
         diagnostics: [Diagnostic], rendered: RenderedMarkdown?) {
        self.sourcePath = sourcePath
        self.key = key
        self.observations = observations
        self.article = article
        self.article?.body = ""
        self.diagnostics = diagnostics
        self.rendered = rendered
    }
}

extension BinaryWriter {
    mutating func write(_ entry: ArticleCacheEntry) {
        write(entry.sourcePath)
        write(entry.key)
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
            sourcePath: try readString(), key: try readUInt64(),
            observations: try readArray { r throws(CacheFormatError) in try r.readObservation() },
            article: try readOptional { r throws(CacheFormatError) in try r.readArticle() },
            diagnostics: try readArray { r throws(CacheFormatError) in try r.readDiagnostic() },
            rendered: try readOptional { r throws(CacheFormatError) in try r.readRendered() })
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
