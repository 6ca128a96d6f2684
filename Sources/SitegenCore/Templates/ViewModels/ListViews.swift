/// What `home.mustache` sees beyond `site` and `page`.
public struct HomeView: Sendable {
    public var latest: [CardView]
    public var sections: [HomeSectionView]
    /// The site's RSS feed, for a visible "Prenumerera" link.
    public var feedURL: String
}

public struct HomeSectionView: Sendable {
    /// The kind's plural name: "Mötesrapporter".
    public var title: String
    public var url: String
    public var articles: [CardView]
}

/// One page of a tag, region or kind.
public struct ListView: Sendable {
    public var heading: String
    /// "Ämne", "Region", "Typ".
    public var label: String
    public var countText: String
    public var articles: [CardView]
    public var pagination: PaginationView?
    /// This tag's, region's or kind's RSS feed, for a visible "Prenumerera" link; absent on
    /// archive pages, which have no feeds.
    public var feedURL: String?
}

public struct PaginationView: Sendable {
    /// "Sida 2 av 5"
    public var label: String
    public var currentPage: Int
    public var totalPages: Int
    public var previousURL: String?
    public var nextURL: String?
    public var pages: [PageLinkView]
}

/// A page number in the pagination, or a gap standing for the pages left out (see
/// ``PaginationWindow``): a gap has `gap` true and no page to link to.
public struct PageLinkView: Sendable {
    public var number: Int
    public var url: String
    public var current: Bool
    public var gap: Bool
}

/// The overview of all tags or all regions.
public struct TermsView: Sendable {
    public var heading: String
    public var intro: String
    public var items: [TermItemView]
}

public struct TermItemView: Sendable {
    public var name: String
    public var url: String
    public var count: Int
    public var countText: String
    /// Regions inside this one (a län's kommuner), in Swedish order; empty for tags.
    public var children: [TermItemView]
    public var hasChildren: Bool
}
