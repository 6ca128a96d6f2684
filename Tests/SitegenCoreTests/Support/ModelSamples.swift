import Foundation
@testable import SitegenCore

/// Model values built in code, for unit tests of what is made from them.
enum ModelSamples {
    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!

    static func config(publisher: SiteConfig.Publisher? = nil, shareImage: ArticleImage? = nil) -> SiteConfig {
        SiteConfig(title: "Testnytt", description: "Om industrin.", baseURL: "https://test.example.se/nyheter/",
                   language: "sv", timeZone: stockholm, pageSize: 10, paginatePath: "sida", rawHTML: true,
                   smartPunctuation: true, urls: .standard, kinds: [], regions: [], publisher: publisher,
                   accessibilityURL: nil, expired: .keep, archiveMonthsOver: 50, redirectFormats: [], shareImage: shareImage)
    }

    /// A moment in Swedish time: `date("2019-04-11 09:30")`.
    static func date(_ text: String) -> Date {
        guard case .success(let date) = DateParser(timeZone: stockholm).parse(text) else { fatalError("bad date \(text)") }
        return date
    }

    static func kind(_ key: String, schema: SchemaType? = nil) -> Kind {
        Kind(key: key, singular: key.capitalized, plural: key.capitalized, segment: key, schema: schema)
    }

    static func article(title: String = "Rubrik", kind: Kind = kind("projekt"), date: String = "2020-05-04 10:00",
                        tags: [String] = [], regions: [String] = ["Kronoberg"], author: String? = nil,
                        organisation: String? = nil, image: ArticleImage? = nil, attachments: [Attachment] = [],
                        expiry: String? = nil, updated: String? = nil, event: Event? = nil) -> Article {
        Article(sourcePath: "content/x.md", title: title, date: Self.date(date), updated: updated.map(Self.date),
                kind: kind, regions: regions.map { Region(name: $0, slug: Slug.make($0)) },
                tags: tags.map { Tag(name: $0, slug: Slug.make($0)) }, summary: nil, author: author,
                organisation: organisation, image: image, slug: "x", draft: false, attachments: attachments,
                contacts: [], publishDate: nil, expiryDate: expiry.map(Self.date), aliases: [], event: event,
                path: SitePath("/nyheter/2020/x/")!, body: "Text.", bodyLine: 5, bundleFiles: [])
    }
}
