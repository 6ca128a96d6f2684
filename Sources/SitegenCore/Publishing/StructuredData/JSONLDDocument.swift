import Foundation

/// One page's structured data: schema.org nodes in a JSON-LD `@graph`, for
/// `<script type="application/ld+json">`.
struct JSONLDDocument: Encodable, Sendable {
    var graph: [SchemaNode]

    private enum CodingKeys: String, CodingKey {
        case context = "@context", graph = "@graph"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("https://schema.org", forKey: .context)
        try container.encode(graph, forKey: .graph)
    }

    /// The JSON, keys sorted so two builds are byte-identical, and safe to print unescaped
    /// inside a `<script>` element (see ``ScriptSafeJSON``).
    func scriptText() -> String {
        String(decoding: json(scriptSafe: true), as: UTF8.self)
    }

    /// The JSON, as `JSONEncoder` with sorted keys and pretty printing writes it, written
    /// directly (``PrettyJSONWriter``); with `scriptSafe`, escaped for a `<script>` element.
    func json(scriptSafe: Bool = false) -> [UInt8] {
        var writer = PrettyJSONWriter(scriptSafe: scriptSafe)
        write(to: &writer)
        return writer.bytes
    }
}
