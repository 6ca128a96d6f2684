/// A small writer of indented XML for the feeds and sitemaps: every text and attribute goes
/// through ``XMLText``, so no caller can forget to escape.
///
/// Attributes are given as pairs in order (not a dictionary), so the bytes are the same on
/// every run.
struct XMLWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ raw: String) {
        indent()
        text += raw
        text += "\n"
    }

    private mutating func indent() {
        for _ in 0..<depth { text += "  " }
    }

    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        line("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    mutating func element(_ name: String, _ content: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        element(name, XMLEscaped(content), attributes)
    }

    /// An element whose content was escaped before (``XMLEscaped``), e.g. once for every feed
    /// an article's body is in. Appended piece by piece: joined first, a body was copied three
    /// more times per feed.
    mutating func element(_ name: String, _ content: XMLEscaped, _ attributes: KeyValuePairs<String, String> = [:]) {
        indent()
        text += "<"
        text += name
        text += Self.attributes(attributes)
        text += ">"
        text += content.text
        text += "</"
        text += name
        text += ">\n"
    }

    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        line("<\(name)\(Self.attributes(attributes))/>")
    }

    private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(XMLText.attribute($0.value))\"" }.joined()
    }
}

/// Text escaped for XML element content by ``XMLText/escape(_:)``; made only by escaping, so a
/// writer given one cannot be given unescaped text.
struct XMLEscaped: Sendable, Hashable {
    let text: String

    init(_ raw: String) {
        text = XMLText.escape(raw)
    }
}
