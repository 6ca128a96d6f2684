/// The three formats every feed is written in, and the file each one is.
///
/// Atom is the best specified; RSS 2.0 is what most people and tools mean by "RSS"; JSON Feed
/// suits scripts and newer readers. All three carry the same entries.
public enum FeedFormat: String, CaseIterable, Sendable {
    case atom, rss, json

    /// The file beside the feed's page: `/regioner/kalmar/feed.xml`.
    public var fileName: String {
        switch self {
        case .atom: "feed.xml"
        case .rss: "rss.xml"
        case .json: "feed.json"
        }
    }

    /// For `<link rel="alternate" type="...">` and the `self` links.
    public var mediaType: String {
        switch self {
        case .atom: "application/atom+xml"
        case .rss: "application/rss+xml"
        case .json: "application/feed+json"
        }
    }

    /// How the format is named to people, in link titles: "Industrinytt (Atom)".
    public var label: String {
        switch self {
        case .atom: "Atom"
        case .rss: "RSS"
        case .json: "JSON Feed"
        }
    }
}
