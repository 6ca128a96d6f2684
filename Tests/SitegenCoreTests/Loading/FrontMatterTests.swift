import Foundation
import Testing
@testable import SitegenCore

/// A place in a source file (Swift Testing has a `SourceLocation` of its own).
private typealias Place = SitegenCore.SourceLocation

@Suite("Front matter, source text and article loading")
struct FrontMatterTests {
    // MARK: - FrontMatterSplitter

    static func split(_ text: String) -> Result<FrontMatterSplit, Diagnostic> {
        FrontMatterSplitter.split(SourceText(path: "content/a.md", text: text))
    }

    @Test("A file with front matter splits into YAML and body with their file lines")
    func splitGood() throws {
        let split = try Self.split("---\ntitle: Hej\ndate: 2019-04-11\n---\nFörsta raden.\n\nAndra.\n").get()
        #expect(split.yaml == "title: Hej\ndate: 2019-04-11")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "Första raden.\n\nAndra.\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test("Fences may have trailing spaces; '...' also closes; later '---' belong to the body")
    func splitVariants() throws {
        let spaced = try Self.split("---  \ntitle: Hej\n---\t\nText\n").get()
        #expect(spaced.yaml == "title: Hej")
        #expect(spaced.bodyFirstLine == 4)
        let dots = try Self.split("---\ntitle: Hej\n...\nText").get()
        #expect(dots.yaml == "title: Hej")
        #expect(dots.body == "Text")
        let rule = try Self.split("---\na: 1\n---\nOvan\n\n---\n\nNedan\n").get()
        #expect(rule.yaml == "a: 1")
        #expect(rule.body == "Ovan\n\n---\n\nNedan\n")
        let empty = try Self.split("---\n---\nText").get()
        #expect(empty.yaml == "")
        #expect(empty.body == "Text")
        #expect(empty.bodyFirstLine == 3)
        // Whitespace beyond ASCII after a fence (a no-break space, as a word processor leaves
        // it) still ends it; a fence with anything else after it does not, nor does a line that
        // only begins like one.
        let nbsp = try Self.split("---\u{00A0}\ntitle: Hej\n...\u{2003}\nText").get()
        #expect(nbsp.yaml == "title: Hej")
        #expect(nbsp.body == "Text")
        let notFences = try Self.split("---\ntitle: Hej\n---x\n...\u{0301}\n-- -\n---\nText").get()
        #expect(notFences.yaml == "title: Hej\n---x\n...\u{0301}\n-- -")
        #expect(notFences.body == "Text")
    }

    @Test("No opening fence: error at 1:1", arguments: ["title: Hej\n---\nText\n", "Bara text.\n", "", "----\ntitle: x\n----\n"])
    func missingOpeningFence(text: String) {
        guard case .failure(let problem) = Self.split(text) else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.severity == .error)
        #expect(problem.location == Place(file: "content/a.md", line: 1, column: 1))
        #expect(problem.message.contains("no front matter"))
    }

    @Test("Empty lines before the fence: the error points at the fence and says the lines are empty", arguments: [
        ("\n---\ntitle: Hej\n---\n", 2, "line 1 is empty"),
        ("\n  \n---\ntitle: Hej\n---\n", 3, "lines 1-2 are empty"),
    ])
    func blankLinesBeforeFence(text: String, fenceLine: Int, words: String) {
        guard case .failure(let problem) = Self.split(text) else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.location?.line == fenceLine)
        #expect(problem.message.contains(words), "\(problem.message)")
        #expect(problem.hint?.contains("empty line") == true)
    }

    @Test("Front matter that is never closed is an error")
    func unclosed() {
        guard case .failure(let problem) = Self.split("---\ntitle: Hej\ndate: 2019-04-11\n\nText utan slut.\n") else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.message.contains("not closed"))
        #expect(problem.location?.file == "content/a.md")
    }

    // MARK: - SourceText

    static func decode(_ bytes: [UInt8]) -> Result<SourceText, Diagnostic> {
        SourceText.decode(Data(bytes), relativePath: "content/a.md")
    }

    @Test("A UTF-8 byte-order mark is dropped")
    func byteOrderMark() throws {
        let text = try Self.decode([0xEF, 0xBB, 0xBF] + Array("---\nå".utf8)).get()
        #expect(text.text == "---\nå")
        #expect(text.path == "content/a.md")
        // Only at the start.
        let inner = try Self.decode(Array("a".utf8) + [0xEF, 0xBB, 0xBF]).get()
        #expect(inner.text == "a\u{FEFF}")
    }

    @Test("CRLF and lone CR become LF")
    func lineEndings() throws {
        #expect(try Self.decode(Array("a\r\nb\rc\n\r\nd".utf8)).get().text == "a\nb\nc\n\nd")
        #expect(try Self.decode(Array("ett\r\ntvå\r\n".utf8)).get().text == "ett\ntvå\n")
        #expect(try Self.decode(Array("\r\r\n\r".utf8)).get().text == "\n\n\n")
        #expect(try Self.decode([0xEF, 0xBB, 0xBF] + Array("å\r\n".utf8)).get().text == "å\n")
    }

    @Test("Zero-padded date parts read as String(format:) wrote them")
    func zeroPadded() {
        for (number, width) in [(0, 2), (7, 2), (12, 2), (2019, 4), (99, 4), (12345, 4), (-5, 4), (-5, 2)] {
            #expect(ArticleLoader.zeroPadded(number, width) == String(format: "%0\(width)d", number))
        }
    }

    @Test("Invalid UTF-8 is reported with the byte, its offset, and line and column", arguments: [
        // a \n b c E4 d: E4 is byte 4, on line 2 after two characters.
        (Array("a\nbc".utf8) + [0xE4] + Array("d".utf8), 4, 2, 3, "0xE4"),
        // a \n å(2 bytes) b FF: FF is byte 5, column 3 counts å as one character.
        (Array("a\nåb".utf8) + [0xFF], 5, 2, 3, "0xFF"),
        ([0xC3], 0, 1, 1, "0xC3"),
        (Array("Gävle ".utf8) + [0xE4, 0x6C], 7, 1, 7, "0xE4"),
    ])
    func invalidUTF8(bytes: [UInt8], offset: Int, line: Int, column: Int, byte: String) {
        guard case .failure(let problem) = Self.decode(bytes) else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.severity == .error)
        #expect(problem.location == Place(file: "content/a.md", line: line, column: column))
        #expect(problem.message.contains("offset \(offset)"), "\(problem.message)")
        #expect(problem.message.contains("byte \(byte)"), "\(problem.message)")
        #expect(problem.hint?.contains("UTF-8") == true)
    }

    @Test("The offset of a bad byte counts the byte-order mark, as a hex editor does")
    func invalidUTF8AfterBOM() {
        guard case .failure(let problem) = Self.decode([0xEF, 0xBB, 0xBF, 0x61, 0xE4]) else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.location?.line == 1)
        #expect(problem.location?.column == 2)
        #expect(problem.message.contains("offset 4"), "\(problem.message)")
    }

    @Test("A NUL byte is an error located at it")
    func nulByte() {
        guard case .failure(let problem) = Self.decode(Array("ab\ncd".utf8) + [0] + Array("e".utf8)) else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.message.contains("NUL"))
        #expect(problem.message.contains("offset 5"))
        #expect(problem.location == Place(file: "content/a.md", line: 2, column: 3))
    }

    @Test("line(_:) returns one line's text")
    func lineLookup() {
        let text = SourceText(path: "x", text: "ett\ntvå\n\nfyra")
        #expect(text.line(1) == "ett")
        #expect(text.line(2) == "två")
        #expect(text.line(3) == "")
        #expect(text.line(4) == "fyra")
        #expect(text.line(5) == nil)
    }

    // MARK: - ArticleLoader

    static let siteYML = """
        title: Testsajt
        base_url: https://test.example.se/
        time_zone: Europe/Stockholm
        kinds:
          - key: projekt
            singular: Projektberättelse
            plural: Projektberättelser
            aliases: [project story]
          - key: motesrapport
            singular: Mötesrapport
            plural: Mötesrapporter
            segment: motesrapporter
            aliases: [meeting report]
        regions:
          - name: Jämtland Härjedalen
            slug: jamtland-harjedalen
            aliases: [Jämtlands län, Region Jämtland Härjedalen]
          - name: Örebro län
            aliases: [Region Örebro län]
          - name: Västerbotten
            aliases: [Västerbottens län]
        """

    static func config(_ extra: String = "") throws -> SiteConfig {
        let (config, problems) = SiteConfigLoader.load(SourceText(path: "site.yml", text: siteYML + "\n" + extra))
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        return try #require(config)
    }

    /// A site folder with `static/bilder/logga.png` and a 1 234-byte `static/filer/rapport.pdf`.
    static let siteRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-frontmatter-fixture") // same contents every run: reused, not leaked
        let fm = FileManager.default
        try? fm.createDirectory(at: root.appendingPathComponent("static/bilder"), withIntermediateDirectories: true)
        try? fm.createDirectory(at: root.appendingPathComponent("static/filer"), withIntermediateDirectories: true)
        try? Data([0x89, 0x50, 0x4E, 0x47]).write(to: root.appendingPathComponent("static/bilder/logga.png"))
        try? Data(repeating: 0x25, count: 1_234).write(to: root.appendingPathComponent("static/filer/rapport.pdf"))
        return root
    }()

    static func source(_ path: String = "content/2019/2019-04-11-mote.md", bundleFiles: [String] = []) -> ContentSource {
        let isBundle = path.hasSuffix("/index.md")
        let file = siteRoot.appendingPathComponent(path)
        let name = isBundle ? file.deletingLastPathComponent().lastPathComponent : file.lastPathComponent
        return ContentSource(
            relativePath: path, file: file, defaultSlug: ContentSource.slug(fromName: name),
            bundleFiles: bundleFiles.map { BundleFile(sourceFile: file.deletingLastPathComponent().appendingPathComponent($0).path, relativePath: $0) },
            isBundle: isBundle)
    }

    /// Loads `---\n<frontMatter>\n---\n\n<body>`: front-matter line 1 is file line 2.
    static func load(_ frontMatter: String, body: String = "Brödtext.\n", source: ContentSource = source(),
                     config: SiteConfig? = nil) throws -> (Article?, [Diagnostic]) {
        let loader = ArticleLoader(config: try config ?? Self.config(), siteRoot: siteRoot)
        let text = SourceText(path: source.relativePath, text: "---\n" + frontMatter + "\n---\n\n" + body)
        return loader.load(text, source: source)
    }

    static let minimal = "title: Möte i Östersund\ndate: 2019-04-11\nkind: projekt\nregions: [Jämtland Härjedalen]"

    static func loaded(_ frontMatter: String, source: ContentSource = source()) throws -> Article {
        let (article, problems) = try load(frontMatter, source: source)
        #expect(problems.isEmpty, "\(problems.map { "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)" })")
        return try #require(article)
    }

    @Test("Every field is read")
    func allFields() throws {
        let article = try Self.loaded("""
            title: Möte i Östersund om "smart industri"
            date: 2019-04-11 09:30
            updated: 2019-04-12
            kind: motesrapport
            regions: [Jämtland Härjedalen, Örebro län]
            tags: [Digitalisering, Export]
            summary: En sammanfattning.
            author: Anna Andersson
            organisation: Region Jämtland Härjedalen
            image: /bilder/logga.png
            image_alt: Regionens logga
            image_caption: Foto Anna Andersson
            slug: mote-i-ostersund
            draft: false
            attachments:
              - file: /filer/rapport.pdf
                title: Rapporten
            contacts:
              - name: Christina Åhlstedt
                role: Pressansvarig
                email: christina@example.se
                phone: 070-174 06 42
            """)
        #expect(article.title == "Möte i Östersund om \"smart industri\"")
        #expect(article.date == ISO8601DateFormatter().date(from: "2019-04-11T07:30:00Z"))
        #expect(article.updated == ISO8601DateFormatter().date(from: "2019-04-11T22:00:00Z"))
        #expect(article.kind.key == "motesrapport")
        #expect(article.regions.map(\.name) == ["Jämtland Härjedalen", "Örebro län"])
        #expect(article.regions.map(\.slug) == ["jamtland-harjedalen", "orebro-lan"])
        #expect(article.tags == [Tag(name: "Digitalisering", slug: "digitalisering"), Tag(name: "Export", slug: "export")])
        #expect(article.summary == "En sammanfattning.")
        #expect(article.author == "Anna Andersson")
        #expect(article.organisation == "Region Jämtland Härjedalen")
        #expect(article.image == ArticleImage(source: .site(path: "/bilder/logga.png"), alt: "Regionens logga", caption: "Foto Anna Andersson"))
        #expect(article.slug == "mote-i-ostersund")
        #expect(article.draft == false)
        #expect(article.attachments == [Attachment(title: "Rapporten", source: .site(path: "/filer/rapport.pdf"), fileName: "rapport.pdf", byteCount: 1_234)])
        #expect(article.contacts == [Contact(name: "Christina Åhlstedt", role: "Pressansvarig", email: "christina@example.se", phone: "070-174 06 42")])
        #expect(article.path.description == "/nyheter/2019/mote-i-ostersund/")
        #expect(article.sourcePath == "content/2019/2019-04-11-mote.md")
        #expect(article.body == "\nBrödtext.\n")
        #expect(article.bodyLine == 25)
    }

    @Test("Without slug the file name gives it, date prefix dropped; optional fields are nil")
    func defaults() throws {
        let article = try Self.loaded(Self.minimal)
        #expect(article.slug == "mote")
        #expect(article.path.description == "/nyheter/2019/mote/")
        #expect(article.summary == nil)
        #expect(article.updated == nil)
        #expect(article.image == nil)
        #expect(article.tags.isEmpty)
        #expect(article.draft == false)
        let bundle = try Self.loaded(Self.minimal, source: Self.source("content/2020/rapport-om-industrin/index.md"))
        #expect(bundle.slug == "rapport-om-industrin")
    }

    @Test("Tags as a list or as comma-separated text; duplicates by slug are dropped, first spelling kept", arguments: [
        ("tags: [Digitalisering, Export, digitalisering, EXPORT]", ["Digitalisering", "Export"]),
        ("tags: Digitalisering, digitalisering, Grön omställning", ["Digitalisering", "Grön omställning"]),
        ("tags: Export", ["Export"]),
        ("tags: Grön omställning,  gron omstallning , ", ["Grön omställning"]),
        ("tags:\n  - Åtgärder\n  - atgarder\n  - Export", ["Åtgärder", "Export"]),
        ("tags: []", []),
    ])
    func tags(line: String, names: [String]) throws {
        let article = try Self.loaded(Self.minimal + "\n" + line)
        #expect(article.tags.map(\.name) == names)
        #expect(article.tags.map(\.slug) == names.map(Slug.make))
    }

    @Test("Regions by name, slug or alias, any case or spacing; repeats collapse", arguments: [
        ("regions: [Jämtland Härjedalen]", ["Jämtland Härjedalen"]),
        ("regions: [jamtland-harjedalen]", ["Jämtland Härjedalen"]),
        ("regions: [Jämtlands län]", ["Jämtland Härjedalen"]),
        ("regions: [jämtlands  LÄN]", ["Jämtland Härjedalen"]),
        ("regions: [Region Jämtland Härjedalen, Jämtlands län, jamtland-harjedalen]", ["Jämtland Härjedalen"]),
        ("regions: [orebro-lan, Västerbottens län]", ["Örebro län", "Västerbotten"]),
        ("regions: Örebro län", ["Örebro län"]),
        ("regions: Västerbottens län", ["Västerbotten"]),
        ("regions:\n  - Västerbotten\n  - Region Örebro län", ["Västerbotten", "Örebro län"]),
    ])
    func regions(line: String, names: [String]) throws {
        let frontMatter = "title: T\ndate: 2019-04-11\nkind: projekt\n" + line
        #expect(try Self.loaded(frontMatter).regions.map(\.name) == names)
    }

    @Test("Kinds by key, names, segment or alias, any case", arguments: [
        ("projekt", "projekt"), ("PROJEKT", "projekt"), ("Projektberättelse", "projekt"),
        ("projektberättelser", "projekt"), ("Project Story", "projekt"), ("project  story", "projekt"),
        ("motesrapport", "motesrapport"), ("Mötesrapport", "motesrapport"), ("motesrapporter", "motesrapport"),
        ("MEETING REPORT", "motesrapport"),
    ])
    func kinds(written: String, key: String) throws {
        let frontMatter = "title: T\ndate: 2019-04-11\nkind: \(written)\nregions: [Västerbotten]"
        #expect(try Self.loaded(frontMatter).kind.key == key)
    }

    @Test("An unknown region is located at its list item, with a suggestion", arguments: [
        // Flow list: column counts characters, so "Örebro län" is 10 wide.
        ("regions: [Örebro län, Jämtlandd]", 5, 23),
        ("regions:\n  - Örebro län\n  - Jämtlandd", 7, 5),
        ("regions: Jämtlandd", 5, 10),
    ])
    func unknownRegion(line: String, fileLine: Int, column: Int) throws {
        let (article, problems) = try Self.load("title: T\ndate: 2019-04-11\nkind: projekt\n" + line)
        #expect(article == nil)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.severity == .error)
        #expect(problem.message == "the region 'Jämtlandd' is not in site.yml")
        #expect(problem.location == Place(file: "content/2019/2019-04-11-mote.md", line: fileLine, column: column))
        #expect(problem.hint == "did you mean 'Jämtland Härjedalen'?")
        #expect(problem.excerpt?.contains("Jämtlandd") == true)
    }

    @Test("An unknown region far from any name gets a general hint, no guess")
    func unknownRegionNoGuess() throws {
        let (_, problems) = try Self.load("title: T\ndate: 2019-04-11\nkind: projekt\nregions: [Gotland]")
        #expect(problems.count == 1)
        #expect(problems.first?.hint?.hasPrefix("did you mean") == false)
    }

    @Test("An unknown kind is an error with a suggestion and the list of kinds")
    func unknownKind() throws {
        let (article, problems) = try Self.load("title: T\ndate: 2019-04-11\nkind: projket\nregions: [Västerbotten]")
        #expect(article == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "'projket' is not a kind of article in site.yml")
        #expect(problems.first?.location?.line == 4)
        #expect(problems.first?.location?.column == 7)
        #expect(problems.first?.hint == "did you mean 'projekt'? The kinds are: projekt, motesrapport")
    }

    @Test("Every missing required field is reported, in one load")
    func missingFields() throws {
        let (article, problems) = try Self.load("summary: Bara en sammanfattning.")
        #expect(article == nil)
        let messages = problems.errors.map(\.message)
        #expect(messages == [
            "the required field 'title' is missing",
            "the required field 'date' is missing",
            "the required field 'kind' is missing",
            "the required field 'regions' is missing",
        ])
        #expect(problems.errors.allSatisfy { $0.location?.line == 2 })
    }

    @Test("Empty front matter reports every required field at the fence")
    func emptyFrontMatter() throws {
        let loader = ArticleLoader(config: try Self.config(), siteRoot: Self.siteRoot)
        let (article, problems) = loader.load(SourceText(path: "content/a.md", text: "---\n---\nText\n"), source: Self.source("content/a.md"))
        #expect(article == nil)
        #expect(problems.errors.count == 4)
        #expect(problems.allSatisfy { $0.location?.line == 1 })
    }

    @Test("Empty required fields are errors at the field")
    func emptyFields() throws {
        let (_, problems) = try Self.load("title:\ndate: \"\"\nkind: projekt\nregions: []")
        #expect(problems.errors.map(\.message) == [
            "the field 'title' is empty", "the field 'date' is empty", "the field 'regions' is empty",
        ])
        #expect(problems.errors.map { $0.location?.line } == [2, 3, 5])
    }

    @Test("Writing 'region:' instead of 'regions:' must not drop the article with only a warning")
    func singularRegionKey() throws {
        let (article, problems) = try Self.load("title: T\ndate: 2019-04-11\nkind: projekt\nregion: Västerbotten")
        #expect(article == nil)
        #expect(problems.warnings.isEmpty, "one error, not also a warning about the same word")
        #expect(problems.errors.map(\.message) == ["the field is called 'regions', with an s"])
        #expect(problems.errors.first?.location?.line == 5)
        #expect(problems.errors.first?.hint == "rename 'region:' to 'regions:' (one region or a list of them)")
    }

    @Test("A field of the wrong type is an error located at its value", arguments: [
        ("title: [Ett, Två]\ndate: 2019-04-11\nkind: projekt\nregions: [Västerbotten]", "'title' must be a single value, but it is a list", 2, 8),
        (FrontMatterTests.minimal + "\ntags: {a: b}", "'tags' must be a list, but it is a group of fields", 6, 7),
        (FrontMatterTests.minimal + "\ntags:\n  namn: Export", "'tags' must be a list, but it is a group of fields", 7, 3),
        ("title: T\ndate: [2019-04-11]\nkind: projekt\nregions: [Västerbotten]", "'date' must be a single value, but it is a list", 3, 7),
        ("title: T\ndate: 2019-04-11\nkind: projekt\nregions: [Västerbotten, [Örebro län]]", "each entry of 'regions' must be a single value, but this one is a list", 5, 25),
        (FrontMatterTests.minimal + "\ndraft: kanske", "'draft' must be true or false", 6, 8),
        (FrontMatterTests.minimal + "\nattachments: rapport.pdf", "'attachments' must be a list of entries that start with '- ', but it is a single value", 6, 14),
    ])
    func wrongTypes(frontMatter: String, message: String, line: Int, column: Int) throws {
        let (article, problems) = try Self.load(frontMatter)
        #expect(article == nil)
        #expect(problems.errors.count == 1)
        #expect(problems.first?.message == message)
        #expect(problems.first?.location?.line == line)
        #expect(problems.first?.location?.column == column)
    }

    @Test("A key given twice is an error on the second occurrence")
    func duplicateKey() throws {
        let (article, problems) = try Self.load("title: Ett\ndate: 2019-04-11\ntitle: Två\nkind: projekt\nregions: [Västerbotten]")
        #expect(article == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "the field 'title' is given twice (first on line 2)")
        #expect(problems.first?.location?.line == 4)
        #expect(problems.first?.location?.column == 1)
        #expect(problems.first?.excerpt == "title: Två")
    }

    @Test("An unknown key is a warning with the nearest known key; the article still loads")
    func unknownKey() throws {
        let (article, problems) = try Self.load(Self.minimal + "\nsumary: Kort.")
        #expect(article != nil)
        #expect(article?.summary == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.message == "unknown field 'sumary' in the front matter is ignored")
        #expect(problems.first?.hint == "did you mean 'summary'?")
        #expect(problems.first?.location?.line == 6)
    }

    @Test("An unknown key nothing like a known one lists the known fields")
    func unknownKeyNoGuess() throws {
        let (_, problems) = try Self.load(Self.minimal + "\nxyzzyq: 1")
        #expect(problems.first?.hint?.hasPrefix("known fields are: title, date") == true)
    }

    @Test("Slugs that are not a-z, 0-9 and hyphens are errors", arguments: ["../../x", "Möte", "a/b", "-a", "a b"])
    func invalidSlug(slug: String) throws {
        let (article, problems) = try Self.load(Self.minimal + "\nslug: \"\(slug)\"")
        #expect(article == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "the slug '\(slug)' may contain only a-z, 0-9 and hyphens")
        #expect(problems.first?.location?.line == 6)
    }

    @Test("An image needs alternative text")
    func imageWithoutAlt() throws {
        let (article, problems) = try Self.load(Self.minimal + "\nimage: https://example.se/bild.jpg")
        #expect(article == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "the image has no alternative text")
        #expect(problems.first?.location?.line == 6)
    }

    @Test("An external image with alt text is kept as a URL")
    func externalImage() throws {
        let article = try Self.loaded(Self.minimal + "\nimage: https://example.se/bild.jpg\nimage_alt: En bild")
        #expect(article.image == ArticleImage(source: .external(url: "https://example.se/bild.jpg"), alt: "En bild", caption: nil))
    }

    @Test("A file beside a single-file article is an error: it is not a bundle")
    func imageInNonBundle() throws {
        let (article, problems) = try Self.load(Self.minimal + "\nimage: foto.jpg\nimage_alt: Foto")
        #expect(article == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "'foto.jpg' is a file beside the article, but the article is not a page bundle")
        #expect(problems.first?.location == Place(file: "content/2019/2019-04-11-mote.md", line: 6, column: 8))
    }

    @Test("A bundle's own files can be the image; a missing one is suggested")
    func bundleImage() throws {
        let source = Self.source("content/2020/rapport/index.md", bundleFiles: ["diagram.png", "rapport.pdf"])
        let article = try Self.loaded(Self.minimal + "\nimage: diagram.png\nimage_alt: Diagram", source: source)
        #expect(article.image?.source == .bundle(relativePath: "diagram.png"))
        let (missing, problems) = try Self.load(Self.minimal + "\nimage: diagramm.png\nimage_alt: Diagram", source: source)
        #expect(missing == nil)
        #expect(problems.first?.message == "the bundle has no file 'diagramm.png'")
        #expect(problems.first?.hint == "did you mean 'diagram.png'?")
    }

    @Test("Image paths that climb out or hide are refused", arguments: ["../hemlig.jpg", "/../../etc/passwd", ".dold.jpg", "/bilder/.git/x"])
    func unsafeImagePaths(path: String) throws {
        let source = Self.source("content/2020/rapport/index.md", bundleFiles: ["diagram.png"])
        let (article, problems) = try Self.load(Self.minimal + "\nimage: \"\(path)\"\nimage_alt: x", source: source)
        #expect(article == nil)
        #expect(problems.first?.message.contains("may not contain '..'") == true)
    }

    @Test("Invalid YAML is one located error in plain words", arguments: [
        ("title: Rapport: covid\ndate: 2019-04-11", 2, 15, "a value contains ': ', which YAML reads as a new key"),
        ("title: Hej\ndate: 2019-04-11\n\tkind: projekt", 4, 1, "the front matter contains a tab character, which YAML does not allow for indentation"),
        ("title: Hej\ntags:\n\t- Export", 4, 1, "the front matter contains a tab character, which YAML does not allow for indentation"),
        ("title: Hej\ndate: *idag", 3, 7, "'*' at the start of a value means a YAML alias"),
    ])
    func invalidYAML(frontMatter: String, line: Int, column: Int, message: String) throws {
        let (article, problems) = try Self.load(frontMatter)
        #expect(article == nil)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.severity == .error)
        #expect(problem.message == message)
        #expect(problem.location?.line == line)
        #expect(problem.location?.column == column)
        #expect(problem.excerpt == frontMatter.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[line - 2])
        #expect(!problem.message.contains("mapping values"), "libyaml's own words should not show")
    }

    @Test("Dates that cannot be read are located errors", arguments: [
        ("2019-02-30", "there is no such date or time: '2019-02-30'"),
        ("11 april 2019", "'11 april 2019' is not a date sitegen can read"),
    ])
    func badDates(date: String, message: String) throws {
        let (article, problems) = try Self.load("title: T\ndate: \(date)\nkind: projekt\nregions: [Västerbotten]")
        #expect(article == nil)
        #expect(problems.map(\.message) == [message])
        #expect(problems.first?.location?.line == 3)
        #expect(problems.first?.location?.column == 7)
    }

    @Test("yes/no words: draft: ja is true, title: no stays the text 'no'", arguments: [
        ("draft: ja", true), ("draft: Ja", true), ("draft: yes", true), ("draft: true", true),
        ("draft: nej", false), ("draft: no", false), ("draft: false", false), ("draft:", false),
    ])
    func draftWords(line: String, draft: Bool) throws {
        #expect(try Self.loaded(Self.minimal + "\n" + line).draft == draft)
    }

    @Test("Plain scalars that YAML 1.1 would retype stay text", arguments: ["no", "yes", "2019", "3.14", "null text", "on"])
    func scalarsStayText(title: String) throws {
        let article = try Self.loaded("title: \(title)\ndate: 2019-04-11\nkind: projekt\nregions: Västerbotten")
        #expect(article.title == title)
    }

    @Test("The path uses the date in the site's zone: 00:30 on New Year's Day is 2019 in Stockholm")
    func pathYearInSiteZone() throws {
        let article = try Self.loaded("title: Gott nytt år\ndate: 2019-01-01 00:30\nkind: projekt\nregions: Västerbotten\nslug: nyar")
        #expect(article.date == ISO8601DateFormatter().date(from: "2018-12-31T23:30:00Z"))
        #expect(article.path.description == "/nyheter/2019/nyar/")
    }

    @Test("Every placeholder of the article pattern is filled")
    func pathPattern() throws {
        let config = try Self.config("urls:\n  article: /{kind}/{year}/{month}/{day}/{slug}/")
        let (article, problems) = try Self.load(
            "title: T\ndate: 2019-01-01 00:30\nkind: Mötesrapport\nregions: Västerbotten", config: config)
        #expect(problems.isEmpty)
        #expect(article?.path.description == "/motesrapporter/2019/01/01/mote/")
    }
}
