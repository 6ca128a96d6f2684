import Foundation
import Testing
@testable import SitegenCore

/// A build with the build cache must give exactly what a build without it gives.
@Suite("Build cache")
struct BuildCacheTests {
    /// The article files of the everything fixture, drafts and scheduled ones included.
    static let articleFiles = 7

    @Test("A warm build equals a cold one, and takes every article from the cache")
    func warmEqualsCold() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let first = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "first build, empty cache")
        #expect(first?.cachedArticles == 0)
        #expect(!Self.shardFiles(site.cacheFolder).isEmpty)
        let second = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "second build, warm cache")
        #expect(second?.cachedArticles == Self.articleFiles)
        // The golden tree too, so the cold side is not merely agreeing with itself.
        let golden = Tree.snapshot(GoldenSiteTests.golden)
        #expect(Tree.differences(golden, Tree.snapshot(site.output)).isEmpty)
    }

    @Test("Drafts, never rendered by a build without --drafts, are rendered when asked for")
    func draftsFromAWarmCache() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let report = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, drafts: true, "warm build with --drafts")
        #expect(report?.cachedArticles == Self.articleFiles)
        #expect(report?.articles == 6)
        let again = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "warm build without --drafts")
        #expect(again?.cachedArticles == Self.articleFiles)
    }

    @Test("--future is not in the key: the scheduled article, loaded but never rendered, is rendered when asked for")
    func futureFromAWarmCache() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let report = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, future: true, "warm build with --future")
        #expect(report?.cachedArticles == Self.articleFiles)
        #expect(report?.scheduled == 0)
    }

    @Test("Another --base-url starts cold and still builds the same site")
    func baseURLIsInTheKey() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let report = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, baseURL: "https://forhandsvisning.example.se/",
                                                       "build with --base-url")
        #expect(report?.cachedArticles == 0)
    }

    @Test("Warnings of a cached article are reported as on a cold build, with their place and excerpt")
    func warningsAreReportedAgain() async throws {
        let site = try TestSite(fixture: "everything", files: ["content/2022/varning.md": """
            ---
            title: En artikel med ett felstavat fält
            date: 2022-03-01
            kind: projekt
            regions: [Kronoberg]
            sumary: Felstavat.
            image_alt: Ingen bild
            ---

            Text.
            """])
        defer { site.cleanUp() }
        let cold = try await site.build()
        let ownWarnings = cold.warnings.filter { $0.location?.file == "content/2022/varning.md" }
        #expect(ownWarnings.count == 2)
        #expect(ownWarnings.contains { $0.message.contains("sumary") && $0.hint == "did you mean 'summary'?" && $0.excerpt == "sumary: Felstavat." })
        _ = try await site.build(cache: site.cacheFolder)
        let warm = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "warm build with warnings")
        #expect(warm?.cachedArticles == Self.articleFiles + 1)
        #expect(warm?.warnings == cold.warnings)
    }

    @Test("Messages about a body quote its line from the file, cold and cached, with a byte-order mark and CRLF")
    func bodyExcerptsComeFromTheFile() async throws {
        let text = "\u{FEFF}---\r\ntitle: Bilder utan text\r\ndate: 2022-03-02\r\nkind: projekt\r\nregions: [Kronoberg]\r\n"
            + "summary: Två bilder.\r\n---\r\n\r\nFörsta stycket.\r\n\r\n![](/bilder/karta.png) står på rad elva.\r\n\r\n"
            + "Se [klicka här](https://example.se/) på rad tretton.\r\n"
        let site = try TestSite(fixture: "everything", files: ["content/2022/bilder.md": text, "static/bilder/karta.png": ""])
        defer { site.cleanUp() }
        func own(_ report: BuildReport?) -> [Diagnostic] {
            (report?.warnings ?? []).filter { $0.location?.file == "content/2022/bilder.md" }
        }
        let cold = own(try await site.build(cache: site.cacheFolder))
        #expect(cold.map(\.location?.line) == [11, 13])
        #expect(cold.map(\.excerpt) == ["![](/bilder/karta.png) står på rad elva.", "Se [klicka här](https://example.se/) på rad tretton."])
        let warm = try await site.build(cache: site.cacheFolder)
        #expect(warm.cachedArticles == Self.articleFiles + 1)
        #expect(own(warm) == cold)
    }

    @Test("Search weights lost from the cache are made again from the articles' files, as on a cold build")
    func searchWeightsMadeAgain() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let weights = site.cacheFolder.appendingPathComponent(SearchWeightsCache.fileName)
        #expect(FileManager.default.fileExists(atPath: weights.path))
        try FileManager.default.removeItem(at: weights)
        let report = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "warm build without search weights")
        #expect(report?.cachedArticles == Self.articleFiles)
        #expect(FileManager.default.fileExists(atPath: weights.path))
    }

    /// The cache's shard files in `folder`.
    static func shardFiles(_ folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            .filter { $0.hasPrefix("articles-") && $0.hasSuffix(".bin") }.map { folder.appendingPathComponent($0) }
    }

    static func damage(_ file: URL, _ damage: String) throws {
        var bytes = try Data(contentsOf: file)
        switch damage {
        case "garbage": bytes = Data("this is not a cache".utf8)
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "flipped": bytes[ArticleCache.headerCount + sealedCount(bytes) / 2] ^= 0x01 // among the sealed entries
        case "empty": bytes = Data()
        default: break
        }
        if damage == "folder" {
            try FileManager.default.removeItem(at: file)
            try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        } else {
            try bytes.write(to: file)
        }
    }

    /// The byte count of a shard's sealed entries, from its header (after the magic, the
    /// version and the salt).
    static func sealedCount(_ bytes: Data) -> Int {
        bytes[20..<28].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    @Test("Damaged, cut-short or foreign cache files are ignored, and replaced", arguments: ["garbage", "truncated", "flipped", "empty", "folder"])
    func damagedCacheIsIgnored(damage: String) async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let shards = Self.shardFiles(site.cacheFolder)
        #expect(!shards.isEmpty)
        for file in shards { try Self.damage(file, damage) }
        if damage == "folder" {
            // Where the cache cannot be read or written, the site is still built, with a warning.
            let cold = try await site.build(output: site.root.appendingPathComponent("cold"))
            let report = try await site.build(cache: site.cacheFolder)
            #expect(report.cachedArticles == 0)
            #expect(Tree.differences(Tree.snapshot(site.root.appendingPathComponent("cold")), Tree.snapshot(site.output)).isEmpty)
            let extra = report.warnings.filter { !cold.warnings.contains($0) }
            #expect(extra.count == 1)
            #expect(extra.first?.message.hasPrefix("the build cache could not be written to") == true)
            return
        }
        let report = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "build with \(damage) cache files")
        #expect(report?.cachedArticles == 0)
        let next = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "build after the \(damage) cache was replaced")
        #expect(next?.cachedArticles == Self.articleFiles)
    }

    /// Every entry in the cache folder's shards, read with the salt their headers give.
    static func cachedPaths(_ folder: URL) throws -> [String] {
        try shardFiles(folder).flatMap { file in
            let bytes = try Data(contentsOf: file)
            let salt = bytes[12..<20].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            return try ArticleCache.decode(bytes, salt: salt).keys
        }.sorted()
    }

    static func inodes(_ folder: URL) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for file in shardFiles(folder) {
            result[file.lastPathComponent] = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        }
        return result
    }

    @Test("Only shards with changed entries are written; entries of deleted files are dropped; settled files are not read")
    func onlyChangedShardsAreWritten() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        // The fixture's files were written a moment ago: only files left alone for a while have
        // stamps a later build trusts (FileStamp), as an article written yesterday would.
        try await Task.sleep(for: .milliseconds(Int(FileStamp.settling / 1_000_000) + 200))
        _ = try await site.build(cache: site.cacheFolder)
        let paths = try Self.cachedPaths(site.cacheFolder)
        #expect(paths.count == Self.articleFiles)
        let before = try Self.inodes(site.cacheFolder)

        let second = try await site.build(cache: site.cacheFolder)
        #expect(try Self.inodes(site.cacheFolder) == before, "a build with nothing changed writes no shard")
        #expect(second.unreadArticles == Self.articleFiles, "no article file was read: their stamps vouched for them")

        let edited = "content/2019/manga-dorrar.md"
        let text = try site.output(edited, in: site.root)
        try site.write(edited, text + "\nEtt stycke till.\n")
        let third = try await site.build(cache: site.cacheFolder)
        #expect(third.unreadArticles == Self.articleFiles - 1, "the edited file was read")
        let after = try Self.inodes(site.cacheFolder)
        let rewritten = after.keys.filter { after[$0] != before[$0] }
        #expect(rewritten == [ArticleCache.fileName(shard: ArticleCache.shard(of: edited))])

        try site.remove("content/2019/manga-dorrar.md")
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "an article deleted")
        #expect(try Self.cachedPaths(site.cacheFolder) == paths.filter { $0 != edited })
    }

    @Test("One damaged shard costs only its own articles")
    func oneDamagedShard() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let shards = Self.shardFiles(site.cacheFolder)
        let damaged = try #require(shards.first)
        // The salt is in the header, after the 8-byte magic and the 4-byte version.
        let bytes = try Data(contentsOf: damaged)
        let salt = bytes[12..<20].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let entriesInShard = try ArticleCache.decode(bytes, salt: salt).count
        try Self.damage(damaged, "flipped")
        let report = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "build with one damaged shard")
        #expect(entriesInShard > 0)
        #expect(report?.cachedArticles == Self.articleFiles - entriesInShard)
    }

    /// The bodies' HTML is after a shard's seal and checked only when read (``CacheDamage``):
    /// a build that reads a damaged one publishes nothing made from it, removes the shard and
    /// starts over, and its site is a cold build's. Some bodies are read while the links are
    /// checked, others only when their pages and feeds are made; the scheduled article's
    /// body is not read at all (its shard is not removed, and its entry is used).
    @Test("A damaged body in a shard costs a second build, never a wrong page")
    func damagedBody() async throws {
        let first = try TestSite(fixture: "everything")
        _ = try await first.build(cache: first.cacheFolder)
        let shardNames = Self.shardFiles(first.cacheFolder).map(\.lastPathComponent)
        first.cleanUp()
        var restarted = 0
        for name in shardNames {
            let site = try TestSite(fixture: "everything")
            defer { site.cleanUp() }
            _ = try await site.build(cache: site.cacheFolder)
            let shard = site.cacheFolder.appendingPathComponent(name)
            var bytes = try Data(contentsOf: shard)
            let salt = bytes[12..<20].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let inShard = try ArticleCache.decode(bytes, salt: salt)
            let textsStart = ArticleCache.headerCount + Self.sealedCount(bytes) + 8
            guard bytes.count > textsStart + 1 else { continue }
            bytes[textsStart + 1] ^= 0x01 // in the first body
            try bytes.write(to: shard)
            #expect(throws: CacheFormatError.invalid("a text whose hash is not its own")) { try ArticleCache.decode(bytes, salt: salt) }
            // Without the published site every page is made, and every listed article's body read.
            try FileManager.default.removeItem(at: site.output)
            let report = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "\(name) with a damaged body")
            // Whether one of the shard's articles has a page (the cold build's): its body was read.
            let listed = inShard.values.contains { entry in
                entry.article.map { FileManager.default.fileExists(
                    atPath: site.root.appendingPathComponent("cold/" + $0.path.indexFile).path) } ?? false
            }
            if listed {
                restarted += 1
                #expect(report?.cachedArticles == Self.articleFiles - inShard.count, "\(name): its articles were loaded from their files")
                #expect(report?.damagedCacheFiles == [shard.path], "\(name): the report names the shard")
                let rewritten = try Data(contentsOf: shard)
                #expect(try ArticleCache.decode(rewritten, salt: salt).count == inShard.count, "\(name): the shard is whole again")
            }
            let next = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "\(name) after the shard was made again")
            if listed { #expect(next?.cachedArticles == Self.articleFiles, "\(name): every article from the cache again") }
        }
        #expect(restarted >= 4)
    }

    /// `sitegen check` reads bodies too (anchors, links to rewrite): with a damaged one it
    /// checks again without the shard, and finds what a check without the cache finds.
    @Test("sitegen check with a damaged body in the cache finds what it finds without the cache")
    func checkWithDamagedBody() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let (shard, original) = try #require(try Self.shardFiles(site.cacheFolder).map { ($0, try Data(contentsOf: $0)) }
            .max { $0.1.count - Self.sealedCount($0.1) < $1.1.count - Self.sealedCount($1.1) })
        var bytes = original
        bytes[ArticleCache.headerCount + Self.sealedCount(bytes) + 8 + 1] ^= 0x01
        try bytes.write(to: shard)
        func check(cache: URL?) async -> CheckResult {
            await Build(options: BuildOptions(source: site.root, output: site.output, now: TestSite.now, cacheFolder: cache)).check()
        }
        let cold = await check(cache: nil)
        let warm = await check(cache: site.cacheFolder)
        #expect(warm.diagnostics == cold.diagnostics)
        #expect(warm.report == cold.report)
        #expect(try Data(contentsOf: shard) != bytes, "the damaged shard was removed, and written again")
    }

    @Test("A changed bundle image, attachment or static file makes the cached article stale")
    func otherFilesAreChecked() async throws {
        let site = try TestSite(fixture: "everything", files: ["content/2022/statisk.md": """
            ---
            title: En bild från static
            date: 2022-03-01
            kind: projekt
            regions: [Kronoberg]
            image: /bilder/karta.png
            image_alt: En karta
            ---

            Text.
            """])
        defer { site.cleanUp() }
        try site.write("static/bilder/karta.png", CacheCheck.png(width: 300, height: 200))
        _ = try await site.build(cache: site.cacheFolder)
        let article = "nyheter/2022/statisk/index.html"
        #expect(try site.output(article).contains("width=\"300\" height=\"200\""))

        try site.write("static/bilder/karta.png", CacheCheck.png(width: 640, height: 480))
        let resized = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "static image resized")
        #expect(resized?.cachedArticles == Self.articleFiles)
        #expect(try site.output(article).contains("width=\"640\" height=\"480\""))

        try site.write("content/2020/rapport-om-industrin/diagram.png", CacheCheck.png(width: 1000, height: 50))
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "bundle image resized")
        #expect(try site.output("nyheter/2020/rapport-om-industrin/index.html").contains("width=\"1000\" height=\"50\""))

        try site.write("content/2020/rapport-om-industrin/rapport.pdf", Data(repeating: 0x25, count: 3_000_000))
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "attachment grown")

        try site.remove("static/bilder/karta.png")
        #expect(await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "static image removed") == nil, "the build must fail")
    }
}
