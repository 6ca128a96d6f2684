/// Writes a feed as RSS 2.0.
///
/// RSS has no place for a name without an e-mail address in `<author>`, so authors go in
/// Dublin Core's `dc:creator`, as most RSS generators do. The summary is the item's
/// `description` and the full body, when the site publishes it, is `content:encoded`: readers
/// show the body and fall back to the summary. `atom:link rel="self"` names the feed's own
/// address, as the RSS Advisory Board recommends.
enum RSSFeedRenderer {
    /// The feed as text, for tests and messages.
    static func render(_ feed: FeedDocument) -> String {
        String(decoding: bytes(feed), as: UTF8.self)
    }

    /// The feed's file, as UTF-8 (``XMLWriter``).
    static func bytes(_ feed: FeedDocument) -> [UInt8] {
        let dates = FeedDateFormatter(timeZone: feed.timeZone)
        var xml = XMLWriter()
        xml.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        xml.open("rss", [
            "version": "2.0",
            "xmlns:atom": "http://www.w3.org/2005/Atom",
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        ])
        xml.open("channel")
        xml.element("title", feed.title)
        xml.element("link", feed.pageURL)
        // description is required; a site without one is described by its title.
        xml.element("description", feed.description.isEmpty ? feed.title : feed.description)
        xml.element("language", feed.language)
        xml.element("lastBuildDate", dates.rfc822(feed.updated))
        xml.element("generator", "sitegen")
        xml.empty("atom:link", ["href": feed.url(.rss), "rel": "self", "type": FeedFormat.rss.mediaType])
        for entry in feed.entries {
            xml.open("item")
            xml.element("title", entry.title)
            xml.element("link", entry.url)
            xml.element("guid", entry.url, ["isPermaLink": "true"])
            xml.element("pubDate", entry.dates(for: dates).publishedRFC822)
            for author in entry.authors { xml.element("dc:creator", author.name) }
            for tag in entry.tags { xml.element("category", tag) }
            xml.element("description", entry.summary)
            if let html = entry.contentXML { xml.element("content:encoded", html) }
            xml.close("item")
        }
        xml.close("channel")
        xml.close("rss")
        return xml.bytes
    }
}
