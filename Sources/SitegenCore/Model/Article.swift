import Foundation

/// One article, fully checked: every field typed, every reference resolved.
///
/// A value, as before, but its fields live in one shared box, copied when a copy is changed
/// (copy on write): an article is copied many times in a build (into the index, the schedule,
/// the cache's entries, each page's view), and copying some twenty-five fields was a retain
/// and a release of each, every time; in the profiles of a rebuild after one edit, copying and
/// releasing articles was about a tenth of the processor time. Now a copy is one retain.
public struct Article: Sendable, Hashable {
    /// The fields themselves, as an article had them before they were boxed.
    struct Fields: Sendable, Hashable {
        /// The source file, relative to the site folder: `content/2019/mote.md`.
        var sourcePath: String
        var title: String
        var date: Date
        var updated: Date?
        var kind: Kind
        var regions: [Region]
        var tags: [Tag]
        /// From front matter; `nil` means "use the first paragraph".
        var summary: String?
        var author: String?
        var organisation: String?
        var image: ArticleImage?
        var slug: String
        var draft: Bool
        var attachments: [Attachment]
        var contacts: [Contact]
        /// Not published before this moment (`sitegen build --future` publishes it anyway).
        var publishDate: Date?
        /// After this moment the article is out of date: removed, or kept with a banner and left
        /// out of lists and feeds, as `site.yml` chooses.
        var expiryDate: Date?
        /// Old addresses that redirect here.
        var aliases: [AliasPath]
        /// The meeting an article reports on, for structured data (Event).
        var event: Event?
        var path: SitePath
        /// The Markdown after the front matter.
        var body: String
        /// The line in the source file where `body` starts, for messages about the body.
        var bodyLine: Int
        /// Files beside `index.md` in a page bundle, copied next to the page.
        var bundleFiles: [BundleFile]
    }

    /// Shared between copies; replaced by a copy of its own before an article that shares it
    /// is changed, so no two articles ever see each other's changes, on any thread.
    /// Its accesses are not checked for exclusivity at run time (a check on every read of every
    /// field): only a box no other article shares is ever changed, through ``unique()``.
    private final class Box: @unchecked Sendable {
        @exclusivity(unchecked) var fields: Fields
        /// The XXH64 of the article as the build cache encodes it, when it was read from there
        /// (``encodedHash``); `nil` in a box made or changed since. Not one of the fields: it
        /// takes no part in equality.
        @exclusivity(unchecked) var encodedHash: UInt64?

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var box: Box

    public init(sourcePath: String, title: String, date: Date, updated: Date?, kind: Kind, regions: [Region],
                tags: [Tag], summary: String?, author: String?, organisation: String?, image: ArticleImage?,
                slug: String, draft: Bool, attachments: [Attachment], contacts: [Contact],
                publishDate: Date?, expiryDate: Date?, aliases: [AliasPath], event: Event?, path: SitePath,
                body: String, bodyLine: Int, bundleFiles: [BundleFile]) {
        box = Box(Fields(
            sourcePath: sourcePath, title: title, date: date, updated: updated, kind: kind, regions: regions,
            tags: tags, summary: summary, author: author, organisation: organisation, image: image,
            slug: slug, draft: draft, attachments: attachments, contacts: contacts, publishDate: publishDate,
            expiryDate: expiryDate, aliases: aliases, event: event, path: path, body: body,
            bodyLine: bodyLine, bundleFiles: bundleFiles))
    }

    /// The box, made this article's own first when another article shares it.
    /// Every change goes through here, so the encoding's hash is forgotten with any change.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        box.encodedHash = nil
        return box
    }

    /// The XXH64 of this article's encoding in the build cache (`BinaryWriter.write(_:)`),
    /// when the article was read from the cache and not changed since: the bytes it was decoded
    /// from, hashed as they were read, so a rebuild does not encode 10,000 articles again to
    /// hash them (``Fingerprints/articleKeys(_:workers:)``; 3% of a one-edit rebuild).
    var encodedHash: UInt64? { box.encodedHash }

    /// Notes the hash of the bytes this article was just decoded from (before it is shared).
    mutating func remember(encodedHash hash: UInt64) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        box.encodedHash = hash
    }

    public static func == (left: Article, right: Article) -> Bool {
        left.box === right.box || left.box.fields == right.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        box.fields.hash(into: &hasher)
    }

    // Each field is read from the box, and changed in place in a box of this article's own:
    // `_modify` (the standard library's own way, underscored) yields the stored field, so
    // `article.tags.append(tag)` does not copy the array first as a get and a set would.

    /// The source file, relative to the site folder: `content/2019/mote.md`.
    public var sourcePath: String {
        get { box.fields.sourcePath }
        _modify { yield &unique().fields.sourcePath }
        set { unique().fields.sourcePath = newValue }
    }
    public var title: String {
        get { box.fields.title }
        _modify { yield &unique().fields.title }
        set { unique().fields.title = newValue }
    }
    public var date: Date {
        get { box.fields.date }
        _modify { yield &unique().fields.date }
        set { unique().fields.date = newValue }
    }
    public var updated: Date? {
        get { box.fields.updated }
        _modify { yield &unique().fields.updated }
        set { unique().fields.updated = newValue }
    }
    public var kind: Kind {
        get { box.fields.kind }
        _modify { yield &unique().fields.kind }
        set { unique().fields.kind = newValue }
    }
    public var regions: [Region] {
        get { box.fields.regions }
        _modify { yield &unique().fields.regions }
        set { unique().fields.regions = newValue }
    }
    public var tags: [Tag] {
        get { box.fields.tags }
        _modify { yield &unique().fields.tags }
        set { unique().fields.tags = newValue }
    }
    /// From front matter; `nil` means "use the first paragraph".
    public var summary: String? {
        get { box.fields.summary }
        _modify { yield &unique().fields.summary }
        set { unique().fields.summary = newValue }
    }
    public var author: String? {
        get { box.fields.author }
        _modify { yield &unique().fields.author }
        set { unique().fields.author = newValue }
    }
    public var organisation: String? {
        get { box.fields.organisation }
        _modify { yield &unique().fields.organisation }
        set { unique().fields.organisation = newValue }
    }
    public var image: ArticleImage? {
        get { box.fields.image }
        _modify { yield &unique().fields.image }
        set { unique().fields.image = newValue }
    }
    public var slug: String {
        get { box.fields.slug }
        _modify { yield &unique().fields.slug }
        set { unique().fields.slug = newValue }
    }
    public var draft: Bool {
        get { box.fields.draft }
        _modify { yield &unique().fields.draft }
        set { unique().fields.draft = newValue }
    }
    public var attachments: [Attachment] {
        get { box.fields.attachments }
        _modify { yield &unique().fields.attachments }
        set { unique().fields.attachments = newValue }
    }
    public var contacts: [Contact] {
        get { box.fields.contacts }
        _modify { yield &unique().fields.contacts }
        set { unique().fields.contacts = newValue }
    }
    /// Not published before this moment (`sitegen build --future` publishes it anyway).
    public var publishDate: Date? {
        get { box.fields.publishDate }
        _modify { yield &unique().fields.publishDate }
        set { unique().fields.publishDate = newValue }
    }
    /// After this moment the article is out of date: removed, or kept with a banner and left
    /// out of lists and feeds, as `site.yml` chooses.
    public var expiryDate: Date? {
        get { box.fields.expiryDate }
        _modify { yield &unique().fields.expiryDate }
        set { unique().fields.expiryDate = newValue }
    }
    /// Old addresses that redirect here.
    public var aliases: [AliasPath] {
        get { box.fields.aliases }
        _modify { yield &unique().fields.aliases }
        set { unique().fields.aliases = newValue }
    }
    /// The meeting an article reports on, for structured data (Event).
    public var event: Event? {
        get { box.fields.event }
        _modify { yield &unique().fields.event }
        set { unique().fields.event = newValue }
    }
    public var path: SitePath {
        get { box.fields.path }
        _modify { yield &unique().fields.path }
        set { unique().fields.path = newValue }
    }
    /// The Markdown after the front matter.
    public var body: String {
        get { box.fields.body }
        _modify { yield &unique().fields.body }
        set { unique().fields.body = newValue }
    }
    /// The line in the source file where `body` starts, for messages about the body.
    public var bodyLine: Int {
        get { box.fields.bodyLine }
        _modify { yield &unique().fields.bodyLine }
        set { unique().fields.bodyLine = newValue }
    }
    /// Files beside `index.md` in a page bundle, copied next to the page.
    public var bundleFiles: [BundleFile] {
        get { box.fields.bundleFiles }
        _modify { yield &unique().fields.bundleFiles }
        set { unique().fields.bundleFiles = newValue }
    }
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
