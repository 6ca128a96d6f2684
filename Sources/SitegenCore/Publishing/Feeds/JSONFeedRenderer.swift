import Foundation

/// Writes a feed as JSON Feed 1.1 (jsonfeed.org/version/1.1).
///
/// Written as `JSONEncoder` with sorted keys writes these `Encodable` values, so the bytes never
/// depend on dictionary order, but straight into bytes (``PrettyJSONWriter``). An item must have
/// `content_html` or `content_text`: with `feeds.content: summary` the summary is the item's text.
enum JSONFeedRenderer {
    struct Feed: Encodable {
        var version = "https://jsonfeed.org/version/1.1"
        var title: String
        var homePageURL: String
        var feedURL: String
        var description: String?
        var language: String
        var authors: [Author]
        var items: [Item]

        enum CodingKeys: String, CodingKey {
            case version, title, description, language, authors, items
            case homePageURL = "home_page_url", feedURL = "feed_url"
        }
    }

    struct Item: Encodable {
        var id: String
        var url: String
        var title: String
        /// The body: bytes, written without a `String` made of them (``UTF8Text``).
        var contentHTML: UTF8Text?
        /// ``contentHTML`` escaped, as the entry holds it (``FeedEntry/contentJSON``): what is
        /// written when it is there. Not one of the `Encodable` reference's keys.
        var contentJSON: JSONEscaped? = nil
        var contentText: String?
        var summary: String
        var image: String?
        var datePublished: String
        var dateModified: String
        var tags: [String]?
        var authors: [Author]?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, image, tags, authors
            case contentHTML = "content_html", contentText = "content_text"
            case datePublished = "date_published", dateModified = "date_modified"
        }
    }

    struct Author: Encodable {
        var name: String
        var url: String?
    }

    static func render(_ feed: FeedDocument) -> String {
        String(decoding: bytes(feed), as: UTF8.self)
    }

    /// The feed's file: made as bytes, which is how it is written (as a `String` first, the
    /// text was checked for valid UTF-8 and copied twice more, a tenth of writing the feeds).
    ///
    /// Room is made for the entries' bodies at the start, and the final line break is added
    /// while the writer holds the bytes alone: a feed of twenty full articles is some 150 KB,
    /// a fixed 64 KB grew on the way, and the line break appended to a copy of the bytes copied
    /// them all (also from a `consuming` method). Writing the feeds' JSON went from 51.5 M to
    /// 38.8 M instructions at 1,000 articles (callgrind, 2026-11-28).
    static func bytes(_ feed: FeedDocument) -> [UInt8] {
        let bodies = feed.entries.reduce(0) { $0 + ($1.contentJSON?.bytes.count ?? 0) }
        var json = PrettyJSONWriter(capacity: 16 * 1024 + bodies + bodies / 4)
        value(of: feed).write(to: &json)
        json.endFile()
        return json.bytes
    }

    /// The feed as the JSON Feed's values.
    static func value(of feed: FeedDocument) -> Feed {
        let dates = FeedDateFormatter(timeZone: feed.timeZone)
        return Feed(
            title: feed.title, homePageURL: feed.pageURL, feedURL: feed.url(.json),
            description: feed.description.isEmpty ? nil : feed.description, language: feed.language,
            authors: [Author(name: feed.author.name, url: feed.author.url)],
            items: feed.entries.map { entry in
                let entryDates = entry.dates(for: dates)
                return Item(id: entry.url, url: entry.url, title: entry.title,
                     contentHTML: entry.content, contentJSON: entry.contentJSON,
                     contentText: entry.content == nil ? entry.summary : nil,
                     summary: entry.summary, image: entry.imageURL,
                     datePublished: entryDates.published, dateModified: entryDates.updated,
                     tags: entry.tags.isEmpty ? nil : entry.tags,
                     authors: entry.authors.isEmpty ? nil : entry.authors.map { Author(name: $0.name, url: $0.url) })
            })
    }
}

// Each member in its key's byte order (``PrettyJSONWriter``); `PrettyJSONWriterTests` holds the
// bytes to `JSONEncoder`'s for these types' `Encodable` conformance.

extension JSONFeedRenderer.Feed: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("authors", authors)
            json.member("description", description)
            json.member("feed_url", feedURL)
            json.member("home_page_url", homePageURL)
            json.member("items", items)
            json.member("language", language)
            json.member("title", title)
            json.member("version", version)
        }
    }
}

extension JSONFeedRenderer.Item: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("authors", authors)
            if let contentJSON {
                json.member("content_html", contentJSON)
            } else {
                json.member("content_html", contentHTML)
            }
            json.member("content_text", contentText)
            json.member("date_modified", dateModified)
            json.member("date_published", datePublished)
            json.member("id", id)
            json.member("image", image)
            json.member("summary", summary)
            json.member("tags", tags)
            json.member("title", title)
            json.member("url", url)
        }
    }
}

extension JSONFeedRenderer.Author: PrettyJSONWritable {
    func write(to json: inout PrettyJSONWriter) {
        json.object { json in
            json.member("name", name)
            json.member("url", url)
        }
    }
}
