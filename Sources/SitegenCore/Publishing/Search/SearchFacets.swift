/// The kinds and regions a visitor can narrow a search to, with the documents of each.
///
/// Only kinds and regions that have listed articles, in Swedish alphabetical order. The names
/// and counts go in the manifest (and on the search page's form); the document lists go in
/// `filters.json`, which the page loads only when a filter is chosen.
struct SearchFacets: Sendable, Hashable {
    struct Value: Sendable, Hashable {
        /// The filter's value in the search page's address: a kind's segment, a region's slug.
        var value: String
        /// A kind's plural name ("Mötesrapporter"), a region's name.
        var name: String
        /// Document numbers, ascending.
        var documents: [Int]
    }

    var kinds: [Value]
    var regions: [Value]

    init(kinds: [Value], regions: [Value]) {
        self.kinds = kinds
        self.regions = regions
    }

    init(_ index: SiteIndex) {
        func values(_ terms: [TermPage]) -> [Value] {
            terms.map { term in
                Value(value: term.slug, name: term.name,
                      documents: term.articles.compactMap { index.listedPosition[$0] }.sorted())
            }.sorted { SwedishCollation.areInIncreasingOrder($0.name, $1.name) }
        }
        kinds = values(index.kinds)
        regions = values(index.regions)
    }

    /// For the manifest: `{"kinds": [{"value", "name", "count"}], "regions": [...]}`.
    var manifestJSON: OrderedJSON {
        func list(_ values: [Value]) -> OrderedJSON {
            .array(values.map { .object([("value", .string($0.value)), ("name", .string($0.name)), ("count", .int($0.documents.count))]) })
        }
        return .object([("kinds", list(kinds)), ("regions", list(regions))])
    }

    /// `filters.json`: `{"typ": {value: [document deltas]}, "region": {...}}`, keyed by the
    /// names of the search page's URL parameters.
    var filtersJSON: OrderedJSON {
        func lists(_ values: [Value]) -> OrderedJSON {
            .object(values.map { ($0.value, .ints(SearchPostings.deltas($0.documents))) })
        }
        return .object([("typ", lists(kinds)), ("region", lists(regions))])
    }
}
