import Foundation
import Testing
@testable import SitegenCore

/// Each class of mistake a writer can make, built as a tiny site, with the exact first line of
/// the message (place, severity, words) and the hint that says how to fix it.
@Suite struct ErrorMessageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [String: String]
        let message: String
        let hint: String?
        var testDescription: String { name }
    }

    static func article(_ frontMatter: String, body: String = "Text.") -> String {
        "---\n" + frontMatter + "\n---\n\n" + body + "\n"
    }

    static let base = "title: Rubrik\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]"

    static let cases: [Case] = [
        Case(name: "value with ': ' unquoted",
             files: ["content/fel.md": article("title: Rapport: industrin\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]")],
             message: "content/fel.md:2:15: error: a value contains ': ', which YAML reads as a new key",
             hint: "put the whole value in double quotes, e.g. title: \"Rapport: industrin efter covid-19\""),
        Case(name: "quote not closed",
             files: ["content/fel.md": article("title: \"Studiebesök på batterifabriken\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]")],
             message: "content/fel.md:2:8: error: a quoted value is not closed",
             hint: "add the closing quote at the end of the value that starts here"),
        Case(name: "list in brackets not closed, last field",
             files: ["content/fel.md": article(base + "\ntags: [Export, Batterier")],
             message: "content/fel.md:6:7: error: a list in square brackets is not closed",
             hint: "add the closing ']' at the end of the list that starts here, e.g. tags: [Export, Batterier]"),
        Case(name: "list in brackets not closed, fields after it",
             files: ["content/fel.md": article("title: Rubrik\nregions: [Kronoberg\ndate: 2020-02-03\nkind: projekt")],
             message: "content/fel.md:3:10: error: a list in square brackets is not closed",
             hint: "add the closing ']' at the end of the list that starts here, e.g. regions: [Kronoberg, Kalmar län]"),
        Case(name: "a title that begins with a bracket",
             files: ["content/fel.md": article("title: [Uppdaterad] Leverantörsdag i Luleå\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]")],
             message: "content/fel.md:2:8: error: 'title' begins with '[', which YAML reads as the start of a list",
             hint: "'title' is text: put all of it in double quotes, e.g. title: \"[Uppdaterad] Ny rubrik\""),
        Case(name: "a title that begins with a bracket never closed, fields after it",
             files: ["content/fel.md": article("title: [Uppdaterad\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]")],
             message: "content/fel.md:2:8: error: 'title' begins with '[', which YAML reads as the start of a list",
             hint: "'title' is text: put all of it in double quotes, e.g. title: \"[Uppdaterad] Ny rubrik\""),
        Case(name: "a summary that begins with a brace",
             files: ["content/fel.md": article(base + "\nsummary: {Nytt} Fabriken byggs ut")],
             message: "content/fel.md:6:10: error: 'summary' begins with '{', which YAML reads as the start of a group of fields",
             hint: "'summary' is text: put all of it in double quotes, e.g. summary: \"{Uppdaterad} Ny rubrik\""),
        Case(name: "braces not closed",
             files: ["content/fel.md": article(base + "\nevent: {start: 2020-03-01")],
             message: "content/fel.md:6:8: error: a group of fields in curly braces is not closed",
             hint: "add the closing '}' at its end, or write the fields on lines of their own, indented under event:"),
        Case(name: "link to an article by its name without the file's date",
             files: ["content/2021/2021-02-09-spillvarme-norrkoping.md": article(base),
                     "content/2021/ny.md": article(base, body: "Se [rapporten om spillvärme](spillvarme.md).")],
             message: "content/2021/ny.md:8:4: error: the link leads to 'content/2021/spillvarme.md', but there is no such article",
             hint: "did you mean '2021-02-09-spillvarme-norrkoping.md'?"),
        Case(name: "a bundle's file where its page goes",
             files: ["content/bunt/index.md": article(base), "content/bunt/index.html": "<p>gammal sida</p>"],
             message: "content/bunt/index.html:1:1: error: 'content/bunt/index.html' would overwrite the generated page 'nyheter/2020/bunt/index.html'",
             hint: "rename or remove the file"),
        Case(name: "unknown escape in double quotes",
             files: ["content/fel.md": article("title: \"C:\\Rapporter\\q1\"\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]")],
             message: "content/fel.md:2:11: error: a backslash in a double-quoted value starts an escape such as \\n or \\\", and this one is not",
             hint: "write \\\\ for a backslash, or put the value in single quotes"),
        Case(name: "tab indentation",
             files: ["content/fel.md": article(base + "\ntags:\n\t- Export")],
             message: "content/fel.md:7:1: error: the front matter contains a tab character, which YAML does not allow for indentation",
             hint: "replace the tab with spaces"),
        Case(name: "missing title",
             files: ["content/fel.md": article("date: 2020-02-03\nkind: projekt\nregions: [Kronoberg]")],
             message: "content/fel.md:2:1: error: the required field 'title' is missing",
             hint: "add a line title: Smart industri i Jämtland Härjedalen"),
        Case(name: "title is a list",
             files: ["content/fel.md": article("title: [Ett, Två]\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]")],
             message: "content/fel.md:2:8: error: 'title' must be a single value, but it is a list",
             hint: "write it as title: Smart industri i Jämtland Härjedalen"),
        Case(name: "unknown kind",
             files: ["content/fel.md": article("title: Rubrik\ndate: 2020-02-03\nkind: projket\nregions: [Kronoberg]")],
             message: "content/fel.md:4:7: error: 'projket' is not a kind of article in site.yml",
             hint: "did you mean 'projekt'? The kinds are: projekt, intervju"),
        Case(name: "unknown region",
             files: ["content/fel.md": article("title: Rubrik\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg, Jämtlandd]")],
             message: "content/fel.md:5:22: error: the region 'Jämtlandd' is not in site.yml",
             hint: "did you mean 'Jämtland Härjedalen'?"),
        Case(name: "missing regions",
             files: ["content/fel.md": article("title: Rubrik\ndate: 2020-02-03\nkind: projekt")],
             message: "content/fel.md:2:1: error: the required field 'regions' is missing",
             hint: "add a line regions: [Jämtland Härjedalen] with one or more regions from site.yml"),
        Case(name: "date in words",
             files: ["content/fel.md": article("title: Rubrik\ndate: 4 maj 2020\nkind: projekt\nregions: [Kronoberg]")],
             message: "content/fel.md:3:7: error: '4 maj 2020' is not a date sitegen can read",
             hint: "write it as YYYY-MM-DD (2019-04-11), optionally with a time: 2019-04-11 09:30"),
        Case(name: "impossible date",
             files: ["content/fel.md": article("title: Rubrik\ndate: 2020-02-30\nkind: projekt\nregions: [Kronoberg]")],
             message: "content/fel.md:3:7: error: there is no such date or time: '2020-02-30'",
             hint: "check the month and day; write it as YYYY-MM-DD, e.g. 2019-04-11"),
        Case(name: "image without alt text",
             files: ["content/bild/index.md": article(base + "\nimage: foto.jpg"), "content/bild/foto.jpg": "jpg"],
             message: "content/bild/index.md:6:1: error: the image has no alternative text",
             hint: "add a line image_alt: with what the image shows, for readers who cannot see it"),
        Case(name: "image missing from bundle",
             files: ["content/bild/index.md": article(base + "\nimage: foto.jpeg\nimage_alt: En bild"), "content/bild/foto.jpg": "jpg"],
             message: "content/bild/index.md:6:8: error: the bundle has no file 'foto.jpeg'",
             hint: "did you mean 'foto.jpg'?"),
        Case(name: "slug that climbs out",
             files: ["content/fel.md": article(base + "\nslug: ../../etc")],
             message: "content/fel.md:6:7: error: the slug '../../etc' may contain only a-z, 0-9 and hyphens",
             hint: "did you mean 'etc'?"),
        Case(name: "two articles, one address",
             files: ["content/a/samma.md": article(base), "content/b/samma.md": article(base)],
             message: "content/b/samma.md:1:1: error: two pages would be written to /nyheter/2020/samma/: content/a/samma.md and content/b/samma.md",
             hint: "give one of the articles another slug (slug: ...) or change its title or date"),
        Case(name: "no front matter",
             files: ["content/fel.md": "# Bara text\n"],
             message: "content/fel.md:1:1: error: the file has no front matter: its first line must be '---'",
             hint: "start the article with a line '---', then 'title:', 'date:', 'kind:' and 'regions:' on lines of their own, then a line '---', then the text"),
        Case(name: "front matter not closed",
             files: ["content/fel.md": "---\n" + base + "\n\nText.\n"],
             message: "content/fel.md:1:1: error: the front matter is not closed: no line '---' follows the opening one",
             hint: "add a line '---' after the last front-matter field, before the article text"),
        Case(name: "duplicate field",
             files: ["content/fel.md": article(base + "\ntitle: Igen")],
             message: "content/fel.md:6:1: error: the field 'title' is given twice (first on line 2)",
             hint: "keep one of them"),
        Case(name: "template with a missing partial",
             files: ["templates/article.mustache": "{{> partials/header}}\n<p>{{> partials/foter}}</p>\n"],
             message: "templates/article.mustache:2:4: error: the partial 'partials/foter' does not exist",
             hint: "did you mean 'partials/footer'? templates are named by their path under templates/ without '.mustache', e.g. 'partials/header'"),
        Case(name: "template with an unclosed section",
             files: ["templates/list.mustache": "<ul>\n{{#list.articles}}\n<li>{{title}}</li>\n"],
             message: "templates/list.mustache:2:1: error: the template cannot be read: the section '{{#list.articles}}' is never closed",
             hint: "add {{/list.articles}} where the section ends"),
        Case(name: "template closing the wrong section",
             files: ["templates/list.mustache": "{{#list}}\n<ul>{{#list.articles}}<li>{{title}}</li>{{/list}}</ul>\n{{/list.articles}}\n"],
             message: "templates/list.mustache:2:41: error: the template cannot be read: the section 'list.articles' is closed with '{{/list}}'",
             hint: "close the innermost open section first: {{/list.articles}}"),
        Case(name: "site.yml with a relative base_url",
             files: ["site.yml": "title: Liten\nbase_url: liten.example.se\nkinds:\n  - key: projekt\n    singular: Projekt\nregions:\n  - name: Kronoberg\n"],
             message: "site.yml:2:11: error: base_url must be an absolute http or https address",
             hint: "write e.g. base_url: https://www.example.se/nyheter/"),
        Case(name: "site.yml with a share image not in static/",
             files: ["site.yml": "title: Liten\nbase_url: https://liten.example.se/\nshare_image: /bilder/dela.jpg\nshare_image_alt: Logga\nkinds:\n  - key: projekt\n    singular: Projekt\nregions:\n  - name: Kronoberg\n"],
             message: "site.yml:3:14: error: there is no file 'static/bilder/dela.jpg'",
             hint: "did you mean '/bilder/dela.png'?"),
        Case(name: "site.yml with feeds that are neither full nor summary",
             files: ["site.yml": "title: Liten\nbase_url: https://liten.example.se/\nfeeds:\n  content: hela\nkinds:\n  - key: projekt\n    singular: Projekt\nregions:\n  - name: Kronoberg\n"],
             message: "site.yml:4:12: error: feeds.content must be 'full' or 'summary'",
             hint: "full: the whole article in the feed; summary: only its summary and a link"),
        Case(name: "a static file where a feed goes",
             files: ["static/rss.xml": "<rss/>"],
             message: "static/rss.xml:1:1: error: 'static/rss.xml' would overwrite the generated file 'rss.xml'",
             hint: "rename or remove the file: sitegen writes the feeds and the sitemap itself"),
        Case(name: "a static file in the search page's folder",
             files: ["static/sok/index.json": "{}"],
             message: "static/sok/index.json:1:1: error: 'static/sok/index.json' is in 'sok/', the folder of the search page and its index",
             hint: "move the file to another folder, or turn search off with 'search: false' in site.yml"),
        Case(name: "a kind at the search page's address",
             files: ["site.yml": "title: Liten\nbase_url: https://liten.example.se/\nkinds:\n  - key: projekt\n    singular: Projekt\n    segment: sok\nregions:\n  - name: Kronoberg\n"],
             message: "error: two pages would be written to /sok/: the search page and the page of the kind 'Projekt'",
             hint: "change a segment or a URL pattern in site.yml so the two pages get different addresses"),
        Case(name: "search shard size out of range",
             files: ["site.yml": "title: Liten\nbase_url: https://liten.example.se/\nkinds:\n  - key: projekt\n    singular: Projekt\nregions:\n  - name: Kronoberg\nsearch:\n  shard_size: 0\n"],
             message: "site.yml:9:15: error: 'shard_size' must be a whole number from 1 to 10000",
             hint: nil),
    ]

    @Test(arguments: cases)
    func reportsTheMistake(_ example: Case) async throws {
        let site = try TestSite(fixture: "tiny", files: example.files)
        defer { site.cleanUp() }
        let problems = await site.failingBuild().errors
        let formatter = DiagnosticFormatter(colours: false)
        let first = try #require(problems.first, "the build should fail")
        #expect(formatter.format(first).split(separator: "\n").first.map(String.init) == example.message)
        #expect(first.hint == example.hint)
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "nothing is written")
    }

    @Test func allProblemsAreReportedInOneRun() async throws {
        let site = try TestSite(fixture: "tiny", files: [
            "content/a.md": Self.article("title: A\ndate: 2020-02-30\nkind: projekt\nregions: [Kronoberg]"),
            "content/b.md": Self.article("title: B\ndate: 2020-02-03\nkind: nyhet\nregions: [Gotland]"),
            "content/c.md": "inget här",
        ])
        defer { site.cleanUp() }
        let problems = await site.failingBuild().errors
        #expect(problems.map { $0.location?.file } == ["content/a.md", "content/b.md", "content/b.md", "content/c.md"])
    }

    @Test func unknownFieldIsAWarningWithASuggestion() async throws {
        let site = try TestSite(fixture: "tiny", files: ["content/x.md": Self.article(Self.base + "\nsumary: Kort")])
        defer { site.cleanUp() }
        let report = try await site.build()
        let warning = try #require(report.warnings.first)
        #expect(warning.location == SourceLocation(file: "content/x.md", line: 6, column: 1))
        #expect(warning.message == "unknown field 'sumary' in the front matter is ignored")
        #expect(warning.hint == "did you mean 'summary'?")
    }

    @Test func eventOnAKindWithoutEventSchemaIsAWarning() async throws {
        let event = "\nevent:\n  start: 2020-02-01\n  place: Växjö"
        let site = try TestSite(fixture: "tiny", files: ["content/x.md": Self.article(Self.base + event)])
        defer { site.cleanUp() }
        let report = try await site.build()
        let warning = try #require(report.warnings.first)
        #expect(warning.location == SourceLocation(file: "content/x.md", line: 6, column: 1))
        #expect(warning.message == "'event' is used only by kinds with schema Event, and 'projekt' has schema NewsArticle")
        #expect(warning.hint == "remove 'event:', or give the kind schema: Event in site.yml")
    }

    @Test func invalidUTF8NamesTheByte() async throws {
        let site = try TestSite(fixture: "tiny")
        defer { site.cleanUp() }
        var bytes = Data(Self.article(Self.base, body: "Region J").utf8)
        bytes.removeLast() // the newline, so the bad byte is inside line 8
        bytes.append(contentsOf: [0xE4, 0x6D, 0x74, 0x0A]) // "Jämt" in Latin-1
        try site.write("content/latin1.md", bytes)
        let problem = try #require(await site.failingBuild().errors.first)
        #expect(problem.location == SourceLocation(file: "content/latin1.md", line: 8, column: 9))
        #expect(problem.message.contains("byte 0xE4 at offset"))
    }
}

/// Links out of the site folder are refused with a message, never followed.
@Suite struct SymlinkTests {
    @Test func symlinkOutsideTheSiteIsRefused() async throws {
        let site = try TestSite(fixture: "tiny")
        defer { site.cleanUp() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("hemligt-\(UUID().uuidString).md")
        try ErrorMessageTests.article(ErrorMessageTests.base).write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/lankad.md"), withDestinationURL: outside)

        let problem = try #require(await site.failingBuild().errors.first)
        #expect(problem.location == SourceLocation(file: "content/lankad.md"))
        #expect(problem.message == "'content/lankad.md' is a symbolic link to '\(outside.standardizedFileURL.path)', outside the site folder; it is not followed")
    }

    @Test func symlinkInsideTheSiteIsFollowed() async throws {
        let site = try TestSite(fixture: "tiny", files: ["delat/gemensam.md": ErrorMessageTests.article(ErrorMessageTests.base)])
        defer { site.cleanUp() }
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/gemensam.md"),
            withDestinationURL: site.root.appendingPathComponent("delat/gemensam.md"))
        let report = try await site.build()
        #expect(report.articles == 2)
    }
}
