/// What `search.mustache` sees beyond `site` and `page`.
///
/// The page itself holds no results: its script (`static/js/sok.js`) reads the query from the
/// address, loads the index and writes the results into the page. So the page needs where the
/// index and the script are, and the filters to offer.
public struct SearchView: Sendable {
    /// "Sök"
    public var heading: String
    /// "Sök bland 1 234 artiklar från Industrinytt."
    public var intro: String
    /// The manifest of the index (`index.json`), relative to the page.
    public var indexURL: String
    /// `static/js/sok.js` as published, relative to the page.
    public var scriptURL: String
    /// Kinds that have articles, in Swedish alphabetical order by plural name.
    public var kinds: [SearchOptionView]
    /// Regions that have articles, in Swedish alphabetical order.
    public var regions: [SearchOptionView]
}

/// One choice of a filter: a kind or a region.
public struct SearchOptionView: Sendable {
    /// The value in the address: `typ=intervjuer`, `region=kronoberg`.
    public var value: String
    /// "Intervjuer", "Kronoberg"
    public var name: String
    /// How many articles it has.
    public var count: Int
}
