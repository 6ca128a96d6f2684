/// What every template sees about the site. Field names are the template contract
/// (README.md, "Templates"): templates read them by name.
public struct SiteView: Sendable {
    public var title: String
    public var description: String
    public var language: String
    public var homeURL: String
    public var stylesheetURL: String
    public var tagsURL: String
    public var regionsURL: String
    /// The search page; absent when search is off (`search: false` in site.yml).
    public var searchURL: String?
    public var nav: [NavItemView]
    public var publisherName: String?
    public var publisherURL: String?
    public var accessibilityURL: String?
}

public struct NavItemView: Sendable {
    public var title: String
    public var url: String
    public var current: Bool
}

/// What every template sees about the page being rendered.
public struct PageView: Sendable {
    /// For `<title>`: "Rubrik – Industrinytt".
    public var title: String
    public var description: String
    public var canonicalURL: String
    public var isHome: Bool
    /// True for pages search engines should not index (the 404 page, the search page).
    public var noindex: Bool
}

/// A named link: a region, a tag, a kind.
public struct LinkView: Sendable {
    public var name: String
    public var url: String
}

public struct ImageView: Sendable {
    public var url: String
    public var alt: String
    public var caption: String?
    public var width: Int?
    public var height: Int?
}

/// An article as it appears in lists.
public struct CardView: Sendable {
    public var title: String
    public var url: String
    public var dateISO: String
    public var dateText: String
    public var kindName: String
    public var kindURL: String?
    public var summary: String
    public var regions: [LinkView]
    public var image: ImageView?
}
