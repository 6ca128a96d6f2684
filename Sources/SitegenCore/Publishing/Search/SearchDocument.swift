/// One article as the search page shows it among the results.
///
/// The text that is searched is not here: it is in the term shards, as postings. A record is
/// only what a result needs to be shown, so the files of the few hits shown stay small.
struct SearchDocument: Sendable, Hashable {
    var title: String
    /// The article's address from the site's root, without the leading slash
    /// (`nyheter/2019/industrikommunerna/`). The search page resolves it against the site's
    /// root, so the index is right under any base path and on a preview deployment.
    var url: String
    var dateISO: String
    /// "11 april 2019"
    var dateText: String
    /// The kind's segment, which is also the value of the `typ=` filter.
    var kind: String
    /// The kind's singular name: "Mötesrapport".
    var kindName: String
    var regions: [String]
    var tags: [String]
    var summary: String

    func json(id: Int) -> OrderedJSON {
        .object([
            ("id", .int(id)),
            ("title", .string(title)),
            ("url", .string(url)),
            ("date", .string(dateISO)),
            ("dateText", .string(dateText)),
            ("kind", .string(kind)),
            ("kindName", .string(kindName)),
            ("regions", .array(regions.map(OrderedJSON.string))),
            ("tags", .array(tags.map(OrderedJSON.string))),
            ("summary", .string(summary)),
        ])
    }
}

extension SearchDocument {
    init(_ number: Int, in index: SiteIndex, summary: String, dates: SwedishDateFormatter) {
        let article = index.articles[number]
        self.init(
            title: article.title, url: String(article.path.description.dropFirst()),
            dateISO: dates.iso(article.date), dateText: dates.text(article.date),
            kind: article.kind.segment, kindName: article.kind.singular,
            regions: article.regions.map(\.name),
            tags: article.tags.map { index.tagsBySlug[$0.slug]?.name ?? $0.name },
            summary: summary)
    }
}
