/// A heading in an article's table of contents, with the h3s under an h2 as children.
public struct TocItemView: Sendable {
    public var text: String
    /// The heading's id: link to `#id`.
    public var id: String
    public var children: [TocItemView]
    public var hasChildren: Bool
}

/// A short link to another article: related articles, "Mer från".
public struct RelatedView: Sendable {
    public var title: String
    public var url: String
    public var dateISO: String
    public var dateText: String
    public var kindName: String
}

/// "Mer från Kronoberg": the newest articles of the article's region.
public struct MoreFromView: Sendable {
    /// "Mer från Kronoberg"
    public var heading: String
    public var url: String
    /// "Alla artiklar från Kronoberg"
    public var linkText: String
    public var articles: [RelatedView]
}
