import Foundation

/// The `site.yml` settings for search engines and social media: the share image and each
/// kind's schema.org type.
extension SiteConfigLoader {
    /// `share_image` and `share_image_alt`: a file from `static/` (checked to exist, its size
    /// read) or an `https://` address, with its alternative text.
    static func readShareImage(_ fields: inout FieldReader, siteRoot: URL?) -> ArticleImage? {
        let alt = fields.text("share_image_alt")
        guard let value = fields.text("share_image") else {
            if alt != nil { fields.warning(fields.keyNode("share_image_alt"), "'share_image_alt' is given but there is no 'share_image'") }
            return nil
        }
        let node = fields.node("share_image")
        if value.lowercased().hasSuffix(".svg") {
            fields.warning(node, "social media do not show SVG images, so the share image will not be seen",
                           hint: "use a PNG or JPEG, best 1200 × 630 pixels")
        }
        guard let alt else {
            fields.error(fields.keyNode("share_image"), "the share image has no alternative text",
                         hint: "add a line share_image_alt: with what the image shows, for readers who cannot see it")
            return nil
        }
        if value.hasPrefix("https://") || value.hasPrefix("http://") {
            return ArticleImage(source: .external(url: value), alt: alt)
        }
        let parts = value.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard value.hasPrefix("/"), !parts.isEmpty, parts.allSatisfy({ SitePath.isSafe($0) && !$0.hasPrefix(".") }) else {
            fields.error(node, "share_image must be a file in static/, written from the site's root, or an https:// address",
                         hint: "write e.g. share_image: /bilder/dela.png for static/bilder/dela.png")
            return nil
        }
        let staticFolder = siteRoot?.appendingPathComponent("static")
        let file = staticFolder?.appendingPathComponent(parts.joined(separator: "/"))
        guard let file, FileManager.default.fileExists(atPath: file.path) else {
            let folder = staticFolder?.appendingPathComponent(parts.dropLast().joined(separator: "/"))
            let names = folder.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0.path) } ?? []
            let hint = Suggestion.closest(to: parts.last!, among: names.sorted())
                .map { "did you mean '/\((parts.dropLast() + [$0]).joined(separator: "/"))'?" }
                ?? "a path starting with '/' names a file in the static/ folder"
            fields.error(node, "there is no file 'static/\(parts.joined(separator: "/"))'", hint: hint)
            return nil
        }
        let size = ImageDimensions.read(file.path)
        return ArticleImage(source: .site(path: "/" + parts.joined(separator: "/")), alt: alt,
                            width: size?.width, height: size?.height)
    }

    /// A kind's `schema`: one of the ``SchemaType`` names, in any case; `nil` for the default.
    static func readSchema(_ reader: inout FieldReader) -> SchemaType? {
        guard let name = reader.text("schema") else { return nil }
        let names = SchemaType.allCases.map(\.rawValue)
        if let type = SchemaType.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) { return type }
        let suggestion = Suggestion.closest(to: name, among: names).map { "did you mean '\($0)'? " } ?? ""
        reader.error(reader.node("schema"), "'\(name)' is not a schema sitegen can write",
                     hint: suggestion + "the schemas are: " + names.joined(separator: ", "))
        return nil
    }
}
