import Foundation
import Testing
@testable import SitegenCore

/// The cache file's encoding: every field comes back, and a damaged file is refused, never
/// half-read.
@Suite("Build cache file")
struct CacheCodingTests {
    /// An article with every optional field set and every list non-empty.
    static let article: Article = {
        var article = ModelSamples.article(
            title: "Rapport: så mår industrin", kind: ModelSamples.kind("motesrapport", schema: .event),
            tags: ["Covid-19", "SME"], regions: ["Jämtland Härjedalen", "Örebro"], author: "Maria Exempel",
            organisation: "IUC Exempel",
            image: ArticleImage(source: .bundle(relativePath: "diagram.png"), alt: "Stapeldiagram", caption: "Källa: enkäten",
                                width: 640, height: 480),
            attachments: [Attachment(title: "Rapporten", source: .site(path: "/filer/rapport.pdf"), fileName: "rapport.pdf", byteCount: 1234),
                          Attachment(title: "Underlag", source: .external(url: "https://example.org/x.xlsx"), fileName: "x.xlsx", byteCount: nil)],
            expiry: "2021-01-01", updated: "2020-07-10",
            event: Event(start: ModelSamples.date("2019-04-11"), end: ModelSamples.date("2019-04-12"), place: "Örnsköldsvik",
                         address: "Järnvägsgatan 4"))
        article.kind.aliases = ["meeting report"]
        article.regions[0].aliases = ["Jämtlands län"]
        article.regions[1].parent = "norrland"
        article.summary = "Sammanfattning."
        article.contacts = [Contact(name: "Christina Åhlstedt", role: "Presskontakt", email: "c@example.se", phone: "+46 70")]
        article.publishDate = ModelSamples.date("2020-05-05 08:00")
        article.aliases = [AliasPath("/gamla/rapport.html")!, AliasPath("/2020/07/rapport/")!]
        article.draft = true
        article.body = "Text med å, ä och ö.\n\n## Rubrik\n"
        article.bodyLine = 21
        article.bundleFiles = [BundleFile(sourceFile: "/tmp/site/content/x/diagram.png", relativePath: "diagram.png")]
        return article
    }()

    /// As the cache holds it: the plain text's hash without the text.
    static let rendered = RenderedMarkdown(
        html: "<p>Text med å.</p>\n<h2 id=\"rubrik\">Rubrik</h2>\n", headings: [.init(level: 2, text: "Rubrik", id: "rubrik")],
        firstParagraph: "Text med å.", beforeMore: "Text", wordCount: 4,
        plainTextHash: RenderedMarkdown.hash(of: "Text med å. Rubrik"))

    static let diagnostic = Diagnostic(.warning, at: SourceLocation(file: "content/x.md", line: 3, column: 1),
                                       "the front matter has an unknown field 'sumary'", hint: "did you mean 'summary'?",
                                       excerpt: "sumary: Text", related: [SourceLocation(file: "content/y.md", line: 2)])

    static let entries = [
        ArticleCacheEntry(sourcePath: "content/x.md", key: 0xDEAD_BEEF_0123_4567,
                          observations: [.exists(path: "static/filer/rapport.pdf", true), .byteCount(path: "static/filer/rapport.pdf", 1234),
                                         .imageSize(path: "content/x/diagram.png", width: 640, height: 480),
                                         .imageSize(path: "content/x/trasig.png", width: nil, height: nil)],
                          article: article, diagnostics: [diagnostic, .error("fel", at: nil)], rendered: rendered),
        ArticleCacheEntry(sourcePath: "content/fel.md", key: 1, observations: [], article: nil,
                          diagnostics: [.error("the required field 'title' is missing", at: SourceLocation(file: "content/fel.md"))],
                          rendered: nil),
    ]

    /// A shard of `entries`, as the cache writes it.
    static func encoded(_ entries: [ArticleCacheEntry] = entries, salt: UInt64) throws -> [UInt8] {
        try #require(ArticleCache.encode(entries, salt: salt))
    }

    /// Where a shard's texts start: after the header, the entries (their byte count is in the
    /// header, after the magic, the version and the salt) and the seal.
    static func textsStart(_ bytes: [UInt8]) -> Int {
        let sealed = bytes[20..<28].reversed().reduce(0) { $0 << 8 | Int($1) }
        return ArticleCache.headerCount + sealed + 8
    }

    @Test("Entries come back equal, every field of the article included")
    func roundTrip() throws {
        let bytes = try Self.encoded(salt: 42)
        let decoded = try ArticleCache.decode(Data(bytes), salt: 42)
        #expect(decoded.count == 2)
        #expect(decoded["content/x.md"] == Self.entries[0])
        #expect(decoded["content/fel.md"] == Self.entries[1])
        #expect(try Self.encoded(salt: 42) == bytes, "the same entries give the same bytes")
        let start = Self.textsStart(bytes)
        #expect(start < bytes.count && bytes[start...].starts(with: Array("<p>Text med".utf8)),
                "the bodies' texts follow the seal")
    }

    /// An article read from the cache carries the hash of the bytes it was read from, which is
    /// the hash of encoding it again, so its key (``Fingerprints/articleKeys(_:workers:)``) is
    /// the same whether it was read or loaded; any change forgets it, a copy keeps it.
    @Test("A decoded article knows its encoding's hash until it is changed")
    func encodedHash() throws {
        let decoded = try #require(try ArticleCache.decode(Data(Self.encoded(salt: 42)), salt: 42)["content/x.md"]?.article)
        let made = try #require(Self.entries[0].article) // as cached: without its Markdown
        var writer = BinaryWriter()
        writer.write(made)
        #expect(made.encodedHash == nil, "an article made here has none")
        #expect(decoded.encodedHash == XXHash64.hash(writer.bytes))
        #expect(Fingerprints.articleKeys([decoded], workers: 1) == Fingerprints.articleKeys([made], workers: 1))
        var changed = decoded
        let copy = decoded
        changed.title += " (rättad)"
        #expect(changed.encodedHash == nil && copy.encodedHash == decoded.encodedHash)
        #expect(Fingerprints.articleKeys([changed], workers: 1) != Fingerprints.articleKeys([decoded], workers: 1))
        var tagged = decoded
        tagged.tags.append(Tag(name: "Ny", slug: "ny"))
        #expect(tagged.encodedHash == nil, "a change in place (`_modify`) forgets it too")
    }

    /// A body's hash is written beside it and taken as it is when the body stays in its shard;
    /// read into memory, the body must have that hash.
    @Test("A body that does not have the hash written beside it is refused")
    func bodyWithAnotherHashIsRefused() throws {
        var bytes = try Self.encoded(salt: 42)
        let body = Array("<p>Text med".utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: body) })
        #expect(start >= Self.textsStart(bytes), "the body is after the seal, which does not change")
        bytes[start + 5] = UInt8(ascii: "k")
        #expect(throws: CacheFormatError.invalid("a text whose hash is not its own")) {
            try ArticleCache.decode(Data(bytes), salt: 42)
        }
    }

    /// Left in its shard, a body is checked when it is read: a damaged one reads as "", is
    /// noted, and its shard is removed when the build starts over (``CacheDamage``).
    @Test("A damaged body left in its shard reads as empty, and its shard is noted and removed")
    func damagedBodyInAShard() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-shards-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var entries = PathTable<ArticleCacheEntry>()
        for entry in Self.entries { entries[entry.sourcePath] = entry }
        let paths = Dictionary(grouping: entries.keys, by: ArticleCache.shard(of:))
        try ArticleCache.write(shards: Set(paths.keys), paths: paths, entries: entries, salt: 5, folder: folder)
        let shard = ArticleCache.shard(of: "content/x.md")
        let file = folder.appendingPathComponent(ArticleCache.fileName(shard: shard))
        var bytes = try [UInt8](Data(contentsOf: file))
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("<p>Text med".utf8)) })
        bytes[start + 5] = UInt8(ascii: "k")
        try Data(bytes).write(to: file)

        let damage = CacheDamage()
        let read = ArticleCache.read(folder: folder, salt: 5, damage: damage)
        #expect(read.count == entries.count, "the entries are read: their part of the shard is whole")
        let rendered = try #require(read["content/x.md"]?.rendered)
        #expect(!damage.isFound)
        #expect(rendered.htmlText.intactString == nil)
        #expect(!damage.isFound, "asking whether it is intact notes nothing")
        #expect(rendered.html == "")
        #expect(damage.isFound)
        #expect(rendered.headings == Self.rendered.headings, "the sealed fields are as written")

        // Written again, the shard would carry the damage on: it is removed instead.
        try ArticleCache.write(shards: [shard], paths: paths, entries: read, salt: 5, folder: folder)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        try Data(bytes).write(to: file)
        damage.removeDamagedFiles()
        #expect(FileManager.default.fileExists(atPath: file.path), "a file put in its place since is not the damaged one")
        #expect(!damage.isFound)
        let again = ArticleCache.read(folder: folder, salt: 5, damage: damage)
        _ = again["content/x.md"]?.rendered?.html
        damage.removeDamagedFiles()
        #expect(!FileManager.default.fileExists(atPath: file.path), "the damaged shard goes")
    }

    @Test("A folder of shards is written and read the same on one thread and on several, a damaged shard left out")
    func shardsReadAlikeOnAnyNumberOfWorkers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-shards-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var entries: PathTable<ArticleCacheEntry> = [:]
        for number in 0..<300 {
            var entry = Self.entries[number % 2]
            entry.sourcePath = "content/\(number).md"
            entry.key = UInt64(number)
            entries[entry.sourcePath] = entry
        }
        let paths = Dictionary(grouping: entries.keys, by: ArticleCache.shard(of:))
        try ArticleCache.write(shards: Set(paths.keys), paths: paths, entries: entries, salt: 5, folder: folder, workers: 3)
        // Written on three threads, the shards are the bytes one thread writes.
        let other = folder.appendingPathComponent("one-thread")
        try ArticleCache.write(shards: Set(paths.keys), paths: paths, entries: entries, salt: 5, folder: other, workers: 1)
        for shard in paths.keys {
            #expect(try Data(contentsOf: folder.appendingPathComponent(ArticleCache.fileName(shard: shard)))
                == Data(contentsOf: other.appendingPathComponent(ArticleCache.fileName(shard: shard))))
        }
        #expect(ArticleCache.read(folder: folder, salt: 5, workers: 1) == entries)
        #expect(ArticleCache.read(folder: folder, salt: 5, workers: 3) == entries)

        // A damaged shard gives none of its entries, whichever thread reads it.
        let damaged = try #require(paths.keys.min())
        let file = folder.appendingPathComponent(ArticleCache.fileName(shard: damaged))
        // In the sealed entries: a damaged body is found only when it is read (above).
        var bytes = try Data(contentsOf: file)
        bytes[ArticleCache.headerCount + 10] ^= 0xFF
        try bytes.write(to: file)
        var expected = entries
        for path in entries.keys where ArticleCache.shard(of: path) == damaged { expected[path] = nil }
        #expect(ArticleCache.read(folder: folder, salt: 5, workers: 1) == expected)
        #expect(ArticleCache.read(folder: folder, salt: 5, workers: 4) == expected)
    }

    @Test("An entry keeps no Markdown: builds need only the rendered body")
    func noMarkdown() throws {
        #expect(!Self.article.body.isEmpty)
        #expect(Self.entries[0].article?.body == "", "the entry lets the body go when it is made")
        let decoded = try #require(try ArticleCache.decode(Data(Self.encoded(salt: 1)), salt: 1)["content/x.md"])
        #expect(decoded.article?.body == "")
        #expect(decoded.rendered == Self.entries[0].rendered)
    }

    @Test("A body's plain text is kept as its hash only, and known to be missing when read back")
    func plainTextAsHash() throws {
        var entry = Self.entries[0]
        entry.rendered?.plainText = "Text med å. Rubrik"
        #expect(entry.rendered?.hasPlainText == true)
        let decoded = try #require(try ArticleCache.decode(Data(Self.encoded([entry], salt: 1)), salt: 1)["content/x.md"])
        #expect(decoded == Self.entries[0])
        #expect(decoded.rendered?.plainText == "")
        #expect(decoded.rendered?.hasPlainText == false, "an empty text whose hash is not the empty text's is missing")
        #expect(RenderedMarkdown.empty.hasPlainText, "an empty body has its (empty) text")
    }

    @Test("Another salt or format version is refused")
    func otherSaltOrVersion() throws {
        var bytes = try Self.encoded(salt: 42)
        #expect(throws: CacheFormatError.self) { try ArticleCache.decode(Data(bytes), salt: 43) }
        bytes[8] &+= 1 // the format version follows the 8-byte magic
        #expect(throws: CacheFormatError.self) { try ArticleCache.decode(Data(bytes), salt: 42) }
    }

    @Test("Every cut-short file is refused")
    func truncated() throws {
        let bytes = try Self.encoded(salt: 7)
        for count in 0..<bytes.count {
            #expect(throws: CacheFormatError.self, "cut at \(count)") { try ArticleCache.decode(Data(bytes.prefix(count)), salt: 7) }
        }
    }

    @Test("A changed byte anywhere is refused")
    func damaged() throws {
        let bytes = try Self.encoded(salt: 7)
        for index in bytes.indices {
            var damaged = bytes
            damaged[index] ^= 0x20
            #expect(throws: CacheFormatError.self, "byte \(index)") { try ArticleCache.decode(Data(damaged), salt: 7) }
        }
    }

    @Test("Without the checksum's help the reader still refuses impossible values")
    func impossibleValues() {
        // A count far past the end, behind a valid header and checksum: refused, not reserved.
        var writer = BinaryWriter()
        for byte in Array("SGCACHE1".utf8) { writer.write(byte) }
        writer.write(ArticleCache.formatVersion)
        writer.write(UInt64(7))
        writer.write(UInt64(4)) // the entries' bytes: the count alone
        writer.write(UInt64(0)) // no texts
        writer.write(UInt32.max)
        let checksum = XXHash64.hash(writer.bytes)
        writer.write(checksum)
        #expect(throws: CacheFormatError.truncated) { try ArticleCache.decode(Data(writer.bytes), salt: 7) }

        var path = BinaryWriter()
        path.write(UInt8(0)); path.write("../../etc/passwd"); path.write(true)
        let observation = path.bytes.withUnsafeBytes { buffer in
            Result { () throws(CacheFormatError) in
                var reader = BinaryReader(buffer)
                return try reader.readObservation()
            }
        }
        #expect(throws: CacheFormatError.self) { try observation.get() }
    }

    /// The search weights' values, written and read in one copy each: the same bit patterns as
    /// one `UInt32` at a time, and a count past the end refused before anything is made.
    @Test("Int32 values in bulk read back as written, as UInt32s one by one would")
    func int32sInBulk() throws {
        let values: [Int32] = [0, 1, -1, .min, .max, 70_000, -70_000, 42]
        var bulk = BinaryWriter(), single = BinaryWriter()
        bulk.write(int32s: values)
        for value in values { single.write(UInt32(bitPattern: value)) }
        #expect(bulk.bytes == single.bytes)
        let read = bulk.bytes.withUnsafeBytes { buffer in
            Result { () throws(CacheFormatError) in
                var reader = BinaryReader(buffer)
                let first = try reader.readInt32s(count: 3), rest = try reader.readInt32s(count: values.count - 3)
                return (first + rest, reader.isAtEnd, try reader.readInt32s(count: 0))
            }
        }
        let (all, atEnd, none) = try read.get()
        #expect(all == values && atEnd && none.isEmpty)
        for count in [values.count + 1, Int.max / 2, -1] {
            let past = bulk.bytes.withUnsafeBytes { buffer in
                Result { () throws(CacheFormatError) in
                    var reader = BinaryReader(buffer)
                    return try reader.readInt32s(count: count)
                }
            }
            #expect(throws: CacheFormatError.truncated, "count \(count)") { try past.get() }
        }
    }
}
