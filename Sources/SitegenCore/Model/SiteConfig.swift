import Foundation

/// `site.yml`, checked and typed.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var description: String
    /// Absolute, ends with `/`: `https://example.org/` or `https://org.github.io/nyheter/`.
    public var baseURL: String
    public var language: String
    public var timeZone: TimeZone
    public var pageSize: Int
    public var paginatePath: String
    public var rawHTML: Bool
    public var smartPunctuation: Bool
    public var urls: URLPatterns
    public var kinds: [Kind]
    public var regions: [Region]
    /// The organisation that publishes the site, named and linked in the footer.
    public var publisher: Publisher?
    /// The site's accessibility statement (tillgänglighetsredogörelse), linked in the footer;
    /// Swedish public bodies must publish one.
    public var accessibilityURL: String?
    /// What happens to an article past its `expiry_date`.
    public var expired: ExpiredPolicy
    /// A year with more listed articles than this also gets a page per month.
    public var archiveMonthsOver: Int
    /// Host redirect files written for the articles' aliases, besides the HTML redirect pages.
    public var redirectFormats: Set<RedirectFormat>
    /// The picture shown when a page without an image of its own is shared on social media.
    public var shareImage: ArticleImage?
    /// The Atom, RSS and JSON feeds of the site and of each tag, region and kind.
    public var feeds: FeedSettings = .standard
    /// The search page and its index.
    public var search: SearchSettings = SearchSettings()
    /// The editorial report page, `/_rapport/` (`report: false` turns it off; the report in
    /// `.sitegen/report.json` is written either way).
    public var reportPage: Bool = true
    /// Where site.yml says `dates_from_git: true`, for messages about it; `nil` when it does not.
    /// Articles then take `updated` (and `date`, when the front matter has none) from git.
    public var datesFromGit: SourceLocation?

    public enum ExpiredPolicy: String, Sendable, Hashable {
        /// The page stays, marked "inaktuell", out of lists and feeds: links to it keep working.
        case keep
        /// The page is not built.
        case remove
    }

    public struct Publisher: Sendable, Hashable {
        public var name: String
        public var url: String?
    }

    /// URL patterns for the pages the site publishes.
    public struct URLPatterns: Sendable, Hashable {
        /// Placeholders `{year}`, `{month}`, `{day}`, `{slug}`, `{kind}`.
        public var article: String
        public var tag: String
        public var region: String
        public var kind: String
        /// A year's archive page; `{year}` required. Busy years also get month pages below it
        /// (`/nyheter/2019/04/`), and the folder before `{year}` lists the years.
        public var archive: String

        public static let standard = URLPatterns(
            article: "/nyheter/{year}/{slug}/",
            tag: "/amnen/{slug}/",
            region: "/regioner/{slug}/",
            kind: "/{slug}/",
            archive: "/nyheter/{year}/"
        )
    }

    /// How this site's bodies are rendered (`raw_html`, `smart_punctuation`).
    var markdownOptions: MarkdownOptions {
        MarkdownOptions(rawHTML: rawHTML, smartPunctuation: smartPunctuation)
    }

    /// The path part of the base URL, `/` or `/nyheter/`, for links that cannot be relative (404).
    public var basePath: String {
        guard let url = URL(string: baseURL) else { return "/" }
        let path = url.path
        if path.isEmpty { return "/" }
        return path.hasSuffix("/") ? path : path + "/"
    }
}
