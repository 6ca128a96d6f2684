import Foundation

/// One article, fully checked: every field typed, every reference resolved.
///
/// A value, as before, but its fields live in one shared box, copied when a copy is changed
/// (``CopyOnWrite``): an article is copied many times in a build (into the index, the schedule,
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

    private var storage: CopyOnWrite<Fields>

    /// The XXH64 of this article's encoding in the build cache (`BinaryWriter.write(_:)`),
    /// when the article was read from the cache and not changed since: the bytes it was decoded
    /// from, hashed as they were read, so a rebuild does not encode 10,000 articles again to
    /// hash them (``Fingerprints/articleKeys(_:workers:)``; 3% of a one-edit rebuild). Every
    /// change of a field forgets it. Not one of the fields: it takes no part in equality.
    private(set) var encodedHash: UInt64?

    public init(sourcePath: String, title: String, date: Date, updated: Date?, kind: Kind, regions: [Region],
                tags: [Tag], summary: String?, author: String?, organisation: String?, image: ArticleImage?,
                slug: String, draft: Bool, attachments: [Attachment], contacts: [Contact],
                publishDate: Date?, expiryDate: Date?, aliases: [AliasPath], event: Event?, path: SitePath,
                body: String, bodyLine: Int, bundleFiles: [BundleFile]) {
        storage = CopyOnWrite(Fields(
            sourcePath: sourcePath, title: title, date: date, updated: updated, kind: kind, regions: regions,
            tags: tags, summary: summary, author: author, organisation: organisation, image: image,
            slug: slug, draft: draft, attachments: attachments, contacts: contacts, publishDate: publishDate,
            expiryDate: expiryDate, aliases: aliases, event: event, path: path, body: body,
            bodyLine: bodyLine, bundleFiles: bundleFiles))
    }

    /// Notes the hash of the bytes this article was just decoded from.
    mutating func remember(encodedHash hash: UInt64) {
        encodedHash = hash
    }

    public static func == (left: Article, right: Article) -> Bool {
        left.storage == right.storage
    }

    public func hash(into hasher: inout Hasher) {
        storage.hash(into: &hasher)
    }

    // Each field is read from the box, and changed in place in a box of this article's own
    // (``CopyOnWrite/fields``), forgetting ``encodedHash``.

    /// The source file, relative to the site folder: `content/2019/mote.md`.
    public var sourcePath: String {
        get { storage.fields.sourcePath }
        _modify {
            encodedHash = nil
            yield &storage.fields.sourcePath
        }
    }
    public var title: String {
        get { storage.fields.title }
        _modify {
            encodedHash = nil
            yield &storage.fields.title
        }
    }
    public var date: Date {
        get { storage.fields.date }
        _modify {
            encodedHash = nil
            yield &storage.fields.date
        }
    }
    public var updated: Date? {
        get { storage.fields.updated }
        _modify {
            encodedHash = nil
            yield &storage.fields.updated
        }
    }
    public var kind: Kind {
        get { storage.fields.kind }
        _modify {
            encodedHash = nil
            yield &storage.fields.kind
        }
    }
    public var regions: [Region] {
        get { storage.fields.regions }
        _modify {
            encodedHash = nil
            yield &storage.fields.regions
        }
    }
    public var tags: [Tag] {
        get { storage.fields.tags }
        _modify {
            encodedHash = nil
            yield &storage.fields.tags
        }
    }
    /// From front matter; `nil` means "use the first paragraph".
    public var summary: String? {
        get { storage.fields.summary }
        _modify {
            encodedHash = nil
            yield &storage.fields.summary
        }
    }
    public var author: String? {
        get { storage.fields.author }
        _modify {
            encodedHash = nil
            yield &storage.fields.author
        }
    }
    public var organisation: String? {
        get { storage.fields.organisation }
        _modify {
            encodedHash = nil
            yield &storage.fields.organisation
        }
    }
    public var image: ArticleImage? {
        get { storage.fields.image }
        _modify {
            encodedHash = nil
            yield &storage.fields.image
        }
    }
    public var slug: String {
        get { storage.fields.slug }
        _modify {
            encodedHash = nil
            yield &storage.fields.slug
        }
    }
    public var draft: Bool {
        get { storage.fields.draft }
        _modify {
            encodedHash = nil
            yield &storage.fields.draft
        }
    }
    public var attachments: [Attachment] {
        get { storage.fields.attachments }
        _modify {
            encodedHash = nil
            yield &storage.fields.attachments
        }
    }
    public var contacts: [Contact] {
        get { storage.fields.contacts }
        _modify {
            encodedHash = nil
            yield &storage.fields.contacts
        }
    }
    /// Not published before this moment (`sitegen build --future` publishes it anyway).
    public var publishDate: Date? {
        get { storage.fields.publishDate }
        _modify {
            encodedHash = nil
            yield &storage.fields.publishDate
        }
    }
    /// After this moment the article is out of date: removed, or kept with a banner and left
    /// out of lists and feeds, as `site.yml` chooses.
    public var expiryDate: Date? {
        get { storage.fields.expiryDate }
        _modify {
            encodedHash = nil
            yield &storage.fields.expiryDate
        }
    }
    /// Old addresses that redirect here.
    public var aliases: [AliasPath] {
        get { storage.fields.aliases }
        _modify {
            encodedHash = nil
            yield &storage.fields.aliases
        }
    }
    /// The meeting an article reports on, for structured data (Event).
    public var event: Event? {
        get { storage.fields.event }
        _modify {
            encodedHash = nil
            yield &storage.fields.event
        }
    }
    public var path: SitePath {
        get { storage.fields.path }
        _modify {
            encodedHash = nil
            yield &storage.fields.path
        }
    }
    /// The Markdown after the front matter.
    public var body: String {
        get { storage.fields.body }
        _modify {
            encodedHash = nil
            yield &storage.fields.body
        }
    }
    /// The line in the source file where `body` starts, for messages about the body.
    public var bodyLine: Int {
        get { storage.fields.bodyLine }
        _modify {
            encodedHash = nil
            yield &storage.fields.bodyLine
        }
    }
    /// Files beside `index.md` in a page bundle, copied next to the page.
    public var bundleFiles: [BundleFile] {
        get { storage.fields.bundleFiles }
        _modify {
            encodedHash = nil
            yield &storage.fields.bundleFiles
        }
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
