import Foundation
import Testing
@testable import SitegenCore

/// Each format escapes every writer's string, drops what XML cannot hold, and gives the same
/// bytes for the same feed.
@Suite struct FeedRendererTests {
    @Test func xmlEscapingAndIllegalCharacters() {
        #expect(XMLText.escape(FeedSamples.nasty)
            == "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \"citat\" ]]&gt; slut\u{2028}rad")
        #expect(XMLText.attribute("a\"b\tc\nd&<") == "a&quot;b&#9;c&#10;d&amp;&lt;")
        #expect(XMLText.escape("\u{0000}\u{0008}\u{000C}\u{001F}\u{FFFF}ok\t\n") == "ok\t\n")
        #expect(XMLText.escape("emoji 🏭 och å") == "emoji 🏭 och å")
        #expect(XMLText.escape("\u{FB01}\u{FFFD}\u{E000}\u{FEFF}") == "\u{FB01}\u{FFFD}\u{E000}\u{FEFF}", "other EF xx xx characters stay")
        #expect(XMLText.escape("a\r\nb") == "a&#13;\nb")
    }

    /// The byte-level escaping against the rule written out per character, on random text
    /// made of everything that is treated specially and a few ordinary characters around it.
    @Test func xmlEscapingMatchesTheRuleOnRandomText() {
        func reference(_ text: String, attribute: Bool) -> String {
            var output = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": output += "&amp;"
                case "<": output += "&lt;"
                case ">": output += "&gt;"
                case "\"" where attribute: output += "&quot;"
                case "\t" where attribute: output += "&#9;"
                case "\n" where attribute: output += "&#10;"
                case "\r": output += "&#13;"
                case "\t", "\n": output.unicodeScalars.append(scalar)
                case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": break
                default: output.unicodeScalars.append(scalar)
                }
            }
            return output
        }
        let pieces: [String] = ["&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{B}", "\u{FFFE}", "\u{FFFF}",
                                "\u{FEFF}", "\u{FFFD}", "\u{E000}", "a", "å", "🏭", "text ", "]]>", "\u{2028}"]
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(XMLText.escape(text) == reference(text, attribute: false), "\(Array(text.utf8))")
            #expect(XMLText.attribute(text) == reference(text, attribute: true), "\(Array(text.utf8))")
            // As the XML writer appends it, after what it holds already.
            for attribute in [false, true] {
                var bytes = Array("<x>".utf8)
                XMLText.append(text, attribute: attribute, to: &bytes)
                #expect(bytes == Array(("<x>" + reference(text, attribute: attribute)).utf8), "\(Array(text.utf8))")
            }
            #expect(XMLEscaped(text).bytes == Array(reference(text, attribute: false).utf8))
        }
    }

    @Test func atomIsWellFormedAndKeepsTheText() throws {
        let xml = AtomFeedRenderer.render(FeedSamples.document())
        let texts = try #require(FeedSamples.parse(xml), "well-formed XML")
        #expect(texts["title"] == [FeedSamples.nastyInXML, FeedSamples.nastyInXML])
        #expect(texts["summary"] == [FeedSamples.nastyInXML])
        #expect(texts["content"] == ["<p>Brödtext &amp; mer</p>"])
        #expect(texts["name"] == ["Region <Exempel>", "Anna & Co"])
        #expect(xml.contains("<category term=\"R&amp;D\"/>"))
        #expect(xml.contains("<category term=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;citat&quot; ]]&gt; slut\u{2028}rad\"/>"))
        #expect(xml.contains("<updated>2019-04-12T10:00:00+02:00</updated>"))
        #expect(xml.contains("<published>2019-04-11T09:30:00+02:00</published>"))
        #expect(xml.contains("<content type=\"html\" xml:base=\"https://example.se/nyheter/2019/x/\">"))
        #expect(xml.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.se/amnen/export/feed.xml\"/>"))
        #expect(!xml.contains("\u{0001}") && !xml.contains("\u{000B}") && !xml.contains("\u{FFFE}"))
    }

    @Test func rssIsWellFormedWithRFC822Dates() throws {
        let xml = RSSFeedRenderer.render(FeedSamples.document())
        let texts = try #require(FeedSamples.parse(xml), "well-formed XML")
        #expect(texts["title"] == [FeedSamples.nastyInXML, FeedSamples.nastyInXML])
        #expect(texts["category"] == ["R&D", FeedSamples.nastyInXML])
        #expect(texts["dc:creator"] == ["Anna & Co"])
        #expect(texts["content:encoded"] == ["<p>Brödtext &amp; mer</p>"])
        #expect(texts["pubDate"] == ["Thu, 11 Apr 2019 09:30:00 +0200"])
        #expect(texts["lastBuildDate"] == ["Fri, 12 Apr 2019 10:00:00 +0200"])
        #expect(xml.contains("<guid isPermaLink=\"true\">https://example.se/nyheter/2019/x/</guid>"))
        #expect(xml.contains("<atom:link href=\"https://example.se/amnen/export/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>"))
        #expect(xml.contains("<language>sv-SE</language>"))
    }

    @Test func rssDescribesASiteWithoutDescriptionByItsTitle() throws {
        let texts = try #require(FeedSamples.parse(RSSFeedRenderer.render(FeedSamples.document(description: ""))))
        #expect(texts["description"]?.first == FeedSamples.nastyInXML)
    }

    @Test("RFC 822 dates in winter and summer time, in the site's zone, with English names")
    func rfc822() {
        let dates = FeedDateFormatter(timeZone: FeedSamples.stockholm)
        #expect(dates.rfc822(FeedSamples.date("2020-01-15T07:05:09Z")) == "Wed, 15 Jan 2020 08:05:09 +0100")
        #expect(dates.rfc822(FeedSamples.date("2019-04-11T07:30:00Z")) == "Thu, 11 Apr 2019 09:30:00 +0200")
        #expect(dates.rfc822(FeedSamples.date("2021-10-31T00:30:00Z")) == "Sun, 31 Oct 2021 02:30:00 +0200")
        #expect(dates.rfc822(FeedSamples.date("2021-10-31T01:30:00Z")) == "Sun, 31 Oct 2021 02:30:00 +0100")
        let newYork = FeedDateFormatter(timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(newYork.rfc822(FeedSamples.date("2020-12-31T23:59:59Z")) == "Thu, 31 Dec 2020 18:59:59 -0500")
        #expect(dates.rfc3339(FeedSamples.date("2020-01-15T07:05:09Z")) == "2020-01-15T08:05:09+01:00")
    }

    /// An entry's dates made with the plan's one formatter, the zone's clock read once for
    /// both forms of the publication date, are the formatter's answers one at a time; a
    /// formatter in another zone than the entry's is not used.
    @Test func entryDatesAreTheFormattersAnswers() {
        var random = SeededGenerator(seed: 28)
        let zones = [FeedSamples.stockholm, TimeZone(identifier: "America/New_York")!, TimeZone(secondsFromGMT: 0)!]
        for zone in zones {
            let formatter = FeedDateFormatter(timeZone: zone)
            for round in 0..<200 {
                let published = Date(timeIntervalSince1970: Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &random)))
                let updated = round % 3 == 0 ? published : published.addingTimeInterval(Double(Int.random(in: 0...90_000_000, using: &random)))
                let dates = FeedEntry.Dates(published: published, updated: updated, formatter: formatter)
                #expect(dates.timeZone == zone)
                #expect(dates.published == formatter.rfc3339(published))
                #expect(dates.updated == formatter.rfc3339(updated))
                #expect(dates.publishedRFC822 == formatter.rfc822(published))
            }
        }
        let moment = FeedSamples.date("2019-04-11T07:30:00Z")
        let entry = FeedEntry(url: "https://example.se/x/", title: "X", published: moment, updated: moment,
                              timeZone: FeedSamples.stockholm, summary: "", content: nil, tags: [], authors: [], imageURL: nil,
                              dates: FeedDateFormatter(timeZone: TimeZone(secondsFromGMT: 0)!))
        #expect(entry.dates.publishedRFC822 == "Thu, 11 Apr 2019 09:30:00 +0200", "the entry's own zone, not the formatter's")
    }

    @Test func jsonFeedKeepsEveryStringAndEscapesNothingNeedlessly() throws {
        let json = JSONFeedRenderer.render(FeedSamples.document())
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == FeedSamples.nasty)
        #expect(feed["feed_url"] as? String == "https://example.se/amnen/export/feed.json")
        #expect(feed["home_page_url"] as? String == "https://example.se/amnen/export/")
        #expect(feed["language"] as? String == "sv-SE")
        let item = try #require((feed["items"] as? [[String: Any]])?.first)
        #expect(item["id"] as? String == "https://example.se/nyheter/2019/x/")
        #expect(item["content_html"] as? String == "<p>Brödtext &amp; mer</p>")
        #expect(item["content_text"] == nil)
        #expect(item["tags"] as? [String] == ["R&D", FeedSamples.nasty])
        #expect(item["date_published"] as? String == "2019-04-11T09:30:00+02:00")
        #expect(item["date_modified"] as? String == "2019-04-12T10:00:00+02:00")
        #expect(item["image"] as? String == "https://example.se/nyheter/2019/x/foto.jpg")
        #expect((item["authors"] as? [[String: String]]) == [["name": "Anna & Co"]])
        #expect(json.contains("\"https://example.se/"), "slashes are not escaped")
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control characters are escaped")
    }

    @Test func summaryOnlyFeedsCarryNoBody() throws {
        let document = FeedSamples.document(entries: [FeedSamples.entry(content: nil)])
        #expect(!AtomFeedRenderer.render(document).contains("<content"))
        #expect(!RSSFeedRenderer.render(document).contains("content:encoded>"))
        let json = JSONFeedRenderer.render(document)
        let item = try #require(((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["items"] as? [[String: Any]])?.first)
        #expect(item["content_html"] == nil)
        #expect(item["content_text"] as? String == FeedSamples.nasty, "JSON Feed needs content_html or content_text")
    }

    /// The body is escaped once, when the entry is made or its body changed, not per document.
    @Test func aChangedBodyIsTheOneWritten() throws {
        var entry = FeedSamples.entry()
        entry.contentHTML = "<p>Ny text & \u{0001}mer</p>"
        let document = FeedSamples.document(entries: [entry])
        #expect(try #require(FeedSamples.parse(AtomFeedRenderer.render(document)))["content"] == ["<p>Ny text & mer</p>"])
        #expect(try #require(FeedSamples.parse(RSSFeedRenderer.render(document)))["content:encoded"] == ["<p>Ny text & mer</p>"])
        entry.contentHTML = nil
        let none = FeedSamples.document(entries: [entry])
        #expect(!AtomFeedRenderer.render(none).contains("<content"))
        #expect(!RSSFeedRenderer.render(none).contains("content:encoded>"))
    }

    /// An entry's dates are formatted once, in the zone it was made for; a document in another
    /// zone writes them in its own.
    @Test func entryDatesFollowTheDocumentsZone() throws {
        let utc = FeedEntry(url: "https://example.se/x/", title: "X", published: FeedSamples.date("2019-04-11T07:30:00Z"),
                            updated: FeedSamples.date("2019-04-12T08:00:00Z"), timeZone: TimeZone(identifier: "UTC")!,
                            summary: "S", contentHTML: nil, tags: [], authors: [], imageURL: nil)
        let document = FeedSamples.document(entries: [utc])
        #expect(AtomFeedRenderer.render(document).contains("<published>2019-04-11T09:30:00+02:00</published>"))
        #expect(AtomFeedRenderer.render(document).contains("<updated>2019-04-12T10:00:00+02:00</updated>"))
        #expect(RSSFeedRenderer.render(document).contains("<pubDate>Thu, 11 Apr 2019 09:30:00 +0200</pubDate>"))
        #expect(JSONFeedRenderer.render(document).contains("\"date_modified\" : \"2019-04-12T10:00:00+02:00\""))
        #expect(utc.dates.published == "2019-04-11T07:30:00+00:00")
    }

    @Test func sameFeedSameBytes() {
        let document = FeedSamples.document(entries: [FeedSamples.entry(), FeedSamples.entry(title: "Två", tags: [])])
        #expect(AtomFeedRenderer.render(document) == AtomFeedRenderer.render(document))
        #expect(RSSFeedRenderer.render(document) == RSSFeedRenderer.render(document))
        #expect(JSONFeedRenderer.render(document) == JSONFeedRenderer.render(document))
    }
}
