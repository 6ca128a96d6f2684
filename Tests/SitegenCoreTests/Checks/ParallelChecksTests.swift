import Foundation
import Testing
@testable import SitegenCore

/// The checks run on all cores find what they find on one, in the same order: the problems in
/// file order, and each outside address once, where first linked, with all its places.
@Suite struct ParallelChecksTests {
    static func checked(_ site: TestSite, workers: Int) async throws -> Build.Checked {
        var timer = PhaseTimer()
        let build = Build(options: BuildOptions(source: site.root, output: site.output, workers: workers, now: TestSite.now))
        return try #require(await build.prepare(&timer, gatheringExternalLinks: true).0)
    }

    @Test func manyWorkersFindWhatOneFinds() async throws {
        var files: [String: String] = [:]
        var random = SeededGenerator(seed: 3)
        for number in 0..<60 {
            let links = (0..<3).map { _ -> String in
                switch Int.random(in: 0..<4, using: &random) {
                case 0: "[delad](https://example.org/delad)"
                case 1: "[egen \(number)](https://example.org/\(number))"
                case 2: "[trasig](../finns-inte-\(number % 7).md)"
                default: "[granne](a\((number + 1) % 60).md#finns-inte)"
                }
            }
            files["content/2020/a\(number).md"] = """
                ---
                title: Artikel \(number)
                date: 2020-01-\(String(format: "%02d", number % 28 + 1))
                kind: projekt
                regions: [Kronoberg]
                ---

                Text med \(links.joined(separator: " och ")).

                ![](saknas-\(number).png)
                """
        }
        let site = try TestSite(fixture: "tiny", files: files)
        defer { site.cleanUp() }
        let one = try await Self.checked(site, workers: 1)
        for workers in [2, 3, 8] {
            let many = try await Self.checked(site, workers: workers)
            #expect(many.content.problems == one.content.problems, "\(workers) workers")
            #expect(many.content.externalLinks == one.content.externalLinks, "\(workers) workers")
            #expect(many.texts.bodies == one.texts.bodies)
        }
        #expect(one.content.problems.count > 60, "broken links and images were found")
        #expect(one.content.externalLinks.first { $0.url == "https://example.org/delad" }.map(\.places.count) ?? 0 > 5)
    }
}
