import Foundation
import Testing
@testable import SitegenCore

/// The feeds of a whole build of the "everything" fixture.
@Suite struct FeedPipelineTests {
    @Test func everyTermAndTheSiteHasItsThreeFeeds() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let report = try await site.build()
        let index = try site.index()
        let folders = FeedPlan.folders(index)
        #expect(folders.count == 1 + index.kinds.count + index.regions.count + index.tags.count)
        for folder in folders {
            for format in FeedFormat.allCases {
                let file = (folder.segments + [format.fileName]).joined(separator: "/")
                #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(file).path), "\(file)")
            }
        }
        #expect(report.files == Tree.files(site.output).count, "the report counts every file written")
        let region = try site.output("regioner/jamtland-harjedalen/feed.xml")
        #expect(region.contains("<title>Jämtland Härjedalen – Testnytt</title>"))
        #expect(region.contains("<id>https://test.example.se/nyheter/regioner/jamtland-harjedalen/feed.xml</id>"))
        #expect(region.contains("<entry>") && region.contains("rapport-om-industrin/</id>"))
    }

    @Test func expiredArticlesAreInNoFeed() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let names: Set<String> = ["feed.xml", "rss.xml", "feed.json"]
        let feeds = Tree.files(site.output).filter { names.contains(String($0.split(separator: "/").last!)) }
        #expect(feeds.count == 3 * 17, "the site and 16 tag, region and kind pages, three formats each")
        for feed in feeds {
            #expect(!(try site.output(feed)).contains("2020/krisstod/"), "\(feed)")
        }
        // Its page remains, and announces the site's feeds like every page.
        #expect(try site.output("nyheter/2020/krisstod/index.html").contains("title=\"Testnytt (Atom)\" href=\"../../../feed.xml\""))
    }

    @Test func countAndSummaryOnlyFromSiteYml() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config + "feeds:\n  count: 2\n  content: summary\n")
        _ = try await site.build()
        let atom = try site.output("feed.xml")
        #expect(atom.components(separatedBy: "<entry>").count - 1 == 2)
        #expect(!atom.contains("<content"))
        #expect(try site.output("rss.xml").components(separatedBy: "<item>").count - 1 == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(site.output("feed.json").utf8)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["title"] as? String } == ["Spillvärme blir resurs i Norrköping", "Rapport: så mår industrin efter ett år med covid-19"])
        #expect(items.allSatisfy { $0["content_html"] == nil && $0["content_text"] != nil })
        // The SME tag has three articles; its feed stops at two as well.
        #expect(try site.output("amnen/sme/feed.xml").components(separatedBy: "<entry>").count - 1 == 2)
    }

    @Test("SOURCE_DATE_EPOCH changes the feeds' updated time and nothing else")
    func sourceDateChangesOnlyUpdated() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let dated = site.root.appendingPathComponent("dated")
        _ = try await site.build()
        _ = try await site.build(output: dated, sourceDate: Date(timeIntervalSince1970: 1_700_000_000))
        let plain = Tree.snapshot(site.output), other = Tree.snapshot(dated)
        #expect(plain.keys.sorted() == other.keys.sorted())
        var changed: [String] = []
        for (path, data) in plain where other[path] != data {
            changed.append(path)
            let before = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let after = String(decoding: other[path]!, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let lines = zip(before, after).filter { $0 != $1 }.map(\.1)
            #expect(before.count == after.count)
            #expect(lines == ["  <updated>2023-11-14T23:13:20+01:00</updated>"]
                    || lines == ["    <lastBuildDate>Tue, 14 Nov 2023 23:13:20 +0100</lastBuildDate>"], "\(path): \(lines)")
        }
        #expect(changed.count == 2 * 17, "every Atom and RSS feed, nothing else: \(changed.sorted())")
    }

    /// Feeds are made a batch at a time; an article in feeds of two batches gets its entry
    /// made twice, and the files are the same whatever the batch.
    @Test func feedsWrittenInBatchesAreTheSameFiles() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let index = try site.index()
        let discovery = DiscoveryFiles(index: index, summaries: index.articles.map(\.title),
                                       bodies: index.articles.map { BodyText("<p><a href=\"x/\">\($0.title)</a></p>") },
                                       sourceDate: nil, staticFiles: FilePlan.make(source: site.root, index: index))
        #expect(FeedPlan.folders(index).count > 3, "several batches of 2")
        var trees: [[String: Data]] = []
        for batch in [1, 2, 1_000] {
            let output = site.root.appendingPathComponent("ut-\(batch)")
            let staging = try StagingFolder.create(for: output, manifest: nil)
            try await discovery.write(into: staging, workers: 2, batch: batch)
            trees.append(Tree.snapshot(staging.url))
            staging.discard()
        }
        #expect(trees[0].count == discovery.count)
        #expect(trees[0] == trees[1])
        #expect(trees[0] == trees[2])
    }

    @Test func feedsComeOutTheSameEveryTime() throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let index = try site.index()
        let plan = FeedPlan(index: index, summaries: index.articles.map(\.title),
                            bodies: index.articles.map { BodyText("<p><a href=\"x/\">\($0.title)</a></p>") }, sourceDate: nil)
        let first = plan.documents(), second = plan.documents()
        #expect(first == second)
        #expect(plan.documents(of: plan.feeds(), workers: 3) == first, "entries made on three threads")
        #expect(first.map(AtomFeedRenderer.render) == second.map(AtomFeedRenderer.render))
        #expect(first.map(JSONFeedRenderer.render) == second.map(JSONFeedRenderer.render))
        let body = try #require(first.first?.entries.first?.contentHTML)
        #expect(body.hasPrefix("<p><a href=\"https://test.example.se/nyheter/nyheter/2021/2021-projekt-i-norrkoping/x/\">"))
    }
}
