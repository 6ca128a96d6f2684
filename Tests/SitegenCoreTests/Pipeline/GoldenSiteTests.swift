import Foundation
import Testing
@testable import SitegenCore

/// The "everything" fixture built with the default theme must equal the committed output tree
/// `Fixtures/everything.golden/` byte for byte.
///
/// Changing the theme or the output changes the golden tree on purpose: re-record it with
/// `SITEGEN_RECORD=1 swift test --filter GoldenSite`, which rewrites the tree and fails, then
/// read the diff before committing it.
@Suite struct GoldenSiteTests {
    static let golden = TestPaths.fixtures.appendingPathComponent("everything.golden")

    @Test func everythingSiteMatchesGoldenTree() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let report = try await site.build()
        #expect(report.articles == 5)
        #expect(report.drafts == 1)
        let actual = Tree.snapshot(site.output)

        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] != nil {
            try? FileManager.default.removeItem(at: Self.golden)
            try FileManager.default.copyItem(at: site.output, to: Self.golden)
            Issue.record("Recorded \(actual.count) files into \(Self.golden.path); check the diff and run again without SITEGEN_RECORD.")
            return
        }
        let expected = Tree.snapshot(Self.golden)
        #expect(!expected.isEmpty, "no golden tree; record it with SITEGEN_RECORD=1")
        let differences = Tree.differences(expected, actual)
        #expect(differences.isEmpty, "output differs from the golden tree:\n\(differences.prefix(20).joined(separator: "\n"))")
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let second = site.root.appendingPathComponent("second")
        _ = try await site.build()
        _ = try await site.build(output: second)
        #expect(Tree.differences(Tree.snapshot(site.output), Tree.snapshot(second)).isEmpty)
    }

    @Test func parallelBuildEqualsSingleWorkerBuild() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let single = site.root.appendingPathComponent("single")
        _ = try await site.build(workers: 8)
        _ = try await site.build(output: single, workers: 1)
        #expect(Tree.differences(Tree.snapshot(single), Tree.snapshot(site.output)).isEmpty)
    }

    @Test func draftsAreBuiltOnlyWhenAsked() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let report = try await site.build(drafts: true)
        #expect(report.articles == 6)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("nyheter/2018/utkast/index.html").path))
    }
}
