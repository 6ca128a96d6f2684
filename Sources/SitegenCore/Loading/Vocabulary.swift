/// The names writers may use for kinds and regions, for quick lookups while loading articles.
struct Vocabulary: Sendable {
    let regionsByName: [String: Region]
    let kindsByName: [String: Kind]
    let regionNames: [String]
    let kindNames: [String]

    init(_ config: SiteConfig) {
        var regions: [String: Region] = [:]
        for region in config.regions {
            for name in [region.name, region.slug] + region.aliases { regions[NameKey.make(name)] = region }
        }
        var kinds: [String: Kind] = [:]
        for kind in config.kinds {
            for name in [kind.key, kind.singular, kind.plural, kind.segment] + kind.aliases { kinds[NameKey.make(name)] = kind }
        }
        regionsByName = regions
        kindsByName = kinds
        regionNames = config.regions.flatMap { [$0.name] + $0.aliases }
        kindNames = config.kinds.flatMap { [$0.key, $0.singular] }
    }

    func region(_ name: String) -> Region? { regionsByName[NameKey.make(name)] }
    func kind(_ name: String) -> Kind? { kindsByName[NameKey.make(name)] }

    /// The region a near-miss most likely meant, by its canonical name.
    func suggestRegion(for name: String) -> String? {
        Suggestion.closest(to: name, among: regionNames).flatMap { region($0)?.name }
    }

    func suggestKind(for name: String) -> String? {
        Suggestion.closest(to: name, among: kindNames).flatMap { kind($0)?.key }
    }
}
