import Foundation
import Testing
@testable import SitegenCore

/// The editorial report: what it counts and lists, the JSON every build writes, the page in the
/// built site (and that nothing public leads to it), and the text `sitegen report` prints.
@Suite struct EditorialReportTests {
    static func report(_ site: TestSite, now: Date = TestSite.now) async throws -> EditorialReport {
        let result = await Build(options: BuildOptions(source: site.root, output: site.output, now: now)).check()
        return try #require(result.report)
    }

    @Test func countsAndListsOfTheChecksFixture() async throws {
        let site = try TestSite(fixture: "checks")
        defer { site.cleanUp() }
        let report = try await Self.report(site)
        #expect(report.articleCount == 5, "the draft is not published, so not counted")
        #expect(report.years == [2020, 2021])
        #expect(report.regions.map(\.name) == ["Jämtland Härjedalen", "Kronoberg"])
        #expect(report.regions.map(\.counts) == [[0, 1], [1, 3]])
        #expect(report.regions.map(\.total) == [1, 4])
        #expect(report.kinds.map(\.name) == ["Projektberättelser", "Intervjuer"])
        #expect(report.kinds.map(\.counts) == [[1, 3], [0, 1]])
        #expect(report.tags.map(\.name) == ["Export", "Exprot"])
        #expect(report.tags.map(\.counts) == [[1, 1], [0, 1]])
        #expect(report.singleTags.map(\.name) == ["Exprot"])
        #expect(report.singleTags.first?.closest == "Export")
        #expect(report.singleTags.first?.article.sourcePath == "content/2021/intervju.md")
        #expect(report.withoutImage.map(\.sourcePath) == [
            "content/2021/ingen-ingress.md", "content/2021/tillganglighet.md", "content/2021/trasiga-lankar.md",
            "content/2021/intervju.md", "content/2020/rapport/index.md",
        ])
        #expect(report.imagesWithoutAlt.map(\.place.description) == ["content/2021/tillganglighet.md:12:1"])
        #expect(report.imagesWithoutAlt.map(\.destination) == ["/bilder/karta.png"])
        #expect(report.brokenLinks.map(\.place.description) == [
            "content/2021/trasiga-lankar.md:12:6", "content/2021/trasiga-lankar.md:12:63", "content/2021/trasiga-lankar.md:13:6",
            "content/2021/trasiga-lankar.md:13:57", "content/2021/trasiga-lankar.md:14:6", "content/2021/trasiga-lankar.md:14:30",
            "content/2021/trasiga-lankar.md:14:58", "content/2021/trasiga-lankar.md:16:1",
        ])
        #expect(report.brokenLinks.map(\.kind) == [.brokenLink, .brokenLink, .brokenLink, .brokenAnchor, .brokenAnchor,
                                                   .brokenLink, .brokenLink, .missingImage])
        #expect(report.expiring.isEmpty)
    }

    /// Within 30 days of the build's moment; not those already expired, not those later.
    @Test func articlesExpiringSoonRelativeToNow() async throws {
        func article(_ title: String, expires: String) -> String {
            "---\ntitle: \(title)\ndate: 2025-01-01\nkind: projekt\nregions: [Kronoberg]\nexpiry_date: \(expires)\n---\n\nText.\n"
        }
        let site = try TestSite(fixture: "tiny", files: [
            "content/snart.md": article("Snart", expires: "2025-06-10"),
            "content/senare.md": article("Senare", expires: "2025-07-15"),
            "content/redan.md": article("Redan", expires: "2025-05-01"),
        ])
        defer { site.cleanUp() }
        let atNow = try await Self.report(site)
        #expect(atNow.expiring.map(\.article.title) == ["Snart"])
        let later = try await Self.report(site, now: TestSite.now.addingTimeInterval(19 * 24 * 3600))
        #expect(later.expiring.map(\.article.title) == ["Senare"], "by 2025-06-20 the first has expired and the second is 25 days off")
        #expect(later.text().contains("Artiklar som slutar gälla inom 30 dagar (1)\n  15 juli 2025: Senare (content/senare.md)\n"))
    }

    @Test func theTextHasEverySectionWithAlignedColumns() async throws {
        let site = try TestSite(fixture: "checks")
        defer { site.cleanUp() }
        let text = try await Self.report(site).text()
        #expect(text.hasPrefix("Redaktionell rapport för Kontroll: 5 artiklar\n\nArtiklar per region och år\n"))
        #expect(text.contains("""
              Region               2020  2021  Totalt
              Jämtland Härjedalen     0     1       1
              Kronoberg               1     3       4
            """))
        #expect(text.contains("Ämnen som bara en artikel har (1)\n  Exprot: content/2021/intervju.md, närmast: Export\n"))
        #expect(text.contains("Bilder utan alternativtext (1)\n  content/2021/tillganglighet.md:12:1: /bilder/karta.png (Tillgänglighet)\n"))
        #expect(text.contains("Trasiga länkar och bilder (8)\n  content/2021/trasiga-lankar.md:12:6: ../2020/rapprt/index.md, länken leder ingenstans\n"))
        #expect(text.contains("  content/2021/trasiga-lankar.md:13:57: ../2020/rapport/index.md#resultaat, rubriken finns inte på sidan\n"))
        #expect(text.contains("  content/2021/trasiga-lankar.md:16:1: /bilder/kartan.png, bildfilen finns inte\n"))
        #expect(text.contains("Artiklar som slutar gälla inom 30 dagar (0)\n  Inga.\n"))
    }

    /// A build that stops at a broken link still writes the report, with the link in it.
    @Test func everyBuildWritesTheJSONAlsoOneThatStops() async throws {
        let site = try TestSite(fixture: "checks")
        defer { site.cleanUp() }
        _ = await site.failingBuild()
        let data = try Data(contentsOf: ReportFile.url(in: site.root))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["articles"] as? Int == 5)
        #expect(json["years"] as? [Int] == [2020, 2021])
        let broken = try #require(json["broken_links"] as? [[String: Any]])
        #expect(broken.count == 8)
        #expect(broken.first?["place"] as? String == "content/2021/trasiga-lankar.md:12:6")
        #expect(broken.first?["link"] as? String == "../2020/rapprt/index.md")
        #expect(broken.first?["address"] as? String == "/nyheter/2021/trasiga-lankar/")
        let regions = try #require(json["by_region"] as? [[String: Any]])
        #expect(regions.last?["name"] as? String == "Kronoberg")
        #expect(regions.last?["by_year"] as? [String: Int] == ["2020": 1, "2021": 3])
        let single = try #require((json["single_tags"] as? [[String: Any]])?.first)
        #expect(single["tag"] as? String == "Exprot")
        #expect(single["closest"] as? String == "Export")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "no site is written")
    }

    @Test func thePageIsInTheSiteButNothingPublicLeadsToIt() async throws {
        let site = try LinkRewriteTests.goodSite()
        defer { site.cleanUp() }
        let built = try await site.build()
        let page = try site.output("_rapport/index.html")
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../css/site.css\">"))
        #expect(page.contains("<h1 class=\"page-header__title\">Redaktionell rapport</h1>"))
        #expect(page.contains("<li>Exprot, i <a href=\"../nyheter/2021/intervju/\">Intervju om exporten</a>; närmast: Export</li>"))
        #expect(page.contains("<tr><th scope=\"row\">Kronoberg</th><td>1</td><td>0</td><td>1</td></tr>"))
        for file in ["sitemap.xml", "index.html", "nyheter/2021/intervju/index.html", "sok/index.json", "feed.xml", "404.html"] {
            #expect(!(try site.output(file)).contains("_rapport"), "\(file) must not lead to the report")
        }
        let search = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("sok").path)
        for file in search { #expect(!(try site.output("sok/" + file)).contains("Redaktionell")) }
        #expect(built.files == Tree.files(site.output).count, "the page is counted among the files written")
    }

    /// The report is written while the site is; one that cannot be written still stops the
    /// build before it publishes, with a message naming the file.
    @Test func aReportThatCannotBeWrittenStopsTheBuildBeforeItPublishes() async throws {
        let site = try LinkRewriteTests.goodSite()
        defer { site.cleanUp() }
        _ = try await site.build()
        let published = Tree.snapshot(site.output)
        // A folder where the report goes: no file can replace it.
        let report = ReportFile.url(in: site.root)
        try FileManager.default.removeItem(at: report)
        try FileManager.default.createDirectory(at: report.appendingPathComponent("kvar"), withIntermediateDirectories: true)
        try site.write("site.yml", try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
                       .replacingOccurrences(of: "title: ", with: "title: Ny "))
        do {
            _ = try await site.build()
            Issue.record("the build published although its report could not be written")
        } catch {
            #expect(error.diagnostics.contains { $0.message.contains(".sitegen/report.json") }, "\(error.diagnostics.map(\.message))")
        }
        #expect(Tree.snapshot(site.output) == published)
    }

    @Test func reportFalseLeavesThePageOutButNotTheJSON() async throws {
        let site = try LinkRewriteTests.goodSite()
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config + "report: false\n")
        _ = try await site.build()
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("_rapport").path))
        #expect(FileManager.default.fileExists(atPath: ReportFile.url(in: site.root).path))
    }

    @Test func aStaticFileInTheReportsFolderIsAnError() async throws {
        let site = try LinkRewriteTests.goodSite()
        defer { site.cleanUp() }
        try site.write("static/_rapport/index.html", "<p>egen</p>")
        let problem = try #require(await site.failingBuild().errors.first)
        #expect(ContentCheckTests.firstLine(problem)
                == "static/_rapport/index.html:1:1: error: 'static/_rapport/index.html' is in '_rapport/', the folder of the editorial report")
        #expect(problem.hint == "move the file to another folder, or turn the report page off with 'report: false' in site.yml")
    }
}
