/// A region from the closed list in `site.yml`: a län such as Jämtland Härjedalen.
public struct Region: Sendable, Hashable {
    public var name: String
    public var slug: String
    /// Other names writers use for it: "Jämtlands län", "Region Jämtland Härjedalen".
    public var aliases: [String]

    public init(name: String, slug: String, aliases: [String] = []) {
        self.name = name
        self.slug = slug
        self.aliases = aliases
    }
}
