/// A region from the closed list in `site.yml`: a län such as Jämtland Härjedalen.
public struct Region: Sendable, Hashable {
    public var name: String
    public var slug: String
    /// Other names writers use for it: "Jämtlands län", "Region Jämtland Härjedalen".
    public var aliases: [String]
    /// The region this one lies in, by slug: a kommun's län. Articles about a kommun are also
    /// listed on its län's page and in its feeds.
    public var parent: String?

    public init(name: String, slug: String, aliases: [String] = [], parent: String? = nil) {
        self.name = name
        self.slug = slug
        self.aliases = aliases
        self.parent = parent
    }
}
