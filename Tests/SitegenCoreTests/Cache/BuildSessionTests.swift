import Foundation
import Testing
@testable import SitegenCore

/// A session keeps the build cache's entries in memory between builds in one process (`sitegen
/// serve`): they are used instead of the cache folder's, and checked exactly as strictly.
@Suite struct BuildSessionTests {
    static func options(_ site: TestSite, _ session: BuildSession) -> BuildOptions {
        var options = BuildOptions(source: site.root, output: site.output, workers: 2, now: TestSite.now,
                                   cacheFolder: site.cacheFolder)
        options.session = session
        return options
    }

    @Test func theSecondBuildTakesTheEntriesFromMemoryAndStillSeesEdits() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let session = BuildSession()
        _ = try await Build(options: Self.options(site, session)).run()
        // With the cache folder gone, only the session can answer.
        try FileManager.default.removeItem(at: site.cacheFolder)
        let second = try await Build(options: Self.options(site, session)).run()
        #expect(second.cachedArticles == second.articles + second.drafts + second.scheduled,
                "every article file came from the session")

        let path = "content/2019/manga-dorrar.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(path, text + "\nEn mening som bara finns efter ändringen.\n")
        let third = try await Build(options: Self.options(site, session)).run()
        #expect(third.cachedArticles == second.cachedArticles - 1, "the edited file is read again")
        #expect(try site.output("nyheter/2019/manga-dorrar/index.html").contains("En mening som bara finns efter ändringen."))
        let differences = Tree.differences(try await RebuildTests.coldBuild(of: site, fixture: "everything"), Tree.snapshot(site.output))
        #expect(differences.isEmpty, "\(differences.prefix(5))")
    }

    @Test func anotherSaltIsNotAnswered() {
        let session = BuildSession()
        let folder = URL(fileURLWithPath: "/tmp/cache")
        session.keep([:], folder: folder, salt: 1)
        #expect(session.entries(folder: folder, salt: 1) != nil)
        #expect(session.entries(folder: folder, salt: 2) == nil)
        #expect(session.entries(folder: URL(fileURLWithPath: "/tmp/other"), salt: 1) == nil)
    }
}
