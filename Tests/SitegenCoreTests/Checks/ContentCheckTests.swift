import Foundation
import Testing
@testable import SitegenCore

/// The checks of article bodies on the "checks" fixture: every mistake in it, with the exact
/// first line of its message (place, severity, words) and its hint, and nothing else: the good
/// links beside them (to articles' files, pages, feeds, static files, anchors, mailto:) must
/// pass.
@Suite struct ContentCheckTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let message: String
        let hint: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(message: "content/2021/ingen-ingress.md:1:1: warning: the article has no summary: no 'summary' field and no paragraph to take one from",
             hint: "add a line summary: with one or two sentences about the article; lists, feeds, search results and search engines show it"),
        Case(message: "content/2021/ingen-ingress.md:8:1: warning: the heading skips a level: '###' follows the article's title, which is the page's '#'",
             hint: "make it '##': screen-reader users move through a page by its heading levels, and a skipped level sounds like a missing section"),
        Case(message: "content/2021/tillganglighet.md:12:1: warning: the image '/bilder/karta.png' has no alternative text",
             hint: "write what the picture shows between the brackets, e.g. ![Två personer vid en svarv](/bilder/karta.png): screen readers read it aloud, and it is shown when the picture cannot be"),
        Case(message: "content/2021/tillganglighet.md:14:1: warning: the heading skips a level: '####' follows '##'",
             hint: "make it '###': screen-reader users move through a page by its heading levels, and a skipped level sounds like a missing section"),
        Case(message: "content/2021/tillganglighet.md:16:18: warning: the link text 'klicka här' does not say where the link leads",
             hint: "write what the reader finds there, e.g. [läs rapporten om exporten](/regioner/kronoberg/): screen-reader users often hear a page's links without the text around them"),
        Case(message: "content/2021/tillganglighet.md:16:54: warning: the link text 'Läs mer…' does not say where the link leads",
             hint: "write what the reader finds there, e.g. [läs rapporten om exporten](/regioner/kronoberg/): screen-reader users often hear a page's links without the text around them"),
        Case(message: "content/2021/tillganglighet.md:17:1: warning: the link has no text",
             hint: "write where the link leads between the brackets, e.g. [rapporten om exporten](/regioner/kronoberg/): screen readers read the text, not the address"),
        Case(message: "content/2021/tillganglighet.md:17:30: warning: the link text 'READ MORE' does not say where the link leads",
             hint: "write what the reader finds there, e.g. [läs rapporten om exporten](/regioner/kronoberg/): screen-reader users often hear a page's links without the text around them"),
        Case(message: "content/2021/trasiga-lankar.md:12:6: error: the link leads to 'content/2020/rapprt/index.md', but there is no such article",
             hint: "did you mean '../2020/rapport/index.md'?"),
        Case(message: "content/2021/trasiga-lankar.md:12:63: error: the link leads to 'content/2019/utkast.md', which is not published in this build",
             hint: "it is a draft, is scheduled for later or has expired: remove the link until the article is published"),
        Case(message: "content/2021/trasiga-lankar.md:13:6: error: the link leads to '/regioner/kronobergg/', but the site has no such page or file",
             hint: "did you mean '/regioner/kronoberg/'?"),
        Case(message: "content/2021/trasiga-lankar.md:13:57: error: the link leads to '#resultaat' in 'content/2020/rapport/index.md', but it has no heading with that id",
             hint: "did you mean '#resultat'? A heading's id is its text in lower case, with hyphens for spaces and a-z for å, ä, ö"),
        Case(message: "content/2021/trasiga-lankar.md:14:6: error: the link leads to '#lankr' in this article, but it has no heading with that id",
             hint: "did you mean '#lankar'? A heading's id is its text in lower case, with hyphens for spaces and a-z for å, ä, ö"),
        Case(message: "content/2021/trasiga-lankar.md:14:30: error: the link 'bilaga.pdf' leads to '/nyheter/2021/trasiga-lankar/bilaga.pdf', but the site has no such page or file",
             hint: "only a page bundle's files are published beside its page: make the article a folder with index.md and put 'bilaga.pdf' in it, or put the file in static/ and write its path from the site's root, e.g. /bilaga.pdf"),
        Case(message: "content/2021/trasiga-lankar.md:14:58: error: the link '../../../../x.md' leads out of the site folder",
             hint: "write the path of the article's file from this file's folder, e.g. ../2020/rapport.md"),
        Case(message: "content/2021/trasiga-lankar.md:16:1: error: the image leads to '/bilder/kartan.png', but the site has no such file",
             hint: "did you mean '/bilder/karta.png'?"),
    ]

    static func check(_ site: TestSite, strict: Bool = false) async -> CheckResult {
        var options = BuildOptions(source: site.root, output: site.output, now: TestSite.now)
        options.strict = strict
        return await Build(options: options).check()
    }

    static func firstLine(_ diagnostic: Diagnostic) -> String {
        DiagnosticFormatter(colours: false).format(diagnostic).split(separator: "\n").first.map(String.init) ?? ""
    }

    @Test(arguments: cases)
    func reportsTheMistakeAtItsPlace(_ example: Case) async throws {
        let site = try TestSite(fixture: "checks")
        defer { site.cleanUp() }
        let found = await Self.check(site).diagnostics.first { Self.firstLine($0) == example.message }
        let problem = try #require(found, "not reported")
        #expect(problem.hint == example.hint)
    }

    @Test func nothingElseIsReported() async throws {
        let site = try TestSite(fixture: "checks")
        defer { site.cleanUp() }
        let result = await Self.check(site)
        #expect(result.diagnostics.map(Self.firstLine) == Self.cases.map(\.message))
        #expect(result.articles == 5, "the draft is not checked")
    }

    @Test func theLineIsShownUnderTheMessage() async throws {
        let site = try TestSite(fixture: "checks")
        defer { site.cleanUp() }
        let result = await Self.check(site)
        let problem = try #require(result.diagnostics.first { $0.message.contains("kronobergg") })
        #expect(DiagnosticFormatter(colours: false).format(problem).split(separator: "\n").dropFirst().prefix(2) == [
            "    13 | Till [en region med stavfel](/regioner/kronobergg/) och [en rubrik](../2020/rapport/index.md#resultaat).",
            "       |      ^",
        ])
    }

    /// A body in a TOML front-matter file: the place still counts the file's lines.
    @Test func placesCountTheLinesOfTOMLFrontMatter() async throws {
        let site = try TestSite(fixture: "tiny", files: [
            "content/toml.md": "+++\ntitle = \"T\"\ndate = 2020-02-03\nkind = \"projekt\"\nregions = [\"Kronoberg\"]\n+++\n\nText.\n\n![](saknas.png)\n",
        ])
        defer { site.cleanUp() }
        let result = await Self.check(site)
        #expect(result.diagnostics.map(Self.firstLine) == [
            "content/toml.md:10:1: error: the image 'saknas.png' leads to '/nyheter/2020/toml/saknas.png', but the site has no such file",
            "content/toml.md:10:1: warning: the image 'saknas.png' has no alternative text",
        ])
    }

    @Test func aBrokenLinkStopsTheBuildAndNothingIsWritten() async throws {
        let site = try TestSite(fixture: "checks")
        defer { site.cleanUp() }
        let problems = await site.failingBuild()
        #expect(problems.errors.count == 8)
        #expect(problems.warnings.count == 8, "warnings are listed with the errors")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func warningsAloneDoNotStopTheBuildUnlessStrict() async throws {
        let site = try TestSite(fixture: "checks")
        defer { site.cleanUp() }
        try site.remove("content/2021/trasiga-lankar.md")
        let report = try await site.build()
        #expect(report.warnings.count == 8)
        #expect(report.warnings.allSatisfy { $0.severity == .warning })

        let strict = await Self.check(site, strict: true)
        #expect(strict.diagnostics.count == 8)
        #expect(strict.diagnostics.allSatisfy { $0.severity == .error })
        var options = BuildOptions(source: site.root, output: site.root.appendingPathComponent("strikt"), now: TestSite.now)
        options.strict = true
        do {
            _ = try await Build(options: options).run()
            Issue.record("a strict build with warnings must fail")
        } catch {
            #expect(error.diagnostics.errors.count == 8)
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("strikt").path))
    }
}
