import Foundation

/// One article, fully checked: every field typed, every reference resolved.
public struct Article: Sendable, Hashable {
    /// The source file, relative to the site folder: `content/2019/mote.md`.
    public var sourcePath: String
    public var title: String
    public var date: Date
    public var updated: Date?
    public var kind: Kind
    public var regions: [Region]
    public var tags: [Tag]
    /// From front matter; `nil` means "use the first paragraph".
    public var summary: String?
    public var author: String?
    public var organisation: String?
    public var image: ArticleImage?
    public var slug: String
    public var draft: Bool
    public var attachments: [Attachment]
    public var contacts: [Contact]
    /// Not published before this moment (`sitegen build --future` publishes it anyway).
    public var publishDate: Date?
    /// After this moment the article is out of date: removed, or kept with a banner and left
    /// out of lists and feeds, as `site.yml` chooses.
    public var expiryDate: Date?
    /// Old addresses that redirect here.
    public var aliases: [AliasPath]
    /// The meeting an article reports on, for structured data (Event).
    public var event: Event?
    public var path: SitePath
    /// The Markdown after the front matter.
    public var body: String
    /// The line in the source file where `body` starts, for messages about the body.
    public var bodyLine: Int
    /// Files beside `index.md` in a page bundle, copied next to the page.
    public var bundleFiles: [BundleFile]
}

/// The lead image of an article; also the site's share image (`share_image` in `site.yml`).
public struct ArticleImage: Sendable, Hashable {
    /// Where the image is: a bundle file, a file from `static/`, or an absolute URL.
    public var source: AssetReference
    public var alt: String
    public var caption: String?
    /// Pixel size read from the file, when it is ours and in a format we read.
    public var width: Int?
    public var height: Int?
}

/// A file a reader can download, such as the PDF of a report.
public struct Attachment: Sendable, Hashable {
    public var title: String
    public var source: AssetReference
    public var fileName: String
    /// Size in bytes, when the file is ours to measure.
    public var byteCount: Int?
}

/// A meeting or event: when and where.
public struct Event: Sendable, Hashable {
    public var start: Date
    public var end: Date?
    public var place: String
    public var address: String?
}

/// A press contact of an announcement.
public struct Contact: Sendable, Hashable {
    public var name: String
    public var role: String?
    public var email: String?
    public var phone: String?
}

/// A file that belongs to a page bundle.
public struct BundleFile: Sendable, Hashable {
    /// Absolute path on disk.
    public var sourceFile: String
    /// Path below the bundle folder: `foto.jpg`, `bilder/karta.png`.
    public var relativePath: String
}

/// What an `image` or `attachments.file` field points at.
public enum AssetReference: Sendable, Hashable {
    /// A file in the article's bundle, published beside the page.
    case bundle(relativePath: String)
    /// A file from `static/`, published at this path from the site root.
    case site(path: String)
    /// An absolute `https://` URL, used as written.
    case external(url: String)
}

extension Article {
    /// One field of every article, in order, read in place: `articles.map(\.date)` hands each
    /// closure a copy of the whole article (a retain and a release of every field), which was
    /// 4% of a one-edit rebuild over the places that did it.
    static func fields<Field>(of articles: [Article], _ field: (Article) -> Field) -> [Field] {
        var result: [Field] = []
        result.reserveCapacity(articles.count)
        for number in articles.indices { result.append(field(articles[number])) }
        return result
    }
}
