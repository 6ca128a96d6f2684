import Foundation
import Testing
@testable import SitegenCore

/// Old addresses lead to the article: an HTML page at each, and the hosts' rule files.
@Suite struct RedirectTests {
    @Test func aliasesBecomeRedirectPagesAndHostRules() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let page = try String(contentsOf: site.output.appendingPathComponent("gamla/rapport.html"), encoding: .utf8)
        let target = "https://test.example.se/nyheter/nyheter/2020/rapport-om-industrin/"
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=\(target)\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"\(target)\">"))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("2020/07/rapport/index.html").path))

        let netlify = try String(contentsOf: site.output.appendingPathComponent("_redirects"), encoding: .utf8)
        #expect(netlify == """
            /nyheter/2020/07/rapport/ /nyheter/nyheter/2020/rapport-om-industrin/ 301
            /nyheter/gamla/rapport.html /nyheter/nyheter/2020/rapport-om-industrin/ 301

            """)
        let apache = try String(contentsOf: site.output.appendingPathComponent(".htaccess"), encoding: .utf8)
        #expect(apache.contains("RewriteRule ^nyheter/gamla/rapport\\.html$ /nyheter/nyheter/2020/rapport-om-industrin/ [R=301,L]"))
        let nginx = try String(contentsOf: site.output.appendingPathComponent("nginx-redirects.map"), encoding: .utf8)
        #expect(nginx.contains("\"/nyheter/2020/07/rapport/\" \"/nyheter/nyheter/2020/rapport-om-industrin/\";"))
    }

    @Test func onlyTheChosenHostFiles() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config + "redirects: [nginx]\n")
        _ = try await site.build()
        let fm = FileManager.default
        #expect(!fm.fileExists(atPath: site.output.appendingPathComponent("_redirects").path))
        #expect(!fm.fileExists(atPath: site.output.appendingPathComponent(".htaccess").path))
        #expect(fm.fileExists(atPath: site.output.appendingPathComponent("nginx-redirects.map").path))
        #expect(fm.fileExists(atPath: site.output.appendingPathComponent("gamla/rapport.html").path))
    }

    static let base = "title: Rubrik\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]"

    @Test func aliasOnARealPageNamesBothFiles() async throws {
        let site = try TestSite(fixture: "tiny", files: [
            // The tiny fixture's content/ok.md lives at /nyheter/2020/ok/.
            "content/ny.md": ErrorMessageTests.article(Self.base + "\naliases: [/nyheter/2020/ok/]"),
        ])
        defer { site.cleanUp() }
        let problem = try #require(await site.failingBuild().errors.first)
        #expect(problem.message == "the alias /nyheter/2020/ok/ of content/ny.md is the address of content/ok.md")
        #expect(problem.related == [SourceLocation(file: "content/ok.md")])
    }

    @Test func twoArticlesClaimingOneAliasNameBoth() async throws {
        let site = try TestSite(fixture: "tiny", files: [
            "content/a.md": ErrorMessageTests.article(Self.base + "\nslug: a\naliases: [/gammal/]"),
            "content/b.md": ErrorMessageTests.article(Self.base + "\nslug: b\naliases: [/GAMMAL/]"),
        ])
        defer { site.cleanUp() }
        let problem = try #require(await site.failingBuild().errors.first)
        #expect(problem.message == "the alias /GAMMAL/ is given by both content/a.md and content/b.md")
    }

    @Test(arguments: ["../../etc/", "/%2e%2e/x/", "/a\\b/", "https://example.org/x/", "/a b/", "/\"x\"/"])
    func unsafeAliasesAreRefused(_ alias: String) async throws {
        let site = try TestSite(fixture: "tiny", files: [
            "content/x.md": ErrorMessageTests.article(Self.base + "\naliases: ['\(alias)']"),
        ])
        defer { site.cleanUp() }
        let problem = try #require(await site.failingBuild().errors.first)
        #expect(problem.message == "'\(alias)' cannot be an old address of the article")
        #expect(problem.location?.line == 6)
    }
}
