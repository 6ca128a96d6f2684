import Foundation
import Testing
@testable import SitegenCore

/// sitemap.xml (and its split past the protocol's limit) and robots.txt.
@Suite struct SitemapTests {
    @Test func everyCurrentPageButNotExpiredArticlesNorThe404Page() throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let index = try site.index()
        let paths = SitemapPlan.entries(index).map(\.path.description)
        #expect(paths.count == PageJob.plan(index).count - 3, "all pages less 404, the search page (noindex) and the expired article")
        #expect(paths.first == "/")
        #expect(paths.contains("/amnen/sme/sida/2/"))
        #expect(!paths.contains("/nyheter/2020/krisstod/"))
        #expect(SitemapPlan.count(index) == paths.count, "the count without the entries is theirs")
        let report = try #require(SitemapPlan.entries(index).first { $0.path.description == "/nyheter/2020/rapport-om-industrin/" })
        #expect(report.lastModified == index.articles.first { $0.slug == "rapport-om-industrin" }?.updated, "updated wins over date")
    }

    @Test func splitIntoAnIndexPastTheLimit() throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let index = try site.index()
        let entries = SitemapPlan.entries(index)
        #expect(entries.count == 28, "24 pages, plus the archive overview and its three years")
        let renderer = SitemapRenderer(baseURL: "https://test.example.se/nyheter/",
                                       dates: SwedishDateFormatter(timeZone: index.config.timeZone), limit: 10)
        let files = renderer.files(entries)
        #expect(files.map(\.name) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"])
        #expect(renderer.fileCount(for: entries.count) == files.count)
        #expect(files.dropLast().map { $0.text.components(separatedBy: "<url>").count - 1 } == [10, 10, 8])
        let sitemapIndex = try #require(files.last?.text)
        #expect(sitemapIndex.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(sitemapIndex.contains("<loc>https://test.example.se/nyheter/sitemap-3.xml</loc>"))
        #expect(sitemapIndex.components(separatedBy: "<sitemap>").count - 1 == 3)
        // Every sitemap's lastmod is its newest page's.
        #expect(sitemapIndex.contains("<lastmod>2021-02-09T00:00:00+01:00</lastmod>"))
        #expect(renderer.files(Array(entries.prefix(10))).map(\.name) == ["sitemap.xml"], "at the limit: one file")
        #expect(SitemapRenderer.protocolLimit == 50_000)
    }

    @Test func robotsNamesTheSitemap() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        #expect(try site.output("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://test.example.se/nyheter/sitemap.xml\n")
        #expect(try site.output("sitemap.xml").hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset"))
    }

    @Test func aStaticRobotsFileWins() async throws {
        let own = "User-agent: *\nDisallow: /\n"
        let site = try TestSite(fixture: "everything", files: ["static/robots.txt": own])
        defer { site.cleanUp() }
        let report = try await site.build()
        #expect(report.warnings.isEmpty)
        #expect(try site.output("robots.txt") == own)
        #expect(report.files == Tree.files(site.output).count)
    }

    @Test func aStaticFileWhereAFeedGoesIsAnError() async throws {
        let site = try TestSite(fixture: "everything", files: ["static/feed.xml": "<feed/>", "static/amnen/sme/rss.xml": "<rss/>"])
        defer { site.cleanUp() }
        let problems = await site.failingBuild().errors.map(\.message).sorted()
        #expect(problems == [
            "'static/amnen/sme/rss.xml' would overwrite the generated file 'amnen/sme/rss.xml'",
            "'static/feed.xml' would overwrite the generated file 'feed.xml'",
        ])
    }
}
