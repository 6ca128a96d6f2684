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
    /// The archive: the years, and the months of busy ones.
    public var archiveURL: String
    /// The search page; absent when search is off (`search: false` in site.yml).
    public var searchURL: String?
    public var nav: [NavItemView]
    public var publisherName: String?
    public var publisherURL: String?
    public var accessibilityURL: String?
    /// For `og:locale`: `sv_SE`, from `language` (``OpenGraphLocale``).
    public var locale: String?
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
    /// For `og:title`: the page's own title, without the site's name ("Rubrik").
    public var shareTitle: String
    /// For `og:type`: `article` on article pages, `website` on the others.
    public var ogType: String
    /// The picture shown when the page is shared: the article's image, else the site's
    /// `share_image`; its `url` is absolute.
    public var image: ImageView?
    /// For `twitter:card`: `summary_large_image` with an image, else `summary`.
    public var twitterCard: String
    /// Article pages: `article:published_time`, `article:modified_time` (when updated),
    /// `article:expiration_time`, `article:section` (the kind) and `article:tag`.
    public var publishedISO: String?
    public var modifiedISO: String?
    public var expiresISO: String?
    public var section: String?
    public var tags: [String]
    /// The page's JSON-LD, ready and escaped for `<script type="application/ld+json">`; printed
    /// with `{{{ }}}`. Home and article pages only.
    public var jsonLD: String?
    /// Feeds for `<link rel="alternate">` autodiscovery: a list page's own, then the site's.
    public var feeds: [FeedLinkView]
}

/// One feed a page announces: `title` ("Kalmar – Industrinytt (RSS)"), `url`, and `type`, the
/// media type (`application/atom+xml`, `application/rss+xml`, `application/feed+json`).
public struct FeedLinkView: Sendable {
    public var title: String
    public var url: String
    public var type: String
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
