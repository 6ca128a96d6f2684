/// A kind of article (project story, meeting report, ...), as listed in `site.yml`.
public struct Kind: Sendable, Hashable {
    /// What front matter writes: `projekt`.
    public var key: String
    /// "Projektberättelse"
    public var singular: String
    /// "Projektberättelser"
    public var plural: String
    /// The URL segment of the kind's index page: `projekt`.
    public var segment: String
    public var aliases: [String]
    /// Its schema.org type for search engines.
    public var schema: SchemaType

    /// `schema` defaults by key: see ``SchemaType/standard(forKindKey:)``.
    public init(key: String, singular: String, plural: String, segment: String, aliases: [String] = [],
                schema: SchemaType? = nil) {
        self.key = key
        self.singular = singular
        self.plural = plural
        self.segment = segment
        self.aliases = aliases
        self.schema = schema ?? .standard(forKindKey: key)
    }
}
