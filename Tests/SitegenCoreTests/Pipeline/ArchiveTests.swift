import Foundation
import Testing
@testable import SitegenCore

/// Year pages, month pages for busy years, and the archive overview.
@Suite struct ArchiveTests {
    @Test func yearPagesAndTheOverview() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let year = try String(contentsOf: site.output.appendingPathComponent("nyheter/2019/index.html"), encoding: .utf8)
        #expect(year.contains("<h1") && year.contains("2019"))
        #expect(year.contains("Industrikommunerna möttes i Örnsköldsvik") && year.contains("Många dörrar leder rätt"))
        #expect(!year.contains("Spillvärme"))
        let overview = try String(contentsOf: site.output.appendingPathComponent("nyheter/index.html"), encoding: .utf8)
        let order = ["2021</span>", "2020</span>", "2019</span>"].compactMap { overview.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted(), "years newest first")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("nyheter/2019/04/index.html").path),
                "a quiet year has no month pages")
    }

    @Test func busyYearsGetMonthPages() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config + "archive_months_over: 1\n")
        _ = try await site.build()
        let april = try String(contentsOf: site.output.appendingPathComponent("nyheter/2019/04/index.html"), encoding: .utf8)
        #expect(april.contains("april 2019"))
        #expect(april.contains("Industrikommunerna möttes") && !april.contains("Många dörrar"))
        let overview = try String(contentsOf: site.output.appendingPathComponent("nyheter/index.html"), encoding: .utf8)
        #expect(overview.contains("maj 2019") && overview.contains("terms__children"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("nyheter/2021/02/index.html").path),
                "2021 has one article: not busy")
    }
}

/// Archive pages have no feeds, so they announce and link only the site's.
@Suite struct ArchiveFeedTests {
    @Test func archivePagesLinkNoFeedOfTheirOwn() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let year = try String(contentsOf: site.output.appendingPathComponent("nyheter/2019/index.html"), encoding: .utf8)
        #expect(!year.contains("Prenumerera (RSS)"))
        #expect(!year.contains("href=\"feed.xml\"") && !year.contains("href=\"rss.xml\""))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("nyheter/2019/rss.xml").path))
        #expect(year.contains("href=\"../../feed.xml\""), "the site's feed is still announced")
    }
}

@Suite struct PaginationWindowTests {
    func text(_ current: Int, _ total: Int) -> String {
        PaginationWindow.pages(current: current, total: total).map { $0.map(String.init) ?? "…" }.joined(separator: " ")
    }

    @Test func firstLastAndTwoOnEachSideWithGaps() {
        #expect(text(1, 1) == "1")
        #expect(text(1, 2) == "1 2")
        #expect(text(1, 7) == "1 2 3 … 7")
        #expect(text(6, 50) == "1 … 4 5 6 7 8 … 50")
        #expect(text(50, 50) == "1 … 48 49 50")
        // A gap of one page shows that page: no "…" stands for a single number.
        #expect(text(4, 7) == "1 2 3 4 5 6 7")
        #expect(text(5, 9) == "1 2 3 4 5 6 7 8 9")
        #expect(text(6, 9) == "1 … 4 5 6 7 8 9")
    }

    @Test func everyPageIsReachableAndTheListStaysShort() {
        for total in 1...60 {
            for current in 1...total {
                let pages = PaginationWindow.pages(current: current, total: total)
                #expect(pages.count <= 9)
                #expect(pages.contains(current) && pages.contains(1) && pages.contains(total))
                let numbers = pages.compactMap { $0 }
                #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count)
            }
        }
    }
}
