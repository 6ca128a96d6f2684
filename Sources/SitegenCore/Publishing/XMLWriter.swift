/// A small writer of indented XML for the feeds and sitemaps: every text and attribute goes
/// through ``XMLText``, so no caller can forget to escape.
///
/// Attributes are given as pairs in order (not a dictionary), so the bytes are the same on
/// every run.
struct XMLWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ raw: String) {
        text += String(repeating: "  ", count: depth) + raw + "\n"
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
        line("<\(name)\(Self.attributes(attributes))>\(XMLText.escape(content))</\(name)>")
    }

    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        line("<\(name)\(Self.attributes(attributes))/>")
    }

    private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(XMLText.attribute($0.value))\"" }.joined()
    }
}
