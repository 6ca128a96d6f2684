/// Gives headings ids slugged the Swedish way and unique on the page: `## Åtgärder` twice gives
/// `atgarder` and `atgarder-2`.
struct HeadingIDs {
    private var used: Set<String> = []

    mutating func make(for text: String) -> String {
        let base = Slug.make(text).isEmpty ? "rubrik" : Slug.make(text)
        var id = base
        var number = 2
        while used.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        used.insert(id)
        return id
    }
}
