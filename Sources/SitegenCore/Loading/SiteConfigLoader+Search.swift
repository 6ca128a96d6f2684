/// Reads `search:` of `site.yml`.
extension SiteConfigLoader {
    static func readSearch(_ fields: inout FieldReader) -> SearchSettings {
        var settings = SearchSettings()
        guard let node = fields.node("search"), !node.isNull else { return settings }
        // `search: false` is the short way to turn search off.
        if node.rawScalar != nil {
            settings.enabled = fields.bool("search") ?? settings.enabled
            return settings
        }
        var reader = FieldReader(document: fields.document, mapping: node, context: "search")
        reader.warnAboutUnknownKeys(["enabled", "shard_size", "documents_per_file"], context: "search")
        settings.enabled = reader.bool("enabled") ?? settings.enabled
        settings.shardSize = reader.int("shard_size", in: 1...10_000) ?? settings.shardSize
        settings.documentsPerFile = reader.int("documents_per_file", in: 1...10_000) ?? settings.documentsPerFile
        fields.diagnostics += reader.diagnostics
        return settings
    }
}
