import Foundation

// The model values a cache entry holds, field by field in declaration order. Decoding goes
// through each type's memberwise initializer, so a new field does not compile until it is read
// here; `CacheCodingTests` round-trips values with every field set, which fails if it is not
// also written. Change either side, and bump `ArticleCache.formatVersion`.
// Paths are decoded through their checking initializers: a cache cannot smuggle `..` into
// the output.

extension BinaryWriter {
    mutating func write(_ article: Article) {
        write(article.sourcePath)
        write(article.title)
        write(article.date)
        write(article.updated, each: { $0.write($1) })
        write(article.kind)
        write(article.regions, each: { $0.write($1) })
        write(article.tags, each: { $0.write($1) })
        write(article.summary)
        write(article.author)
        write(article.organisation)
        write(article.image, each: { $0.write($1) })
        write(article.slug)
        write(article.draft)
        write(article.attachments, each: { $0.write($1) })
        write(article.contacts, each: { $0.write($1) })
        write(article.publishDate, each: { $0.write($1) })
        write(article.expiryDate, each: { $0.write($1) })
        write(article.aliases.map(\.description))
        write(article.event, each: { $0.write($1) })
        write(article.path.segments)
        write(article.body)
        write(article.bodyLine)
        write(article.bundleFiles, each: { writer, file in
            writer.write(file.sourceFile)
            writer.write(file.relativePath)
        })
    }

    mutating func write(_ date: Date) {
        write(date.timeIntervalSinceReferenceDate)
    }

    // Kinds, regions and tags are counted (``writeCounted(_:)``): they repeat from article to
    // article, and a reader gives the one it read before for the same bytes (``RepeatedValues``).

    mutating func write(_ kind: Kind) {
        writeCounted { writer in
            writer.write(kind.key)
            writer.write(kind.singular)
            writer.write(kind.plural)
            writer.write(kind.segment)
            writer.write(kind.aliases)
            writer.write(kind.schema.rawValue)
        }
    }

    mutating func write(_ region: Region) {
        writeCounted { writer in
            writer.write(region.name)
            writer.write(region.slug)
            writer.write(region.aliases)
            writer.write(region.parent)
        }
    }

    mutating func write(_ tag: Tag) {
        writeCounted { writer in
            writer.write(tag.name)
            writer.write(tag.slug)
        }
    }

    mutating func write(_ image: ArticleImage) {
        write(image.source)
        write(image.alt)
        write(image.caption)
        write(image.width)
        write(image.height)
    }

    mutating func write(_ reference: AssetReference) {
        switch reference {
        case .bundle(let relativePath): write(UInt8(0)); write(relativePath)
        case .site(let path): write(UInt8(1)); write(path)
        case .external(let url): write(UInt8(2)); write(url)
        }
    }

    mutating func write(_ attachment: Attachment) {
        write(attachment.title)
        write(attachment.source)
        write(attachment.fileName)
        write(attachment.byteCount)
    }

    mutating func write(_ contact: Contact) {
        write(contact.name)
        write(contact.role)
        write(contact.email)
        write(contact.phone)
    }

    mutating func write(_ event: Event) {
        write(event.start)
        write(event.end, each: { $0.write($1) })
        write(event.place)
        write(event.address)
    }

    mutating func write(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: write(UInt8(0))
        case .warning: write(UInt8(1))
        }
        write(diagnostic.location, each: { $0.write($1) })
        write(diagnostic.message)
        write(diagnostic.hint)
        write(diagnostic.excerpt)
        write(diagnostic.related, each: { $0.write($1) })
    }

    mutating func write(_ location: SourceLocation) {
        write(location.file)
        write(location.line)
        write(location.column)
    }

    mutating func write(_ rendered: RenderedMarkdown) {
        write(rendered.htmlText)
        write(rendered.headings, each: { writer, heading in
            writer.write(heading.level)
            writer.write(heading.text)
            writer.write(heading.id)
            writer.write(heading.line)
            writer.write(heading.column)
        })
        write(rendered.firstParagraph)
        write(rendered.beforeMore)
        write(rendered.wordCount)
        // The hash only: the text is needed again only when an article's search weights are
        // (see SearchIndex), and was 40% of the cache's bytes.
        write(rendered.plainTextHash)
        write(rendered.references, each: { writer, reference in
            writer.write(reference.kind == .link)
            writer.write(reference.destination)
            writer.write(reference.text)
            writer.write(reference.line)
            writer.write(reference.column)
        })
        write(rendered.mayHaveSiteLinks)
    }
}

extension BinaryReader {
    /// The article, with the hash of the bytes it was read from (``Article/encodedHash``).
    mutating func readArticle() throws(CacheFormatError) -> Article {
        let start = offset
        var article = try readArticleFields()
        article.remember(encodedHash: XXHash64.hash(bytes(from: start)))
        return article
    }

    private mutating func readArticleFields() throws(CacheFormatError) -> Article {
        Article(
            sourcePath: try readString(), title: try readString(), date: try readDate(),
            updated: try readOptional { r throws(CacheFormatError) in try r.readDate() },
            kind: try readKind(),
            regions: try readArray { r throws(CacheFormatError) in try r.readRegion() },
            tags: try readArray { r throws(CacheFormatError) in try r.readTag() },
            summary: try readOptionalString(), author: try readOptionalString(), organisation: try readOptionalString(),
            image: try readOptional { r throws(CacheFormatError) in try r.readImage() },
            slug: try readString(), draft: try readBool(),
            attachments: try readArray { r throws(CacheFormatError) in try r.readAttachment() },
            contacts: try readArray { r throws(CacheFormatError) in try r.readContact() },
            publishDate: try readOptional { r throws(CacheFormatError) in try r.readDate() },
            expiryDate: try readOptional { r throws(CacheFormatError) in try r.readDate() },
            aliases: try readArray { r throws(CacheFormatError) in try r.readAlias() },
            event: try readOptional { r throws(CacheFormatError) in try r.readEvent() },
            path: try readSitePath(), body: try readString(), bodyLine: try readInt(),
            bundleFiles: try readArray { r throws(CacheFormatError) in
                BundleFile(sourceFile: try r.readString(), relativePath: try r.readString())
            })
    }

    mutating func readDate() throws(CacheFormatError) -> Date {
        Date(timeIntervalSinceReferenceDate: try readDouble())
    }

    mutating func readKind() throws(CacheFormatError) -> Kind {
        let bytes = try readCounted()
        if let kind = repeated?.kinds.value(for: bytes) { return kind }
        let kind = try Self.decodeCounted(bytes) { r throws(CacheFormatError) in
            let key = try r.readString(), singular = try r.readString(), plural = try r.readString()
            let segment = try r.readString(), aliases = try r.readStrings()
            guard let schema = SchemaType(rawValue: try r.readString()) else { throw .invalid("an unknown schema type") }
            return Kind(key: key, singular: singular, plural: plural, segment: segment, aliases: aliases, schema: schema)
        }
        repeated?.kinds.insert(kind, for: bytes)
        return kind
    }

    mutating func readRegion() throws(CacheFormatError) -> Region {
        let bytes = try readCounted()
        if let region = repeated?.regions.value(for: bytes) { return region }
        let region = try Self.decodeCounted(bytes) { r throws(CacheFormatError) in
            Region(name: try r.readString(), slug: try r.readString(), aliases: try r.readStrings(), parent: try r.readOptionalString())
        }
        repeated?.regions.insert(region, for: bytes)
        return region
    }

    mutating func readTag() throws(CacheFormatError) -> Tag {
        let bytes = try readCounted()
        if let tag = repeated?.tags.value(for: bytes) { return tag }
        let tag = try Self.decodeCounted(bytes) { r throws(CacheFormatError) in
            Tag(name: try r.readString(), slug: try r.readString())
        }
        repeated?.tags.insert(tag, for: bytes)
        return tag
    }

    mutating func readImage() throws(CacheFormatError) -> ArticleImage {
        ArticleImage(source: try readAssetReference(), alt: try readString(), caption: try readOptionalString(),
                     width: try readOptionalInt(), height: try readOptionalInt())
    }

    mutating func readAssetReference() throws(CacheFormatError) -> AssetReference {
        switch try readUInt8() {
        case 0: return .bundle(relativePath: try readString())
        case 1: return .site(path: try readString())
        case 2: return .external(url: try readString())
        default: throw .invalid("an unknown kind of file reference")
        }
    }

    mutating func readAttachment() throws(CacheFormatError) -> Attachment {
        Attachment(title: try readString(), source: try readAssetReference(), fileName: try readString(),
                   byteCount: try readOptionalInt())
    }

    mutating func readContact() throws(CacheFormatError) -> Contact {
        Contact(name: try readString(), role: try readOptionalString(), email: try readOptionalString(),
                phone: try readOptionalString())
    }

    mutating func readEvent() throws(CacheFormatError) -> Event {
        Event(start: try readDate(), end: try readOptional { r throws(CacheFormatError) in try r.readDate() },
              place: try readString(), address: try readOptionalString())
    }

    mutating func readAlias() throws(CacheFormatError) -> AliasPath {
        let written = try readString()
        guard let alias = AliasPath(written), alias.description == written else { throw .invalid("an unsafe old address") }
        return alias
    }

    mutating func readSitePath() throws(CacheFormatError) -> SitePath {
        guard let path = SitePath(segments: try readStrings()) else { throw .invalid("an unsafe page address") }
        return path
    }

    mutating func readDiagnostic() throws(CacheFormatError) -> Diagnostic {
        let severity: Diagnostic.Severity
        switch try readUInt8() {
        case 0: severity = .error
        case 1: severity = .warning
        default: throw .invalid("an unknown severity")
        }
        let location = try readOptional { r throws(CacheFormatError) in try r.readLocation() }
        return Diagnostic(severity, at: location, try readString(), hint: try readOptionalString(),
                          excerpt: try readOptionalString(),
                          related: try readArray { r throws(CacheFormatError) in try r.readLocation() })
    }

    mutating func readLocation() throws(CacheFormatError) -> SourceLocation {
        SourceLocation(file: try readString(), line: try readInt(), column: try readInt())
    }

    mutating func readRendered() throws(CacheFormatError) -> RenderedMarkdown {
        RenderedMarkdown(
            htmlText: try readText(),
            headings: try readArray { r throws(CacheFormatError) in
                RenderedMarkdown.Heading(level: try r.readInt(), text: try r.readString(), id: try r.readString(),
                                         line: try r.readInt(), column: try r.readInt())
            },
            firstParagraph: try readOptionalString(), beforeMore: try readOptionalString(), wordCount: try readInt(),
            plainTextHash: try readUInt64(),
            references: try readArray { r throws(CacheFormatError) in
                RenderedMarkdown.Reference(kind: try r.readBool() ? .link : .image, destination: try r.readString(),
                                           text: try r.readString(), line: try r.readInt(), column: try r.readInt())
            },
            mayHaveSiteLinks: try readBool())
    }
}

/// The tables of a reader that gives a kind, region or tag it has read before again for the
/// same bytes (``ReadValues``), for reading many articles from one buffer.
struct RepeatedValues {
    var kinds = ReadValues<Kind>()
    var regions = ReadValues<Region>()
    var tags = ReadValues<Tag>()
}
