/// What `sitegen new` (and `sitegen import` without `--region`) writes where the regions go, so
/// the writer sees what is left to fill in, and the build stops with a plain message until it is.
public enum RegionPlaceholder {
    public static let text = "ANGE REGION"

    static func matches(_ name: String) -> Bool {
        NameKey.make(name) == key
    }

    private static let key = NameKey.make(text)

    /// The build's message for an article whose regions still say ``text``.
    static func diagnostic(config: SiteConfig) -> (message: String, hint: String) {
        let names = config.regions.prefix(2).map(\.name)
        let example = names.isEmpty ? "regions: [Jämtland Härjedalen]"
            : "regions: [\(names[0])]" + (names.count > 1 ? " or regions: [\(names[0]), \(names[1])]" : "")
        return ("the article's region is not filled in: 'regions' still says '\(text)'",
                "write the region or regions the article is about, as named in site.yml, e.g. \(example)")
    }
}
