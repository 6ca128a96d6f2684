/// Gives headings ids slugged the Swedish way and unique on the page: `## Åtgärder` twice gives
/// `atgarder` and `atgarder-2`.
///
/// Ids the page already uses are never given: those of the default theme (`innehall` is the
/// skip link's target), the footnotes heading, and cmark's footnote ids (`fn-1`, `fnref-x`).
struct HeadingIDs {
    /// Ids templates and the renderer use themselves; documented in the template contract.
    static let reserved: Set<String> = ["innehall", "senaste", "artiklar", "fotnoter", "sidhuvud", "sidfot", "meny",
                                           "toc-rubrik", "webbplatssok"]

    private var used: Set<String> = HeadingIDs.reserved
    /// Per base, the number to try first: every lower one is taken. Without it, 20,000 headings
    /// of the same text tried 2, 3, 4 … each time, 200 million lookups (55 s in a debug build).
    private var nextNumber: [String: Int] = [:]

    mutating func make(for text: String) -> String {
        let slug = Slug.make(text)
        // cmark-gfm names footnotes after their labels (`fn-rapporten`, `fnref-1`), so no heading
        // id may start like one: "FN-rapporten" becomes `h-fn-rapporten`.
        let base = slug.isEmpty ? "rubrik" : Self.isFootnoteLike(slug) ? "h-" + slug : slug
        var id = base
        var number = nextNumber[base] ?? 2
        while used.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        nextNumber[base] = number
        used.insert(id)
        return id
    }

    /// Starts like cmark-gfm's ids for footnotes (`fn-…`) and their references (`fnref-…`).
    static func isFootnoteLike(_ id: String) -> Bool {
        id.hasPrefix("fn-") || id.hasPrefix("fnref-")
    }
}
