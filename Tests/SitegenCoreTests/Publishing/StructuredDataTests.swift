import Foundation
import Testing
@testable import SitegenCore

/// Each kind's JSON-LD, made from model values.
@Suite("JSON-LD per kind")
struct StructuredDataTests {
    static let maker = StructuredData(config: ModelSamples.config(), dates: SwedishDateFormatter(timeZone: ModelSamples.stockholm))
    static let page = "https://test.example.se/nyheter/nyheter/2020/x/"

    static func parse(_ article: Article, tags: [String]? = nil, maker: StructuredData = maker) throws -> ParsedJSONLD {
        try ParsedJSONLD(maker.article(article, summary: "Sammanfattning.", tags: tags ?? article.tags.map(\.name)).scriptText())
    }

    @Test("A project story is a NewsArticle with every common property")
    func newsArticle() throws {
        let image = ArticleImage(source: .bundle(relativePath: "foto.jpg"), alt: "En svarv", caption: "Foto: A", width: 1200, height: 800)
        let json = try Self.parse(ModelSamples.article(title: "Spillvärme", tags: ["Export", "SME"], regions: ["Kronoberg", "Kalmar"],
                                                       author: "Anna Berg", organisation: "IUC Syd", image: image, updated: "2020-05-06"))
        #expect(json.root.string("@context") == "https://schema.org")
        #expect(json.types == ["NewsArticle", "Organization"])
        let main = try #require(json.node("NewsArticle"))
        #expect(main.string("@id") == Self.page + "#article")
        #expect(main.string("headline") == "Spillvärme")
        #expect(main.string("description") == "Sammanfattning.")
        #expect(main.string("url") == Self.page)
        #expect(main.object("mainEntityOfPage")?.string("@id") == Self.page)
        #expect(main.object("mainEntityOfPage")?.string("@type") == "WebPage")
        #expect(main.string("datePublished") == "2020-05-04T10:00:00+02:00")
        #expect(main.string("dateModified") == "2020-05-06T00:00:00+02:00")
        #expect(main.object("author")?.string("@type") == "Person")
        #expect(main.object("author")?.string("name") == "Anna Berg")
        #expect(main.object("sourceOrganization")?.string("name") == "IUC Syd")
        #expect(main.object("publisher")?.string("@id") == "https://test.example.se/nyheter/#publisher")
        #expect(main.string("inLanguage") == "sv")
        #expect(main.string("keywords") == "Export, SME")
        #expect(main.string("articleSection") == "Projekt")
        #expect(main.objects("spatialCoverage").map { $0.string("name") } == ["Kronoberg", "Kalmar"])
        #expect(main.objects("spatialCoverage").allSatisfy { $0.string("@type") == "AdministrativeArea" })
        let picture = try #require(main.objects("image").first)
        #expect(picture.string("url") == Self.page + "foto.jpg")
        #expect(picture["width"] as? Int == 1200)
        #expect(picture["height"] as? Int == 800)
        for absent in ["about", "encoding", "category", "datePosted", "expires", "name"] {
            #expect(main[absent] == nil, "\(absent)")
        }
        let publisher = try #require(json.node("Organization"))
        #expect(publisher.string("name") == "Testnytt", "without a publisher in site.yml, the site's title")
        #expect(publisher.string("url") == "https://test.example.se/nyheter/")
    }

    @Test("The author is a person, else the article's organisation, else the publisher")
    func authorFallbacks() throws {
        let organisation = try #require(Self.parse(ModelSamples.article(organisation: "Almi")).node("NewsArticle"))
        #expect(organisation.object("author")?.string("@type") == "Organization")
        #expect(organisation.object("author")?.string("name") == "Almi")
        #expect(organisation["sourceOrganization"] == nil)
        let nobody = try #require(Self.parse(ModelSamples.article()).node("NewsArticle"))
        #expect(nobody.object("author")?.string("@id") == "https://test.example.se/nyheter/#publisher")
        #expect(nobody["keywords"] == nil, "no tags, no keywords")
        #expect(nobody["image"] == nil, "no image is made up")
    }

    @Test("The publisher of site.yml is named on every article")
    func publisherFromSiteConfig() throws {
        let config = ModelSamples.config(publisher: .init(name: "Region Exempel", url: "https://www.example.se/"))
        let maker = StructuredData(config: config, dates: SwedishDateFormatter(timeZone: ModelSamples.stockholm))
        let publisher = try #require(Self.parse(ModelSamples.article(), maker: maker).node("Organization"))
        #expect(publisher.string("@id") == "https://test.example.se/nyheter/#publisher")
        #expect(publisher.string("name") == "Region Exempel")
        #expect(publisher.string("url") == "https://www.example.se/")
    }

    @Test("A meeting report with a date and place is a NewsArticle about an Event")
    func meetingReport() throws {
        let event = Event(start: ModelSamples.date("2019-04-11"), end: ModelSamples.date("2019-04-12 15:00"),
                          place: "Örnsköldsvik", address: "Järnvägsgatan 4")
        let json = try Self.parse(ModelSamples.article(kind: ModelSamples.kind("motesrapport"), organisation: "Industrikommunerna", event: event))
        #expect(json.types == ["NewsArticle", "Event", "Organization"])
        let main = try #require(json.node("NewsArticle"))
        #expect(main.object("about")?.string("@id") == Self.page + "#event")
        let meeting = try #require(json.node("Event"))
        #expect(meeting.string("@id") == Self.page + "#event")
        #expect(meeting.string("name") == "Rubrik")
        #expect(meeting.string("startDate") == "2019-04-11", "a date without a time is the day")
        #expect(meeting.string("endDate") == "2019-04-12T15:00:00+02:00")
        #expect(meeting.object("location")?.string("@type") == "Place")
        #expect(meeting.object("location")?.string("name") == "Örnsköldsvik")
        #expect(meeting.object("location")?.string("address") == "Järnvägsgatan 4")
        #expect(meeting.string("eventAttendanceMode") == "https://schema.org/OfflineEventAttendanceMode")
        #expect(meeting.object("organizer")?.string("name") == "Industrikommunerna")
        #expect(meeting.object("subjectOf")?.string("@id") == Self.page + "#article")
    }

    @Test("No Event without event data, and none for kinds of another schema")
    func eventOnlyWhenGivenAndWanted() throws {
        #expect(try Self.parse(ModelSamples.article(kind: ModelSamples.kind("motesrapport"))).types == ["NewsArticle", "Organization"])
        let event = Event(start: ModelSamples.date("2019-04-11"), end: nil, place: "Luleå", address: nil)
        #expect(try Self.parse(ModelSamples.article(kind: ModelSamples.kind("projekt"), event: event)).types == ["NewsArticle", "Organization"])
        let custom = ModelSamples.kind("moten", schema: .event)
        #expect(try Self.parse(ModelSamples.article(kind: custom, event: event)).node("Event")?["endDate"] == nil)
    }

    @Test("A report announcement is a Report encoded by its attachments")
    func report() throws {
        let files = [
            Attachment(title: "Rapporten", source: .bundle(relativePath: "rapport.pdf"), fileName: "rapport.pdf", byteCount: 1_234_567),
            Attachment(title: "Mall", source: .site(path: "/filer/mall.docx"), fileName: "mall.docx", byteCount: 19),
            Attachment(title: "Data", source: .external(url: "https://example.org/data.xlsx?v=2"), fileName: "data.xlsx", byteCount: nil),
        ]
        let main = try #require(Self.parse(ModelSamples.article(kind: ModelSamples.kind("rapport"), attachments: files)).node("Report"))
        let media = main.objects("encoding")
        #expect(media.map { $0.string("@type") } == ["MediaObject", "MediaObject", "MediaObject"])
        #expect(media.map { $0.string("name") } == ["Rapporten", "Mall", "Data"])
        #expect(media.map { $0.string("contentUrl") } == [Self.page + "rapport.pdf", "https://test.example.se/nyheter/filer/mall.docx",
                                                           "https://example.org/data.xlsx?v=2"])
        #expect(media.map { $0.string("encodingFormat") } == ["application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"])
        #expect(media.map { $0.string("contentSize") } == ["1.2 MB", "19 B", nil])
        #expect(main.string("articleSection") == "Rapport")
        let news = try #require(Self.parse(ModelSamples.article(attachments: files)).node("NewsArticle"))
        #expect(news["encoding"] == nil, "a news article's files do not encode it")
    }

    @Test("A crisis-support announcement is a SpecialAnnouncement; COVID-19 only when tagged so")
    func specialAnnouncement() throws {
        let kind = ModelSamples.kind("krisstod")
        let json = try Self.parse(ModelSamples.article(title: "Krisstöd", kind: kind, tags: ["Covid-19", "Finansiering"],
                                                       regions: ["Örebro"], expiry: "2020-12-31"))
        let main = try #require(json.node("SpecialAnnouncement"))
        #expect(main.string("name") == "Krisstöd")
        #expect(main.string("headline") == "Krisstöd")
        #expect(main.string("datePosted") == "2020-05-04T10:00:00+02:00")
        #expect(main.string("expires") == "2020-12-31T00:00:00+01:00")
        #expect(main.string("category") == "https://www.wikidata.org/wiki/Q81068910")
        #expect(main.objects("spatialCoverage").first?.string("name") == "Örebro")
        #expect(main["articleSection"] == nil, "not an Article type")
        let other = try #require(Self.parse(ModelSamples.article(kind: kind, tags: ["Varsel"])).node("SpecialAnnouncement"))
        #expect(other["category"] == nil)
        #expect(other["expires"] == nil)
    }

    @Test("The schema of a kind is chosen in site.yml, with defaults by key")
    func schemaDefaults() {
        #expect(SchemaType.standard(forKindKey: "projekt") == .newsArticle)
        #expect(SchemaType.standard(forKindKey: "intervju") == .newsArticle)
        #expect(SchemaType.standard(forKindKey: "motesrapport") == .event)
        #expect(SchemaType.standard(forKindKey: "rapport") == .report)
        #expect(SchemaType.standard(forKindKey: "krisstod") == .specialAnnouncement)
        #expect(SchemaType.standard(forKindKey: "nyhet") == .newsArticle)
        #expect(Kind(key: "rapport", singular: "R", plural: "R", segment: "r", schema: .newsArticle).schema == .newsArticle)
    }

    @Test("The home page is the WebSite and its publisher")
    func home() throws {
        let json = try ParsedJSONLD(Self.maker.home().scriptText())
        #expect(json.types == ["WebSite", "Organization"])
        let site = try #require(json.node("WebSite"))
        #expect(site.string("@id") == "https://test.example.se/nyheter/#website")
        #expect(site.string("name") == "Testnytt")
        #expect(site.string("url") == "https://test.example.se/nyheter/")
        #expect(site.string("description") == "Om industrin.")
        #expect(site.string("inLanguage") == "sv")
        #expect(site.object("publisher")?.string("@id") == "https://test.example.se/nyheter/#publisher")
    }

    @Test("The same article gives the same bytes, keys sorted")
    func deterministic() throws {
        let article = ModelSamples.article(tags: ["B", "A"], author: "X", organisation: "Y")
        let first = Self.maker.article(article, summary: "S", tags: ["B", "A"]).scriptText()
        #expect(first == Self.maker.article(article, summary: "S", tags: ["B", "A"]).scriptText())
        #expect(first.hasPrefix("{\n  \"@context\" : \"https://schema.org\",\n  \"@graph\" : ["))
        // The main node's own keys (six spaces in) come in sorted order.
        let keys = first.split(separator: "\n").prefix { !$0.hasPrefix("    },") }
            .filter { $0.hasPrefix("      \"") }.map { String($0.split(separator: "\"")[1]) }
        #expect(keys.count > 10)
        #expect(keys == keys.sorted())
        #expect(try Self.parse(article, tags: ["B", "A"]).node("NewsArticle")?.string("keywords") == "B, A", "tags keep their order")
    }

    @Test("File sizes for contentSize")
    func contentSizes() {
        #expect(MediaType.contentSize(999) == "999 B")
        #expect(MediaType.contentSize(340_400) == "340 kB")
        #expect(MediaType.contentSize(999_500) == "1.0 MB")
        #expect(MediaType.contentSize(12_345_678) == "12 MB")
        #expect(MediaType.of(fileName: "RAPPORT.PDF") == "application/pdf")
        #expect(MediaType.of(fileName: "okand.xyz") == nil)
        #expect(MediaType.of(fileName: "pdf") == nil)
    }
}
