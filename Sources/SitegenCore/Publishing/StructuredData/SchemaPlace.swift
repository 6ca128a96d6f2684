/// A `Place` (where a meeting was) or an `AdministrativeArea` (a region an article is about).
struct SchemaPlace: Encodable, Sendable, Hashable {
    var type: String
    var name: String
    /// The street address as written in the front matter.
    var address: String?

    static func place(_ name: String, address: String?) -> SchemaPlace {
        SchemaPlace(type: "Place", name: name, address: address)
    }

    static func area(_ name: String) -> SchemaPlace {
        SchemaPlace(type: "AdministrativeArea", name: name)
    }

    private enum CodingKeys: String, CodingKey { case type = "@type", name, address }
}
