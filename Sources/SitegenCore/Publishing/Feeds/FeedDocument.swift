import Foundation

/// One feed, ready to be written in any format: the site's, or one tag's, region's or kind's.
///
/// Every value is final (absolute URLs, chosen content, dates as moments), so the three
/// renderers only format; what a feed says is decided once, in ``FeedPlan``.
struct FeedDocument: Sendable, Hashable {
    /// "Industrinytt", or "Kalmar – Industrinytt" for a term's feed.
    var title: String
    var description: String
    /// `sv-SE`: the site's language with its country, as feed readers expect.
    var language: String
    /// The absolute URL of the page the feed follows, the home page or the term's page; the
    /// feed files are published beside it.
    var pageURL: String
    /// Where the feed files go inside the site: the root, or the term's folder.
    var folder: SitePath
    /// The newest entry's updated-or-published moment, or `SOURCE_DATE_EPOCH` when that is set.
    var updated: Date
    /// Who publishes the feed: the publisher from site.yml, else the site.
    var author: FeedPerson
    var timeZone: TimeZone
    /// Newest first.
    var entries: [FeedEntry]

    func url(_ format: FeedFormat) -> String {
        pageURL + format.fileName
    }

    /// The file inside the site: `regioner/kalmar/feed.xml`.
    func file(_ format: FeedFormat) -> String {
        (folder.segments + [format.fileName]).joined(separator: "/")
    }
}

/// One article in a feed.
struct FeedEntry: Sendable, Hashable {
    /// The article's absolute URL, which is also its id: it never changes while the page exists.
    var url: String
    var title: String
    var published: Date
    /// `updated` from the front matter, else the publication date.
    var updated: Date
    /// Plain text.
    var summary: String
    /// The body with absolute links, when the site publishes full content.
    var contentHTML: String? {
        didSet { contentXML = contentHTML.map(XMLEscaped.init) }
    }
    /// ``contentHTML`` escaped once for the Atom and RSS documents of every feed the entry is
    /// in: escaped per document, an article's body was escaped about fifteen times.
    private(set) var contentXML: XMLEscaped?
    /// The tags' names as the site spells them.
    var tags: [String]
    /// The article's author, else its organisation; none means the feed's author.
    var authors: [FeedPerson]
    /// The lead image's absolute URL.
    var imageURL: String?

    init(url: String, title: String, published: Date, updated: Date, summary: String, contentHTML: String?,
         tags: [String], authors: [FeedPerson], imageURL: String?) {
        self.url = url
        self.title = title
        self.published = published
        self.updated = updated
        self.summary = summary
        self.contentHTML = contentHTML
        self.contentXML = contentHTML.map(XMLEscaped.init)
        self.tags = tags
        self.authors = authors
        self.imageURL = imageURL
    }
}

struct FeedPerson: Sendable, Hashable {
    var name: String
    var url: String?
}
