/// Every article with its place in the site, and the tag, region and kind pages that list them.
///
/// Built once all articles are loaded, so every URL is known before any Markdown is rendered.
public struct SiteIndex: Sendable {
    public let config: SiteConfig
    /// Newest first; ties by title in Swedish order, then by address.
    public let articles: [Article]
    /// In Swedish alphabetical order.
    public let tags: [TermPage]
    /// In Swedish alphabetical order; only regions that have articles.
    public let regions: [TermPage]
    /// In the order of `site.yml`; only kinds that have articles.
    public let kinds: [TermPage]
    public let tagsOverview: SitePath
    public let regionsOverview: SitePath
    /// Kind key -> its page, for links.
    let kindPaths: [String: SitePath]
    /// Region slug -> its page.
    let regionPaths: [String: SitePath]
    /// Tag slug -> its page and the name the site spells it with.
    let tagsBySlug: [String: TermPage]
}

/// A tag, region or kind with the articles it lists (indices into ``SiteIndex/articles``).
public struct TermPage: Sendable, Hashable {
    public enum Family: Sendable, Hashable { case tag, region, kind }
    public var family: Family
    public var name: String
    public var slug: String
    public var path: SitePath
    public var articles: [Int]
}
