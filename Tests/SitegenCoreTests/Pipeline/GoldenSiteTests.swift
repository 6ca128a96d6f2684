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
        for number in 1...5 {
            try site.write("content/2022/varning-\(number).md", """
                ---
                title: Varning \(number)
                date: 2022-03-0\(number)
                kind: projekt
                regions: [Kronoberg]
                tags: [Export]
                rubrik: ett fält som inte finns
                ---

                Text.
                """)
        }
        let parallel = try await site.build(workers: 8)
        let one = try await site.build(output: single, workers: 1)
        #expect(Tree.differences(Tree.snapshot(single), Tree.snapshot(site.output)).isEmpty)
        // Articles are loaded on all cores too: the messages come in the same order.
        #expect(one.warnings.count == 5)
        #expect(parallel.warnings.map { "\($0)" } == one.warnings.map { "\($0)" })
    }

    @Test func draftsAreBuiltOnlyWhenAsked() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let report = try await site.build(drafts: true)
        #expect(report.articles == 6)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("nyheter/2018/utkast/index.html").path))
    }
}

/// Publish and expiry dates against the build's clock.
@Suite struct ScheduleTests {
    @Test func futureArticlesWaitAndExpiredOnesLeaveTheLists() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let report = try await site.build()
        #expect(report.scheduled == 1)
        #expect(report.expired == 1)
        let fm = FileManager.default
        #expect(!fm.fileExists(atPath: site.output.appendingPathComponent("nyheter/2030/framtiden/index.html").path))
        let expired = try String(contentsOf: site.output.appendingPathComponent("nyheter/2020/krisstod/index.html"), encoding: .utf8)
        #expect(expired.contains("<strong>Inaktuell.</strong> Informationen gällde till 31 december 2020"))
        let home = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!home.contains("Krisstöd för företagen i Lindesberg"), "expired articles are not listed")
        #expect(home.contains("Spillvärme blir resurs i Norrköping"))
        // The tag only the expired article had has no page, and its page does not link to it.
        #expect(!fm.fileExists(atPath: site.output.appendingPathComponent("amnen/finansiering/index.html").path))
        #expect(!expired.contains("amnen/finansiering/"))
        #expect(!expired.contains("\"../../../krisstod/\""), "the kind has no page: its name is not a link")
        #expect(expired.contains("<span class=\"kind-label\">Krisstödsmeddelande</span>"))
        let change = try #require(report.nextChange)
        #expect(change.sourcePath == "content/2030-01-01-framtiden.md")
        #expect(change.reason == .publish)
        let file = try String(contentsOf: NextChangeFile.url(in: site.root), encoding: .utf8)
        #expect(file == "{\"article\":\"content/2030-01-01-framtiden.md\",\"next_change\":\"2030-01-01T08:00:00+01:00\",\"reason\":\"publish\"}\n")
    }

    @Test func futureFlagAndLaterClock() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        var report = try await site.build(future: true)
        #expect(report.scheduled == 0)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("nyheter/2030/framtiden/index.html").path))
        report = try await site.build(now: Date(timeIntervalSince1970: 1_900_000_000))
        #expect(report.scheduled == 0, "by 2030-03 the article is due")
        #expect(report.nextChange == nil)
    }

    @Test func removePolicyDropsThePage() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config + "expired: remove\n")
        let report = try await site.build()
        #expect(report.expired == 1)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("nyheter/2020/krisstod/index.html").path))
    }
}
