/// Gives headings ids slugged the Swedish way and unique on the page: `## Åtgärder` twice gives
/// `atgarder` and `atgarder-2`.
///
/// Ids the page already uses are never given: those of the default theme (`innehall` is the
/// skip link's target), the footnotes heading, and cmark's footnote ids (`fn-1`, `fnref-1`).
struct HeadingIDs {
    /// Ids templates and the renderer use themselves; documented in the template contract.
    static let reserved: Set<String> = ["innehall", "senaste", "artiklar", "fotnoter", "sidhuvud", "sidfot", "meny"]

    private var used: Set<String> = HeadingIDs.reserved

    mutating func make(for text: String) -> String {
        let slug = Slug.make(text)
        let base = slug.isEmpty ? "rubrik" : slug
        var id = base
        var number = 2
        while used.contains(id) || Self.isFootnoteID(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        used.insert(id)
        return id
    }

    /// `fn-3`, `fnref-12`: cmark-gfm's ids for footnotes and their references.
    static func isFootnoteID(_ id: String) -> Bool {
        for prefix in ["fn-", "fnref-"] where id.hasPrefix(prefix) {
            let rest = id.dropFirst(prefix.count)
            if !rest.isEmpty, rest.allSatisfy(\.isNumber) { return true }
        }
        return false
    }
}
