import Foundation
import Testing
@testable import SitegenCore

private typealias Place = SitegenCore.SourceLocation

/// TOML (`+++`) and JSON (`{ … }`) front matter: the same fields, types and messages as YAML,
/// each message at the line (and where it can be found, the column) it is about.
@Suite("TOML and JSON front matter")
struct FrontMatterFormatsTests {
    static let path = "content/2019/2019-04-11-mote.md"

    static func load(_ text: String, source: ContentSource = FrontMatterTests.source()) throws -> (Article?, [Diagnostic]) {
        let loader = ArticleLoader(config: try FrontMatterTests.config(), siteRoot: FrontMatterTests.siteRoot)
        return loader.load(SourceText(path: source.relativePath, text: text), source: source)
    }

    static func loaded(_ text: String) throws -> Article {
        let (article, problems) = try load(text)
        #expect(problems.isEmpty, "\(problems.map { "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)" })")
        return try #require(article)
    }

    static let yaml = """
        ---
        title: Möte i Östersund
        date: 2019-04-11 09:30
        updated: 2019-04-12
        kind: motesrapport
        regions: [Jämtland Härjedalen, Örebro län]
        tags: [Digitalisering, Export]
        summary: En sammanfattning.
        draft: false
        attachments:
          - file: /filer/rapport.pdf
            title: Rapporten
        contacts:
          - name: Christina Åhlstedt
            email: christina@example.se
        event:
          start: 2019-04-11
          place: Östersund
        ---

        Brödtext.

        """

    static let toml = """
        +++
        title = "Möte i Östersund"
        date = 2019-04-11T09:30:00
        updated = 2019-04-12
        kind = "motesrapport"
        regions = ["Jämtland Härjedalen", "Örebro län"]
        tags = ["Digitalisering", "Export"]
        summary = "En sammanfattning."
        draft = false

        [[attachments]]
        file = "/filer/rapport.pdf"
        title = "Rapporten"

        [[contacts]]
        name = "Christina Åhlstedt"
        email = "christina@example.se"

        [event]
        start = 2019-04-11
        place = "Östersund"
        +++

        Brödtext.

        """

    static let json = """
        {
          "title": "Möte i Östersund",
          "date": "2019-04-11 09:30",
          "updated": "2019-04-12",
          "kind": "motesrapport",
          "regions": ["Jämtland Härjedalen", "Örebro län"],
          "tags": ["Digitalisering", "Export"],
          "summary": "En sammanfattning.",
          "draft": false,
          "attachments": [{"file": "/filer/rapport.pdf", "title": "Rapporten"}],
          "contacts": [{"name": "Christina Åhlstedt", "email": "christina@example.se"}],
          "event": {"start": "2019-04-11", "place": "Östersund"}
        }

        Brödtext.

        """

    @Test("The same article in YAML, TOML and JSON loads to the same values")
    func sameArticle() throws {
        let fromYAML = try Self.loaded(Self.yaml)
        var fromTOML = try Self.loaded(Self.toml)
        var fromJSON = try Self.loaded(Self.json)
        #expect(fromYAML.date == ISO8601DateFormatter().date(from: "2019-04-11T07:30:00Z"))
        #expect(fromYAML.attachments.count == 1)
        #expect(fromYAML.event?.place == "Östersund")
        #expect(fromTOML.bodyLine == 23)
        #expect(fromJSON.bodyLine == 14)
        fromTOML.bodyLine = fromYAML.bodyLine
        fromJSON.bodyLine = fromYAML.bodyLine
        #expect(fromTOML == fromYAML)
        #expect(fromJSON == fromYAML)
        #expect(fromJSON.body == "\nBrödtext.\n")
    }

    @Test("TOML dates: a date is midnight in the site's zone, a local date-time the site's time, an offset that moment", arguments: [
        ("date = 2019-04-11", "2019-04-10T22:00:00Z"),
        ("date = 2019-04-11T09:30:00", "2019-04-11T07:30:00Z"),
        ("date = 2019-04-11 09:30:00", "2019-04-11T07:30:00Z"),
        ("date = 2019-04-11T09:30:00Z", "2019-04-11T09:30:00Z"),
        ("date = 2019-04-11T09:30:00.250-05:00", "2019-04-11T14:30:00Z"),
        ("date = \"2019-04-11 09:30\"", "2019-04-11T07:30:00Z"),
    ])
    func tomlDates(line: String, instant: String) throws {
        let article = try Self.loaded("+++\ntitle = \"T\"\n\(line)\nkind = \"projekt\"\nregions = \"Västerbotten\"\n+++\nText\n")
        let expected = try #require(ISO8601DateFormatter().date(from: instant))
        #expect(abs(article.date.timeIntervalSince(expected)) < 1, "\(article.date)")
    }

    @Test("A TOML time without a date is not a date, with the YAML path's message")
    func tomlTimeOnly() throws {
        let (article, problems) = try Self.load("+++\ntitle = \"T\"\ndate = 09:30:00\nkind = \"projekt\"\nregions = \"Västerbotten\"\n+++\n")
        #expect(article == nil)
        #expect(problems.map(\.message) == ["'09:30:00' is not a date sitegen can read"])
        #expect(problems.first?.location == Place(file: Self.path, line: 3, column: 8))
    }

    @Test("Field problems in TOML point at the line and column of the key or value", arguments: [
        // A region in a list: at the entry's opening quote.
        ("regions = [\"Örebro län\", \"Jämtlandd\"]", "the region 'Jämtlandd' is not in site.yml", 5, 26),
        // A list over several lines: at the entry's own line.
        ("regions = [\n  \"Örebro län\",\n  \"Jämtlandd\",\n]", "the region 'Jämtlandd' is not in site.yml", 7, 3),
        ("regions = [\"Västerbotten\"]\ndraft = \"kanske\"", "'draft' must be true or false", 6, 9),
        ("regions = [\"Västerbotten\"]\ntitle2 = 1", "unknown field 'title2' in the front matter is ignored", 6, 1),
        ("regions = [\"Västerbotten\"]\n[event]\nplace = \"Umeå\"", "the required field 'start' is missing", 6, 2),
        ("regions = [\"Västerbotten\"]\n[[contacts]]\nname = \"A\"\n[[contacts]]\nname = \"B\"\nemail = \"b at example.se\"", "'b at example.se' is not an e-mail address", 10, 9),
        ("regions = [\"Västerbotten\"]\nevent = { start = 2019-04-11, place = \"Umeå\", plats = \"x\" }", "unknown field 'plats' in event is ignored", 6, 47),
        ("regions = [\"Västerbotten\"]\nattachments = \"rapport.pdf\"", "'attachments' must be a list of entries that start with '- ', but it is a single value", 6, 15),
    ])
    func tomlFieldPlaces(lines: String, message: String, line: Int, column: Int) throws {
        let text = "+++\ntitle = \"T\"\ndate = 2019-04-11\nkind = \"projekt\"\n\(lines)\n+++\nText\n"
        let (_, problems) = try Self.load(text)
        let problem = try #require(problems.first { $0.message == message }, "\(problems.map(\.message))")
        #expect(problem.location == Place(file: Self.path, line: line, column: column))
        #expect(problem.excerpt == text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].description)
    }

    @Test("Missing fields in TOML are reported all at once, as in YAML")
    func tomlMissing() throws {
        let (article, problems) = try Self.load("+++\nsummary = \"Bara en sammanfattning.\"\n+++\n")
        #expect(article == nil)
        #expect(problems.errors.map(\.message) == [
            "the required field 'title' is missing", "the required field 'date' is missing",
            "the required field 'kind' is missing", "the required field 'regions' is missing",
        ])
        #expect(problems.first?.location?.line == 2)
    }

    @Test("TOML that does not parse is one error at toml++'s line and column, in plain words", arguments: [
        ("title = Hej", 2, 9, "a value is not in quotes, or is not one TOML can read"),
        ("title: \"Hej\"", 2, 6, "TOML writes a field as 'key = value', not 'key: value'"),
        ("title = \"Hej\"\ntitle = \"Då\"", 3, 9, "the field 'title' is given twice"),
        ("title = \"Hej\ndate = 2019-04-11", 2, 13, "a quoted value is not closed"),
        ("date = 2019-02-30", 2, 18, "there is no such date or time (expected day between 1 and 28 (inclusive), saw 30)"),
        ("date = 2019-04-11 09:30", 2, 24, "this date or time cannot be read"),
    ])
    func tomlSyntax(frontMatter: String, line: Int, column: Int, message: String) throws {
        let (article, problems) = try Self.load("+++\n\(frontMatter)\n+++\nText\n")
        #expect(article == nil)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.message == message)
        #expect(problem.location == Place(file: Self.path, line: line, column: column))
        #expect(problem.hint != nil)
        #expect(!problem.message.contains("Error while parsing"), "toml++'s own words should not show")
    }

    @Test("Unclosed TOML and JSON front matter are errors that say what closes it", arguments: [
        ("+++\ntitle = \"Hej\"\n\nText utan slut.\n", "the front matter is not closed: no line '+++' follows the opening one"),
        ("{\n  \"title\": \"Hej\"\n\nText utan slut.\n", "the front matter is not closed: the '{' on line 1 has no matching '}'"),
    ])
    func unclosed(text: String, message: String) throws {
        let (article, problems) = try Self.load(text)
        #expect(article == nil)
        #expect(problems.map(\.message) == [message])
        #expect(problems.first?.location?.line == 1)
    }

    @Test("JSON that does not parse is an error at Foundation's place, turned into line and column")
    func jsonSyntax() throws {
        let (article, problems) = try Self.load("{\n  \"title\": \"Åäö\" \"x\",\n  \"date\": \"2019-04-11\"\n}\nText\n")
        #expect(article == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "the JSON front matter cannot be read here")
        #expect(problems.first?.location == Place(file: Self.path, line: 2, column: 18))
        #expect(problems.first?.excerpt == "  \"title\": \"Åäö\" \"x\",")
    }

    @Test("A JSON key given twice is reported at the second, as in YAML")
    func jsonDuplicate() throws {
        let (article, problems) = try Self.load("{\n\"title\": \"Ett\",\n\"date\": \"2019-04-11\",\n\"title\": \"Två\",\n\"kind\": \"projekt\", \"regions\": [\"Västerbotten\"]\n}\n")
        #expect(article == nil)
        #expect(problems.map(\.message) == ["the field 'title' is given twice (first on line 2)"])
        #expect(problems.first?.location == Place(file: Self.path, line: 4, column: 1))
    }

    @Test("JSON types: true and false are yes/no, numbers stay text, null is an empty field")
    func jsonTypes() throws {
        let article = try Self.loaded("{\"title\": 2019, \"date\": \"2019-04-11\", \"kind\": \"projekt\", \"regions\": \"Västerbotten\", \"draft\": true, \"summary\": null}\n")
        #expect(article.title == "2019")
        #expect(article.draft)
        #expect(article.summary == nil)
        let (_, problems) = try Self.load("{\"title\": null, \"date\": \"2019-04-11\", \"kind\": \"projekt\", \"regions\": \"Västerbotten\", \"draft\": 1}")
        #expect(problems.map(\.message) == ["the field 'title' is empty", "'draft' must be true or false"])
        #expect(problems.map { $0.location?.column } == [2, 94])
    }

    @Test("A TOML string that looks like YAML's null or yes/no stays text")
    func tomlStringsStayText() throws {
        let article = try Self.loaded("+++\ntitle = \"null\"\ndate = 2019-04-11\nkind = \"projekt\"\nregions = \"Västerbotten\"\nsummary = \"~\"\n+++\n")
        #expect(article.title == "null")
        #expect(article.summary == "~")
    }

    @Test("The format is told by the first line: '+++' TOML, '{' JSON, anything else YAML")
    func formatDetection() {
        #expect(FrontMatterFormat.of("+++\na = 1\n+++\n") == .toml)
        #expect(FrontMatterFormat.of("+++  \na = 1\n+++\n") == .toml)
        #expect(FrontMatterFormat.of("{\"a\": 1}\n") == .json)
        #expect(FrontMatterFormat.of("---\na: 1\n---\n") == .yaml)
        #expect(FrontMatterFormat.of("Bara text.\n") == .yaml)
    }
}
