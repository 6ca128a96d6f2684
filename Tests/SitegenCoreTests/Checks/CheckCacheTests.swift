import Foundation
import Testing
@testable import SitegenCore

/// The checks and the link rewriting with the build cache: an article taken from the cache is
/// checked like any other, and its links follow the articles they lead to, which the cache
/// cannot know about; with `dates_from_git`, a commit changes the dates of a cached article.
@Suite struct CheckCacheTests {
    static let linking = "---\ntitle: Länkar\ndate: 2021-01-01\nkind: projekt\nregions: [Kronoberg]\n---\n\nSe [målet](mal.md#resultat).\n"

    static func target(slug: String? = nil, heading: String = "Resultat") -> String {
        "---\ntitle: Mål\ndate: 2020-01-01\nkind: projekt\nregions: [Kronoberg]\n" + (slug.map { "slug: \($0)\n" } ?? "")
            + "---\n\nText.\n\n## \(heading)\n"
    }

    @Test func aCachedArticlesLinkFollowsTheArticleItLeadsTo() async throws {
        let site = try TestSite(fixture: "tiny", files: ["content/lankar.md": Self.linking, "content/mal.md": Self.target()])
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        #expect(try site.output("nyheter/2021/lankar/index.html").contains("<a href=\"../../2020/mal/#resultat\">målet</a>"))

        try site.write("content/mal.md", Self.target(slug: "nytt-namn"))
        let warm = try await site.build(cache: site.cacheFolder)
        #expect(warm.cachedArticles == 2, "the linking article (and the fixture's own) come from the cache")
        #expect(try site.output("nyheter/2021/lankar/index.html").contains("<a href=\"../../2020/nytt-namn/#resultat\">målet</a>"))
    }

    @Test func aCachedArticleIsCheckedAgain() async throws {
        let site = try TestSite(fixture: "tiny", files: ["content/lankar.md": Self.linking, "content/mal.md": Self.target()])
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        try site.write("content/mal.md", Self.target(heading: "Slutsatser"))
        do {
            _ = try await site.build(cache: site.cacheFolder)
            Issue.record("the anchor no longer exists: the build must stop")
        } catch {
            #expect(error.diagnostics.errors.map(ContentCheckTests.firstLine) == [
                "content/lankar.md:8:4: error: the link leads to '#resultat' in 'content/mal.md', but it has no heading with that id",
            ])
        }
    }

    @Test func aCommitChangesTheDatesOfACachedArticle() async throws {
        let (top, site) = try GitDatesTests.repository()
        defer { try? FileManager.default.removeItem(at: top) }
        try site.remove("content/ny.md")
        _ = try await site.build(cache: site.cacheFolder)
        #expect(try site.index().articles.first { $0.sourcePath == "content/samma-dag.md" }?.updated == nil)
        // The file's bytes stay; only its history changes.
        try GitDatesTests.git(["commit", "-q", "--allow-empty", "-m", "Tom"], in: top, date: "2022-01-01T10:00:00+01:00")
        let path = site.root.appendingPathComponent("content/samma-dag.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        try (text + "\nTillägg.\n").write(to: path, atomically: true, encoding: .utf8)
        try GitDatesTests.git(["commit", "-q", "-am", "Tillägg"], in: top, date: "2022-02-02T10:00:00+01:00")
        try text.write(to: path, atomically: true, encoding: .utf8)
        try GitDatesTests.git(["commit", "-q", "-am", "Tillbaka"], in: top, date: "2022-03-03T10:00:00+01:00")
        let warm = try await site.build(cache: site.cacheFolder)
        #expect(warm.cachedArticles == 4, "the other four are unchanged, and this one is not taken from the cache")
        let page = try site.output("nyheter/2020/samma-dag/index.html")
        #expect(page.contains("2022-03-03T10:00:00+01:00"), "the same bytes as cached, but a later commit: updated")
    }
}
