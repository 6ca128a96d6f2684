import Foundation
import Testing
@testable import SitegenCore

/// The related lists kept between builds: used only for the same key and count, never half-read.
@Suite struct RelatedCacheTests {
    static let lists = [[1, 2, 3], [], [0], [4, 0, 1], [2]]

    @Test func readBackOnlyForTheSameKeyAndCount() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("related-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        RelatedCache.write(Self.lists, key: 42, folder: folder)
        #expect(RelatedCache.read(folder: folder, key: 42, count: 5) == Self.lists)
        #expect(RelatedCache.read(folder: folder, key: 43, count: 5) == nil, "another key: ranked again")
        #expect(RelatedCache.read(folder: folder, key: 42, count: 4) == nil, "another number of articles")
        let url = folder.appendingPathComponent(RelatedCache.fileName)
        var damaged = try Data(contentsOf: url)
        damaged[damaged.count / 2] ^= 1
        try damaged.write(to: url)
        #expect(RelatedCache.read(folder: folder, key: 42, count: 5) == nil, "a damaged file is ignored")
    }

    /// The key changes with what ranking reads: a tag moved from one article to another.
    @Test func theKeyFollowsTheTags() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let first = try Data(contentsOf: site.cacheFolder.appendingPathComponent(RelatedCache.fileName))
        let path = "content/2019/manga-dorrar.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(path, text + "\nMer text, samma taggar.\n")
        _ = try await site.build(cache: site.cacheFolder)
        #expect(try Data(contentsOf: site.cacheFolder.appendingPathComponent(RelatedCache.fileName)) == first,
                "a body edit keeps the lists")
        try site.write(path, text.replacingOccurrences(of: #"\ntags: [^\n]*"#, with: "\ntags: [Helt ny tagg]", options: .regularExpression))
        _ = try await site.build(cache: site.cacheFolder)
        #expect(try Data(contentsOf: site.cacheFolder.appendingPathComponent(RelatedCache.fileName)) != first,
                "new tags rank again")
    }
}
