import Foundation
@testable import SitegenCore

/// Reads JSON-LD back for tests: the text of a document, or the script element of a page.
struct ParsedJSONLD {
    let root: [String: Any]

    init(_ text: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let root = object as? [String: Any] else { throw Problem.notAnObject }
        self.root = root
    }

    /// The body of the page's `<script type="application/ld+json">`, or `nil` when it has none.
    static func scriptBody(inPage html: String) -> String? {
        guard let open = html.range(of: "<script type=\"application/ld+json\">"),
              let close = html.range(of: "</script>", range: open.upperBound..<html.endIndex) else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }

    var graph: [[String: Any]] { root["@graph"] as? [[String: Any]] ?? [] }

    /// The one node of this `@type`.
    func node(_ type: String) -> [String: Any]? {
        let found = graph.filter { $0["@type"] as? String == type }
        return found.count == 1 ? found[0] : nil
    }

    var types: [String] { graph.compactMap { $0["@type"] as? String } }

    enum Problem: Error { case notAnObject }
}

extension Dictionary where Key == String, Value == Any {
    func string(_ key: String) -> String? { self[key] as? String }
    func object(_ key: String) -> [String: Any]? { self[key] as? [String: Any] }
    func objects(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
}
