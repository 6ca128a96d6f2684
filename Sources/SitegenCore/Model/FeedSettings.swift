/// `feeds:` in `site.yml`: how many articles each feed carries and whether it carries them whole.
public struct FeedSettings: Sendable, Hashable {
    /// What an entry holds besides its title and link.
    public enum Content: String, Sendable, Hashable {
        /// The whole article body as HTML, so subscribers can read it in their reader.
        case full
        /// Only the summary: readers come to the site for the rest.
        case summary
    }

    /// The newest articles each feed lists; older ones remain on the site's list pages.
    public var count: Int
    public var content: Content

    /// 20 entries is what most readers poll for; full text is what subscribers expect.
    public static let standard = FeedSettings(count: 20, content: .full)

    public init(count: Int, content: Content) {
        self.count = count
        self.content = content
    }
}
