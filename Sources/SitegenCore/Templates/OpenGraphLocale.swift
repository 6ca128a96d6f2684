/// The Open Graph locale (`sv_SE`) of a site's `language` (`sv`).
///
/// Open Graph wants language and territory. A language that names its territory (`sv-FI`)
/// keeps it; a bare language gets the territory where it is the main language, with British
/// English for `en` (the spelling Swedish public bodies use in English). Languages not in the
/// table get no `og:locale`: the default Facebook assumes (`en_US`) is better than a guess.
enum OpenGraphLocale {
    static let territories = [
        "sv": "SE", "en": "GB", "fi": "FI", "nb": "NO", "nn": "NO", "da": "DK", "de": "DE", "fr": "FR", "es": "ES",
    ]

    static func of(language: String) -> String? {
        let parts = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = parts.first, first.count == 2 || first.count == 3, first.allSatisfy(\.isLetter) else { return nil }
        let code = first.lowercased()
        if parts.count >= 2, let territory = parts.last, territory.count == 2, territory.allSatisfy(\.isLetter) {
            return code + "_" + territory.uppercased()
        }
        return territories[code].map { code + "_" + $0 }
    }
}
