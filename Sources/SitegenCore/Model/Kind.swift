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

    public init(key: String, singular: String, plural: String, segment: String, aliases: [String] = []) {
        self.key = key
        self.singular = singular
        self.plural = plural
        self.segment = segment
        self.aliases = aliases
    }
}
