import Foundation
import Testing
@testable import SitegenCore

/// Bodies kept in a file until they are used (``BodyFile``, ``BodyText``): every text comes
/// back as it went in, from any thread, and a build holds its bodies there, not in memory.
@Suite("Bodies kept in a file")
struct BodyTextTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bodies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Texts of many lengths and scripts, one empty.
    static let texts: [String] = (0..<400).map { number in
        switch number % 5 {
        case 0: ""
        case 1: "<p>Företag i Västernorrland nr \(number).</p>\n"
        case 2: String(repeating: "Smörgåsbord 🇸🇪 ", count: number * 3)
        case 3: "<h2 id=\"a\(number)\">Åre</h2>" + String(repeating: "x", count: 70_000 + number)
        default: "\u{0}\u{7F}ÅÄÖ\r\n\(number)"
        }
    }

    @Test("Texts put into a spill file by two threads at once read back the same, and compare equal to themselves in memory")
    func spilledTextsReadBack() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(BodyFile.spill(near: folder))
        let stored = ParallelMap.map(Self.texts, workers: 2) { BodyText($0).spilled(into: file) }
        for (text, body) in zip(Self.texts, stored) {
            #expect(body.isStored == !text.isEmpty, "an empty text needs no place in the file")
            #expect(body.string == text)
            #expect(body.utf8 == Array(text.utf8), "the bytes, read without a String")
            #expect(body.withUTF8 { Array($0) } == Array(text.utf8))
            #expect(body.hash == BodyText(text).hash)
            #expect(body.isEmpty == text.isEmpty)
            #expect(body == BodyText(text))
        }
        #expect(stored[1] != BodyText("något annat"))
        #expect(stored[1] != stored[6], "two stored texts that differ")

        // Texts given as UTF-8 bytes (the renderer's HTML), in memory and stored, are the same texts.
        let bytes = ParallelMap.map(Self.texts, workers: 2) { BodyText(utf8: Array($0.utf8)) }
        for (text, body) in zip(Self.texts, bytes) {
            for kept in [body, body.spilled(into: file)] {
                #expect(kept.string == text)
                #expect(kept.utf8 == Array(text.utf8))
                #expect(kept.withUTF8 { Array($0) } == Array(text.utf8))
                #expect(kept.hash == BodyText(text).hash)
                #expect(kept.isEmpty == text.isEmpty)
                #expect(kept == BodyText(text))
            }
            #expect(body.spilled(into: file).isStored == !text.isEmpty, "bytes go into the file as a String's do")
        }
    }

    @Test("A stored text damaged in its shard is read as no bytes, as it is read as no text, and the shard is noted")
    func damagedTextAsBytes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var entry = CacheCodingTests.entries[0]
        entry.sourcePath = "content/skadad.md"
        entry.rendered?.html = Self.texts[2]
        let shard = ArticleCache.shard(of: entry.sourcePath)
        try ArticleCache.write(shards: [shard], paths: [shard: [entry.sourcePath]], entries: [entry.sourcePath: entry],
                               salt: 7, folder: folder)
        let damage = CacheDamage()
        let read = try #require(ArticleCache.read(folder: folder, salt: 7, damage: damage)[entry.sourcePath]?.rendered?.htmlText)
        #expect(read.isStored)
        #expect(read.utf8 == Array(Self.texts[2].utf8))
        #expect(!damage.isFound)

        // A byte of the text (after the seal) changed in the open file, as another program might.
        let file = folder.appendingPathComponent(ArticleCache.fileName(shard: shard))
        let bytes = try Data(contentsOf: file)
        let textsStart = ArticleCache.headerCount + BuildCacheTests.sealedCount(bytes) + 8
        let handle = try FileHandle(forWritingTo: file)
        try handle.seek(toOffset: UInt64(textsStart + 5))
        try handle.write(contentsOf: Data([bytes[textsStart + 5] ^ 0x01]))
        try handle.close()
        #expect(read.utf8.isEmpty)
        #expect(read.withUTF8 { $0.count } == 0)
        #expect(damage.isFound, "the shard is noted, so the build starts over without it")
        #expect(read.string.isEmpty, "as the text reads")
    }

    @Test("A spill file is unlinked at once: nothing is left in the folder, also while it is in use")
    func spillFileLeavesNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(BodyFile.spill(near: folder))
        let body = BodyText("<p>Kvar i minnet?</p>").spilled(into: file)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(body.string == "<p>Kvar i minnet?</p>")
    }

    @Test("Where no spill file can be made, there is none, and texts stay in memory")
    func noFolderNoSpill() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("finns-inte-\(UUID().uuidString)/ut")
        #expect(BodyFile.spill(near: missing) == nil)
    }

    @Test("The build cache's bodies are left in their shard, and read as they were also after the shard is written again")
    func cacheBodiesStayInTheirShard() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var entries: PathTable<ArticleCacheEntry> = [:]
        for number in 0..<40 {
            var entry = CacheCodingTests.entries[0]
            entry.sourcePath = "content/\(number).md"
            entry.rendered?.html = Self.texts[number]
            entries[entry.sourcePath] = entry
        }
        let paths = Dictionary(grouping: entries.keys, by: ArticleCache.shard(of:))
        try ArticleCache.write(shards: Set(paths.keys), paths: paths, entries: entries, salt: 7, folder: folder, workers: 2)
        let read = ArticleCache.read(folder: folder, salt: 7, workers: 2)
        #expect(read == entries)
        for (path, entry) in read {
            let rendered = try #require(entry.rendered)
            #expect(rendered.htmlText.isStored == !entries[path]!.rendered!.html.isEmpty)
        }

        // The next build's cache phase renames new shards over these.
        var changed = entries
        for path in changed.keys { changed[path]!.rendered!.html = "<p>Ny text</p>" }
        try ArticleCache.write(shards: Set(paths.keys), paths: paths, entries: changed, salt: 7, folder: folder, workers: 2)
        for (path, entry) in read {
            #expect(entry.rendered?.html == entries[path]!.rendered!.html, "\(path) as it was read")
        }
        #expect(ArticleCache.read(folder: folder, salt: 7).values.allSatisfy { $0.rendered?.html == "<p>Ny text</p>" })
    }

    @Test("A build keeps its bodies' HTML and plain text in files, cold and from the build cache, and builds the same site")
    func aBuildHoldsNoBodies() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        for pass in ["cold", "warm"] {
            var timer = PhaseTimer()
            let build = Build(options: BuildOptions(source: site.root, output: site.output, workers: 2, now: TestSite.now,
                                                    cacheFolder: site.cacheFolder))
            let checked = try #require(await build.prepare(&timer).0)
            let bodies = checked.texts.bodies
            #expect(!bodies.isEmpty)
            for body in bodies where !body.html.isEmpty {
                #expect(body.htmlText.isStored, "\(pass): HTML in memory")
                if pass == "cold" { #expect(body.plainTextStore.isStored, "\(pass): plain text in memory") }
            }
            _ = try await site.build(cache: site.cacheFolder)
        }
        let golden = Tree.snapshot(GoldenSiteTests.golden)
        #expect(Tree.differences(golden, Tree.snapshot(site.output)).isEmpty)
    }

    @Test("An output folder whose folder is not made yet: the bodies go into a file in the site folder, which keeps nothing of it")
    func spillInTheSiteFolder() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let output = site.root.appendingPathComponent("ut/djup/site")
        let before = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        var timer = PhaseTimer()
        let build = Build(options: BuildOptions(source: site.root, output: output, workers: 2, now: TestSite.now))
        let checked = try #require(await build.prepare(&timer).0)
        #expect(checked.texts.bodies.contains { !$0.html.isEmpty })
        for body in checked.texts.bodies where !body.html.isEmpty {
            #expect(body.htmlText.isStored)
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("ut").path), "nothing made for the output yet")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == before)
    }
}
