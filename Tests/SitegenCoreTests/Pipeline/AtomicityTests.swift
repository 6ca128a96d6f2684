import Foundation
import Testing
@testable import SitegenCore

/// A failed build never touches the last good site; a good one replaces it completely.
@Suite struct AtomicityTests {
    @Test func failingBuildLeavesPreviousSiteUntouched() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let before = Tree.snapshot(site.output)
        #expect(!before.isEmpty)

        try site.write("content/trasig.md", "---\ntitle: Trasig\ndate: 2020-13-45\nkind: projekt\nregions: [Atlantis]\n---\nText\n")
        let problems = await site.failingBuild()
        #expect(problems.errors.count == 2, "both the date and the region are reported in one run")
        #expect(Tree.differences(before, Tree.snapshot(site.output)).isEmpty)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty, "a failed build leaves no staging folder: \(leftovers)")
    }

    @Test func filesOfRemovedArticlesVanish() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let page = site.output.appendingPathComponent("nyheter/2019/manga-dorrar/index.html")
        #expect(FileManager.default.fileExists(atPath: page.path))
        try site.remove("content/2019/manga-dorrar.md")
        _ = try await site.build()
        #expect(!FileManager.default.fileExists(atPath: page.path))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("index.html").path))
    }

    @Test func leftoversOfAKilledBuildAreCleanedUp() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let stale = site.root.appendingPathComponent(".site.staging-99999")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: stale.appendingPathComponent("index.html"))
        _ = try await site.build()
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func previousSiteIsRestoredAfterACrashBetweenRenames() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        // As if a build died after moving the old site aside and before moving the new one in.
        let aside = site.root.appendingPathComponent(".site.previous-4242")
        try FileManager.default.moveItem(at: site.output, to: aside)
        try site.write("content/trasig.md", "no front matter")
        _ = await site.failingBuild()
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("index.html").path))
    }
}
