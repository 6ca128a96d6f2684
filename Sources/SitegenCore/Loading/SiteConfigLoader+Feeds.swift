/// `feeds:` in `site.yml`, read like the rest of the file: every problem located, defaults for
/// what is left out.
extension SiteConfigLoader {
    static func readFeeds(_ fields: inout FieldReader) -> FeedSettings {
        var settings = FeedSettings.standard
        guard let node = fields.node("feeds"), !node.isNull else { return settings }
        var reader = FieldReader(document: fields.document, mapping: node, context: "feeds")
        reader.warnAboutUnknownKeys(["count", "content"], context: "feeds")
        settings.count = reader.int("count", in: 1...1000) ?? settings.count
        if let value = reader.text("content") {
            if let content = FeedSettings.Content(rawValue: value.lowercased()) {
                settings.content = content
            } else {
                reader.error(reader.node("content"), "feeds.content must be 'full' or 'summary'",
                             hint: "full: the whole article in the feed; summary: only its summary and a link")
            }
        }
        fields.diagnostics += reader.diagnostics
        return settings
    }
}
