/// The main node of an article page: a `NewsArticle`, `Report` or `SpecialAnnouncement`, with
/// the properties schema.org's `CreativeWork` gives all three.
struct SchemaArticle: Encodable, Sendable, Hashable {
    var type: String
    var id: String
    var headline: String
    /// `SpecialAnnouncement` asks for a name; the articles have a headline.
    var name: String?
    var description: String
    var url: String
    var mainEntityOfPage: SchemaTypedReference
    var datePublished: String
    /// `updated`, else the publication date.
    var dateModified: String
    /// `SpecialAnnouncement` only: when it was posted.
    var datePosted: String?
    /// `expiry_date`.
    var expires: String?
    var author: SchemaAgent
    /// The article's organisation when a person is the author.
    var sourceOrganization: SchemaOrganization?
    var publisher: SchemaReference
    var image: [SchemaImage]?
    var inLanguage: String
    /// The tags, separated by commas.
    var keywords: String?
    /// The kind's name; `Article` types only (`NewsArticle`, `Report`).
    var articleSection: String?
    /// The regions.
    var spatialCoverage: [SchemaPlace]
    /// The meeting a meeting report is about.
    var about: SchemaReference?
    /// A report's files.
    var encoding: [SchemaMediaObject]?
    /// A `SpecialAnnouncement`'s topic as a Wikidata address, when it is known.
    var category: String?
    var isPartOf: SchemaReference

    private enum CodingKeys: String, CodingKey {
        case type = "@type", id = "@id", headline, name, description, url, mainEntityOfPage, datePublished,
             dateModified, datePosted, expires, author, sourceOrganization, publisher, image, inLanguage,
             keywords, articleSection, spatialCoverage, about, encoding, category, isPartOf
    }
}
