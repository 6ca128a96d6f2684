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
    let published: Date
    /// `updated` from the front matter, else the publication date.
    let updated: Date
    /// ``published`` and ``updated`` as the formats write them, in the site's zone: formatted
    /// once per entry instead of five times per document the entry is in (twice for Atom,
    /// twice for JSON Feed, once for RSS); with Foundation's calendar they were a tenth of
    /// writing the feeds.
    let dates: Dates
    /// Plain text.
    var summary: String
    /// The body with absolute links, when the site publishes full content: as UTF-8 bytes, as
    /// the body comes from the build and goes into the feeds' files. Made a `String` for the
    /// JSON Feed, every body was checked as UTF-8 again, 1.9% of the instructions of a cold
    /// 1,000-article build (callgrind, 2026-11-27).
    var content: UTF8Text? {
        didSet {
            contentXML = content.map(XMLEscaped.init)
            contentJSON = content.map(JSONEscaped.init)
        }
    }
    /// ``content`` as text.
    var contentHTML: String? {
        get { content.map { String(decoding: $0.bytes, as: UTF8.self) } }
        set { content = newValue.map { UTF8Text($0) } }
    }
    /// ``content`` escaped once for the Atom and RSS documents of every feed the entry is
    /// in: escaped per document, an article's body was escaped about fifteen times.
    private(set) var contentXML: XMLEscaped?
    /// ``content`` escaped once for the JSON Feed of every feed the entry is in (3.7 on
    /// average at 1,000 articles), instead of in each: 0.7% of a cold build's instructions
    /// (callgrind, 2026-11-28).
    private(set) var contentJSON: JSONEscaped?
    /// The tags' names as the site spells them.
    var tags: [String]
    /// The article's author, else its organisation; none means the feed's author.
    var authors: [FeedPerson]
    /// The lead image's absolute URL.
    var imageURL: String?

    /// `timeZone` is the site's, which its feeds' documents have (``FeedDocument/timeZone``).
    init(url: String, title: String, published: Date, updated: Date, timeZone: TimeZone, summary: String,
         contentHTML: String?, tags: [String], authors: [FeedPerson], imageURL: String?) {
        self.init(url: url, title: title, published: published, updated: updated, timeZone: timeZone, summary: summary,
                  content: contentHTML.map { UTF8Text($0) }, tags: tags, authors: authors, imageURL: imageURL)
    }

    /// `dates` formats the dates; given, it must be in `timeZone` (``FeedPlan`` makes one for
    /// all its entries).
    init(url: String, title: String, published: Date, updated: Date, timeZone: TimeZone, summary: String,
         content: UTF8Text?, tags: [String], authors: [FeedPerson], imageURL: String?, dates formatter: FeedDateFormatter? = nil) {
        self.url = url
        self.title = title
        self.published = published
        self.updated = updated
        self.dates = Dates(published: published, updated: updated,
                           formatter: formatter.flatMap { $0.timeZone == timeZone ? $0 : nil } ?? FeedDateFormatter(timeZone: timeZone))
        self.summary = summary
        self.content = content
        self.contentXML = content.map(XMLEscaped.init)
        self.contentJSON = content.map(JSONEscaped.init)
        self.tags = tags
        self.authors = authors
        self.imageURL = imageURL
    }

    /// An entry's dates, formatted once.
    struct Dates: Sendable, Hashable {
        /// The zone they are formatted in.
        let timeZone: TimeZone
        /// RFC 3339, for Atom and JSON Feed.
        let published: String
        let updated: String
        /// RFC 822, for RSS.
        let publishedRFC822: String

        /// Made with `formatter`, in its zone: making a formatter (its calendar, its pattern's
        /// pieces) for each entry was two thirds of formatting its dates (callgrind, 2026-11-28).
        init(published: Date, updated: Date, formatter: FeedDateFormatter) {
            self.timeZone = formatter.timeZone
            let parts = formatter.civil(published)
            self.published = formatter.rfc3339(parts)
            self.updated = updated == published ? self.published : formatter.rfc3339(updated)
            self.publishedRFC822 = formatter.rfc822(parts)
        }
    }

    /// The dates as `formatter` writes them: the ones made once when its zone is the entry's.
    func dates(for formatter: FeedDateFormatter) -> (published: String, updated: String, publishedRFC822: String) {
        guard formatter.timeZone == dates.timeZone else {
            return (formatter.rfc3339(published), formatter.rfc3339(updated), formatter.rfc822(published))
        }
        return (dates.published, dates.updated, dates.publishedRFC822)
    }
}

struct FeedPerson: Sendable, Hashable {
    var name: String
    var url: String?
}
