import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import SitegenCore

/// Feeds made by hand for the renderer tests, with the strings writers paste into titles.
enum FeedSamples {
    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!
    /// Markup, both quotes, an ampersand, a CDATA end, a line separator and characters XML 1.0
    /// cannot hold (U+0001, U+000B, U+FFFE).
    static let nasty = "<script>alert(\"x\")</script> & \"citat\" ]]> slut\u{2028}rad\u{0001}\u{000B}\u{FFFE}"
    /// What XML keeps of ``nasty``.
    static let nastyInXML = "<script>alert(\"x\")</script> & \"citat\" ]]> slut\u{2028}rad"

    static func date(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso)!
    }

    static func entry(title: String = nasty, tags: [String] = ["R&D", nasty], content: String? = "<p>Brödtext &amp; mer</p>") -> FeedEntry {
        FeedEntry(url: "https://example.se/nyheter/2019/x/", title: title,
                  published: date("2019-04-11T07:30:00Z"), updated: date("2019-04-12T08:00:00Z"), timeZone: stockholm,
                  summary: nasty, contentHTML: content, tags: tags,
                  authors: [FeedPerson(name: "Anna & Co", url: nil)], imageURL: "https://example.se/nyheter/2019/x/foto.jpg")
    }

    static func document(entries: [FeedEntry] = [entry()], description: String = nasty) -> FeedDocument {
        FeedDocument(title: nasty, description: description, language: "sv-SE", pageURL: "https://example.se/amnen/export/",
                     folder: SitePath("/amnen/export/")!,
                     updated: date("2019-04-12T08:00:00Z"), author: FeedPerson(name: "Region <Exempel>", url: "https://example.se/"),
                     timeZone: stockholm, entries: entries)
    }

    /// The text of every element, by name, in document order; `nil` when the XML is not
    /// well-formed.
    static func parse(_ xml: String) -> [String: [String]]? {
        let collector = TextCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        return parser.parse() ? collector.texts : nil
    }

    private final class TextCollector: NSObject, XMLParserDelegate {
        var texts: [String: [String]] = [:]
        var stack: [(String, String)] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append((name, ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].1 += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let (element, text) = stack.removeLast()
            texts[element, default: []].append(text)
        }
    }
}
