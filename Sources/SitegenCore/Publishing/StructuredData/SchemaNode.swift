/// A top-level node of a page's JSON-LD `@graph`.
enum SchemaNode: Encodable, Sendable {
    case article(SchemaArticle)
    case event(SchemaEvent)
    case organization(SchemaOrganization)
    case webSite(SchemaWebSite)

    func encode(to encoder: Encoder) throws {
        switch self {
        case .article(let node): try node.encode(to: encoder)
        case .event(let node): try node.encode(to: encoder)
        case .organization(let node): try node.encode(to: encoder)
        case .webSite(let node): try node.encode(to: encoder)
        }
    }
}

/// A link to a node by its `@id`, which may be in this page's graph or another page's.
struct SchemaReference: Encodable, Sendable, Hashable {
    var id: String

    private enum CodingKeys: String, CodingKey { case id = "@id" }
}

/// A typed node that is only named by its address: `{"@type": "WebPage", "@id": "https://..."}`.
struct SchemaTypedReference: Encodable, Sendable, Hashable {
    var type: String
    var id: String

    private enum CodingKeys: String, CodingKey { case type = "@type", id = "@id" }
}
