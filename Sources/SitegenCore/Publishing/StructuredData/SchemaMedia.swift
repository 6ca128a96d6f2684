/// An `ImageObject`: an article's lead image.
struct SchemaImage: Encodable, Sendable, Hashable {
    var type = "ImageObject"
    /// Absolute.
    var url: String
    var width: Int?
    var height: Int?
    var caption: String?

    private enum CodingKeys: String, CodingKey { case type = "@type", url, width, height, caption }
}

/// A `MediaObject`: a file that encodes a report, such as its PDF.
struct SchemaMediaObject: Encodable, Sendable, Hashable {
    var type = "MediaObject"
    var name: String
    /// Absolute.
    var contentUrl: String
    /// A MIME type: `application/pdf`.
    var encodingFormat: String?
    /// "1.2 MB"
    var contentSize: String?

    private enum CodingKeys: String, CodingKey { case type = "@type", name, contentUrl, encodingFormat, contentSize }
}
