import Foundation
import Testing
@testable import SitegenCore

@Suite("site.yml loading")
struct SiteConfigLoaderTests {
    static let good = """
        title: Industrinytt
        description: Nyheter om industrin.
        base_url: https://industrinytt.example.se/nyheter
        language: sv
        time_zone: Europe/Stockholm
        page_size: 12
        paginate_path: sida
        raw_html: false
        smart_punctuation: nej
        urls:
          article: /artiklar/{year}/{month}/{slug}/
          tag: /amnen/{slug}/
          region: /regioner/{slug}/
          kind: /typ/{slug}/
        kinds:
          - key: projekt
            singular: Projektberättelse
            plural: Projektberättelser
            aliases: [project story]
          - key: motesrapport
            singular: Mötesrapport
            plural: Mötesrapporter
            segment: motesrapporter
        regions:
          - name: Jämtland Härjedalen
            slug: jamtland-harjedalen
            aliases: [Jämtlands län, Region Jämtland Härjedalen]
          - name: Örebro län
            aliases: [Region Örebro län]
          - name: Västerbotten
        """

    /// The minimum a site needs; `extra` lines are appended.
    static let minimal = """
        title: Sajt
        base_url: https://example.se/
        kinds:
          - key: projekt
            singular: Projekt
        regions:
          - name: Gotland
          - name: Örebro län
            aliases: [Region Örebro]

        """

    static func load(_ text: String) -> (SiteConfig?, [Diagnostic]) {
        SiteConfigLoader.load(SourceText(path: "site.yml", text: text))
    }

    @Test("A complete site.yml is read field by field")
    func goodConfig() throws {
        let (loaded, problems) = Self.load(Self.good)
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let config = try #require(loaded)
        #expect(config.title == "Industrinytt")
        #expect(config.description == "Nyheter om industrin.")
        #expect(config.baseURL == "https://industrinytt.example.se/nyheter/") // a missing final / is added
        #expect(config.basePath == "/nyheter/")
        #expect(config.language == "sv")
        #expect(config.timeZone.identifier == "Europe/Stockholm")
        #expect(config.pageSize == 12)
        #expect(config.paginatePath == "sida")
        #expect(config.rawHTML == false)
        #expect(config.smartPunctuation == false)
        #expect(config.urls == SiteConfig.URLPatterns(article: "/artiklar/{year}/{month}/{slug}/", tag: "/amnen/{slug}/",
                                                      region: "/regioner/{slug}/", kind: "/typ/{slug}/", archive: "/nyheter/{year}/"))
        #expect(config.kinds == [
            Kind(key: "projekt", singular: "Projektberättelse", plural: "Projektberättelser", segment: "projekt", aliases: ["project story"]),
            Kind(key: "motesrapport", singular: "Mötesrapport", plural: "Mötesrapporter", segment: "motesrapporter"),
        ])
        #expect(config.regions == [
            Region(name: "Jämtland Härjedalen", slug: "jamtland-harjedalen", aliases: ["Jämtlands län", "Region Jämtland Härjedalen"]),
            Region(name: "Örebro län", slug: "orebro-lan", aliases: ["Region Örebro län"]),
            Region(name: "Västerbotten", slug: "vasterbotten"),
        ])
        #expect(config.absoluteURL(SitePath("/amnen/export/")!) == "https://industrinytt.example.se/nyheter/amnen/export/")
    }

    @Test("Defaults for everything optional")
    func defaults() throws {
        let (loaded, problems) = Self.load(Self.minimal)
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let config = try #require(loaded)
        #expect(config.description == "")
        #expect(config.language == "sv")
        #expect(config.timeZone.identifier == "Europe/Stockholm")
        #expect(config.pageSize == 10)
        #expect(config.paginatePath == "sida")
        #expect(config.rawHTML)
        #expect(config.smartPunctuation)
        #expect(config.urls == .standard)
        #expect(config.kinds == [Kind(key: "projekt", singular: "Projekt", plural: "Projekt", segment: "projekt")])
        #expect(config.basePath == "/")
    }

    @Test("Missing title and base_url are both reported")
    func missingRequired() {
        let text = Self.minimal.replacingOccurrences(of: "title: Sajt\nbase_url: https://example.se/\n", with: "")
        let (config, problems) = Self.load(text)
        #expect(config == nil)
        #expect(problems.errors.map(\.message) == [
            "the required field 'title' is missing",
            "the required field 'base_url' is missing",
        ])
        #expect(problems.errors.map(\.hint) == ["add a line title: Industrinytt", "add a line base_url: https://example.org/"])
    }

    @Test("base_url must be an absolute http(s) address", arguments: [
        "industrinytt.example.se", "/nyheter/", "ftp://example.se/", "https://", "mailto:a@b.se",
    ])
    func badBaseURL(url: String) {
        let text = Self.minimal.replacingOccurrences(of: "https://example.se/", with: url)
        let (config, problems) = Self.load(text)
        #expect(config == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "base_url must be an absolute http or https address")
        #expect(problems.first?.location?.line == 2)
        #expect(problems.first?.location?.column == 11)
    }

    @Test("A region alias shared by two regions is an error")
    func sharedAlias() {
        let (config, problems) = Self.load(Self.minimal + "  - name: Örebro\n    aliases: [Region Örebro]\n")
        #expect(config == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "the region name or alias 'Region Örebro' is used by both 'Örebro län' and 'Örebro'")
    }

    @Test("A region's alias that is another region's name or slug is an error, whatever its case")
    func aliasIsOtherName() {
        let (config, problems) = Self.load(Self.minimal + "  - name: Visby\n    aliases: [GOTLAND]\n")
        #expect(config == nil)
        #expect(problems.first?.message.contains("is used by both 'Gotland' and 'Visby'") == true)
        let (config2, problems2) = Self.load(Self.minimal + "  - name: Örebro\n    slug: orebro-lan\n")
        #expect(config2 == nil)
        #expect(problems2.hasErrors)
    }

    @Test("A kind alias shared by two kinds is an error")
    func sharedKindAlias() {
        let text = Self.minimal.replacingOccurrences(of: "regions:", with: "  - key: rapport\n    singular: Rapport\n    aliases: [Projekt]\nregions:")
        let (config, problems) = Self.load(text)
        #expect(config == nil)
        #expect(problems.first?.message == "the kind name or alias 'Projekt' is used by both 'projekt' and 'rapport'")
    }

    @Test("Two regions with the same name, or two kinds with the same key, are errors")
    func duplicateNames() {
        let (regionConfig, regionProblems) = Self.load(Self.minimal + "  - name: Gotland\n")
        let text = Self.minimal.replacingOccurrences(of: "regions:", with: "  - key: projekt\n    singular: Annat\nregions:")
        let (kindConfig, kindProblems) = Self.load(text)
        #expect(regionConfig == nil)
        #expect(regionProblems.hasErrors)
        #expect(kindConfig == nil)
        #expect(kindProblems.hasErrors)
    }

    @Test("Bad URL patterns are located errors", arguments: [
        ("article: /x/{nope}/", "the URL pattern '/x/{nope}/' uses {nope}; allowed are {year}, {month}, {day}, {slug}, {kind}"),
        ("article: /nyheter/{year}/", "the URL pattern '/nyheter/{year}/' must contain {slug}"),
        ("article: nyheter/{slug}/", "the URL pattern 'nyheter/{slug}/' must start with '/'"),
        ("article: /nyheter/{slug/", "the URL pattern '/nyheter/{slug/' has a '{' without '}'"),
        ("article: /Nyheter/{slug}/", "the URL pattern '/Nyheter/{slug}/' has the folder 'Nyheter'; folders may contain only a-z, 0-9 and hyphens"),
        ("article: /../{slug}/", "the URL pattern '/../{slug}/' has the folder '..'; folders may contain only a-z, 0-9 and hyphens"),
        ("tag: /amnen/{year}/", "the URL pattern '/amnen/{year}/' uses {year}; allowed are {slug}"),
        ("tag: /{slug}/", "the tag pattern must have a folder before {slug}, for the overview page"),
        ("region: /{slug}/", "the region pattern must have a folder before {slug}, for the overview page"),
    ])
    func badURLPatterns(line: String, message: String) {
        let (config, problems) = Self.load(Self.minimal + "urls:\n  " + line + "\n")
        #expect(config == nil)
        #expect(problems.errors.map(\.message) == [message])
        #expect(problems.first?.location?.line == 11)
    }

    @Test("The kind pattern may put kinds at the top level")
    func kindAtRoot() throws {
        let (config, problems) = Self.load(Self.minimal + "urls:\n  kind: /{slug}/\n")
        #expect(problems.isEmpty)
        #expect(config?.urls.kind == "/{slug}/")
    }

    @Test("An unknown time zone is an error at its value")
    func unknownTimeZone() {
        let (config, problems) = Self.load(Self.minimal + "time_zone: Europe/Stokholm\n")
        #expect(config == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "unknown time zone 'Europe/Stokholm'")
        #expect(problems.first?.location?.line == 10)
        #expect(problems.first?.location?.column == 12)
    }

    @Test("Another time zone is used for the site")
    func otherTimeZone() throws {
        let (config, _) = Self.load(Self.minimal + "time_zone: America/New_York\n")
        #expect(try #require(config).timeZone.identifier == "America/New_York")
    }

    @Test("An unknown key is a warning with a suggestion; the config still loads")
    func unknownKey() {
        let (config, problems) = Self.load(Self.minimal + "descripton: Om sajten\n")
        #expect(config != nil)
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.message == "unknown field 'descripton' in site.yml is ignored")
        #expect(problems.first?.hint == "did you mean 'description'?")
        #expect(problems.first?.location?.line == 10)
    }

    @Test("Bad values of optional fields are errors", arguments: [
        ("page_size: 0", "'page_size' must be a whole number from 1 to 1000"),
        ("page_size: tio", "'page_size' must be a whole number from 1 to 1000"),
        ("paginate_path: Sida 2", "paginate_path may contain only a-z, 0-9 and hyphens"),
        ("raw_html: kanske", "'raw_html' must be true or false"),
    ])
    func badOptionalValues(line: String, message: String) {
        let (config, problems) = Self.load(Self.minimal + line + "\n")
        #expect(config == nil)
        #expect(problems.map(\.message) == [message])
    }

    @Test("Kinds and regions lists are required and checked entry by entry")
    func kindAndRegionEntries() {
        let (config, problems) = Self.load("""
            title: Sajt
            base_url: https://example.se/
            kinds:
              - key: projekt
              - singular: Rapport
                segment: Rapporter
            regions:
              - name: Gotland
                slug: Got land
            """)
        #expect(config == nil)
        #expect(problems.errors.map(\.message) == [
            "the required field 'singular' is missing",
            "the required field 'key' is missing",
            "a segment may contain only a-z, 0-9 and hyphens",
            "a slug may contain only a-z, 0-9 and hyphens",
        ])
        let (_, empty) = Self.load("title: Sajt\nbase_url: https://example.se/\n")
        #expect(empty.errors.map(\.message) == ["site.yml lists no kinds of article", "site.yml lists no regions"])
    }

    @Test("Invalid YAML in site.yml is one located error")
    func invalidYAML() {
        let (config, problems) = Self.load("title: Industri: nyheter\nbase_url: https://example.se/\n")
        #expect(config == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.location?.line == 1)
        #expect(problems.first?.message == "a value contains ': ', which YAML reads as a new key")
    }
}
