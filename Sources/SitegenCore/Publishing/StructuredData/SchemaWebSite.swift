/// The `WebSite` node of the home page.
struct SchemaWebSite: Encodable, Sendable, Hashable {
    var type = "WebSite"
    var id: String
    var name: String
    var url: String
    var description: String?
    var inLanguage: String
    var publisher: SchemaReference

    private enum CodingKeys: String, CodingKey {
        case type = "@type", id = "@id", name, url, description, inLanguage, publisher
    }
}
