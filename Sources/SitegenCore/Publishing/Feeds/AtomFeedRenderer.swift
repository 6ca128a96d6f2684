/// Writes a feed as Atom 1.0 (RFC 4287).
///
/// The feed's id is its own URL and each entry's id the article's URL: both stay the same for
/// as long as the pages exist, which is what Atom asks of ids. Content is HTML escaped as text
/// (`type="html"`), with `xml:base` set to the article's URL for any reader that meets a link
/// the body rewriter left relative.
enum AtomFeedRenderer {
    /// The feed as text, for tests and messages.
    static func render(_ feed: FeedDocument) -> String {
        String(decoding: bytes(feed), as: UTF8.self)
    }

    /// The feed's file, as UTF-8 (``XMLWriter``).
    static func bytes(_ feed: FeedDocument) -> [UInt8] {
        let dates = FeedDateFormatter(timeZone: feed.timeZone)
        var xml = XMLWriter()
        xml.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        xml.open("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": feed.language])
        xml.element("id", feed.url(.atom))
        xml.element("title", feed.title)
        if !feed.description.isEmpty { xml.element("subtitle", feed.description) }
        xml.element("updated", dates.rfc3339(feed.updated))
        person("author", feed.author, into: &xml)
        xml.empty("link", ["rel": "self", "type": FeedFormat.atom.mediaType, "href": feed.url(.atom)])
        xml.empty("link", ["rel": "alternate", "type": "text/html", "href": feed.pageURL])
        xml.element("generator", "sitegen")
        for entry in feed.entries {
            let entryDates = entry.dates(for: dates)
            xml.open("entry")
            xml.element("id", entry.url)
            xml.element("title", entry.title)
            xml.empty("link", ["rel": "alternate", "type": "text/html", "href": entry.url])
            xml.element("published", entryDates.published)
            xml.element("updated", entryDates.updated)
            for author in entry.authors { person("author", author, into: &xml) }
            for tag in entry.tags { xml.empty("category", ["term": tag]) }
            xml.element("summary", entry.summary)
            if let html = entry.contentXML {
                xml.element("content", html, ["type": "html", "xml:base": entry.url])
            }
            xml.close("entry")
        }
        xml.close("feed")
        return xml.bytes
    }

    private static func person(_ name: String, _ person: FeedPerson, into xml: inout XMLWriter) {
        xml.open(name)
        xml.element("name", person.name)
        if let url = person.url { xml.element("uri", url) }
        xml.close(name)
    }
}
