/// An `Organization`: the site's publisher, or an article's organisation.
struct SchemaOrganization: Encodable, Sendable, Hashable {
    var type = "Organization"
    /// Set for the publisher, which other nodes and pages refer to.
    var id: String?
    var name: String
    var url: String?

    private enum CodingKeys: String, CodingKey {
        case type = "@type", id = "@id", name, url
    }
}

/// A `Person`: an article's author.
struct SchemaPerson: Encodable, Sendable, Hashable {
    var type = "Person"
    var name: String

    private enum CodingKeys: String, CodingKey { case type = "@type", name }
}

/// Who wrote an article: a person when the front matter names one, else an organisation.
enum SchemaAgent: Encodable, Sendable, Hashable {
    case person(SchemaPerson)
    case organization(SchemaOrganization)
    case reference(SchemaReference)

    func encode(to encoder: Encoder) throws {
        switch self {
        case .person(let person): try person.encode(to: encoder)
        case .organization(let organization): try organization.encode(to: encoder)
        case .reference(let reference): try reference.encode(to: encoder)
        }
    }
}
