import Foundation
import Yams

/// Reads one article: splits off the front matter, checks every field, and resolves kind,
/// regions, tags, image and attachments against the site. Every problem becomes a diagnostic;
/// an article with errors yields `nil` and is never dropped silently.
struct ArticleLoader: Sendable {
    let config: SiteConfig
    let vocabulary: Vocabulary
    /// The site folder, for files referred to as `/bilder/x.jpg` (from `static/`).
    let siteRoot: URL
    let dates: DateParser
    let formatter: SwedishDateFormatter
    /// Commit times of the article files, with `dates_from_git: true` (``GitDates``).
    var gitDates: GitDates = .none

    static let knownKeys = [
        "title", "date", "kind", "regions", "tags", "summary", "author", "organisation", "image",
        "image_alt", "image_caption", "slug", "draft", "updated", "attachments", "contacts",
        "publish_date", "expiry_date", "aliases", "event",
    ]

    init(config: SiteConfig, siteRoot: URL) {
        self.config = config
        self.vocabulary = Vocabulary(config)
        self.siteRoot = siteRoot
        self.dates = DateParser(timeZone: config.timeZone)
        self.formatter = SwedishDateFormatter(timeZone: config.timeZone)
    }

    func load(_ source: ContentSource) -> (Article?, [Diagnostic]) {
        let text: SourceText
        switch SourceText.read(file: source.file, relativePath: source.relativePath) {
        case .success(let read): text = read
        case .failure(let problem): return (nil, [problem])
        }
        return load(text, source: source)
    }

    func load(_ text: SourceText, source: ContentSource) -> (Article?, [Diagnostic]) {
        var probe = FileProbe(siteRoot: siteRoot)
        return load(text, source: source, probe: &probe)
    }

    /// Loads with `probe` as the only way to other files than the article's, so the build cache
    /// learns what else the result depends on.
    func load(_ text: SourceText, source: ContentSource, probe: inout FileProbe) -> (Article?, [Diagnostic]) {
        // YAML, TOML or JSON, all read below as one YAMLDocument.
        let split: FrontMatterSplit, document: YAMLDocument
        switch FrontMatterReader.read(text) {
        case .success(let read): (split, document) = (read.split, read.document)
        case .failure(let problem): return (nil, [problem])
        }
        var fields = FieldReader(document: document, mapping: document.root, context: "the front matter")
        // 'region' (singular) gets an error of its own in readRegions.
        fields.warnAboutUnknownKeys(Self.knownKeys + ["region"], context: "the front matter")

        let title = fields.text("title", required: true, example: "title: Smart industri i Jämtland Härjedalen")
        // Front matter first; git's commit times where it is silent (`dates_from_git`).
        let git = gitDates.files[source.relativePath]
        let date = readDate("date", &fields, required: git == nil) ?? (fields.node("date")?.isNull ?? true ? git?.first : nil)
        let updated = readDate("updated", &fields, required: false) ?? date.flatMap { git?.updated(after: $0, formatter) }
        let kind = readKind(&fields)
        let regions = readRegions(&fields)
        let tags = readTags(&fields)
        let slug = readSlug(&fields, default: source.defaultSlug)
        let image = readImage(&fields, source: source, &probe)
        let attachments = readAttachments(&fields, source: source, &probe)
        let contacts = readContacts(&fields)
        let summary = fields.text("summary")
        let author = fields.text("author")
        let organisation = fields.text("organisation")
        let draft = fields.bool("draft") ?? false
        let publishDate = readDate("publish_date", &fields, required: false)
        let expiryDate = readDate("expiry_date", &fields, required: false)
        if let publishDate, let expiryDate, expiryDate <= publishDate {
            fields.error(fields.node("expiry_date"), "the article expires before it is published",
                         hint: "expiry_date must come after publish_date")
        }
        let aliases = readAliases(&fields)
        let event = readEvent(&fields)
        if event != nil, let kind, kind.schema != .event {
            fields.warning(fields.keyNode("event"), "'event' is used only by kinds with schema Event, and '\(kind.key)' has schema \(kind.schema.rawValue)",
                           hint: "remove 'event:', or give the kind schema: Event in site.yml")
        }

        if let table = TableSize.excess(in: split.body) {
            let line = split.bodyFirstLine + table.line - 1
            fields.diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: text.path, line: line),
                table.columns > Limits.tableColumns
                    ? "a table row here has \(table.columns) cells; tables may have at most \(Limits.tableColumns) columns"
                    : "the tables have more than \(Limits.tableCells) cells by this line, too many to render",
                hint: "split the table into smaller ones, or publish the data as a file (CSV or PDF) in a page bundle and link to it",
                excerpt: text.line(line)))
        }
        guard !fields.diagnostics.hasErrors, let title, let date, let kind, let regions, let slug else {
            return (nil, fields.diagnostics)
        }
        let parts = formatter.components(date)
        let values = [
            "year": Self.zeroPadded(parts.year, 4), "month": Self.zeroPadded(parts.month, 2),
            "day": Self.zeroPadded(parts.day, 2), "slug": slug, "kind": kind.segment,
        ]
        guard let path = URLPattern.expand(config.urls.article, values) else {
            fields.error(fields.node("slug"), "the article's address cannot be made from the pattern '\(config.urls.article)'")
            return (nil, fields.diagnostics)
        }
        let article = Article(
            sourcePath: source.relativePath, title: title, date: date, updated: updated, kind: kind,
            regions: regions, tags: tags, summary: summary, author: author, organisation: organisation,
            image: image, slug: slug, draft: draft, attachments: attachments, contacts: contacts,
            publishDate: publishDate, expiryDate: expiryDate, aliases: aliases, event: event, path: path, body: split.body, bodyLine: split.bodyFirstLine, bundleFiles: source.bundleFiles)
        return (article, fields.diagnostics)
    }

    /// `String(format: "%04d")` without Foundation's formatter, which was 6% of reading an article.
    static func zeroPadded(_ number: Int, _ width: Int) -> String {
        let digits = String(number.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count - (number < 0 ? 1 : 0)))
        return (number < 0 ? "-" : "") + padding + digits
    }

    private func readDate(_ key: String, _ fields: inout FieldReader, required: Bool) -> Date? {
        guard let raw = fields.text(key, required: required, example: "\(key): 2019-04-11") else { return nil }
        switch dates.parse(raw) {
        case .success(let date):
            return date
        case .failure(.impossible):
            fields.error(fields.node(key), "there is no such date or time: '\(raw)'", hint: "check the month and day; write it as YYYY-MM-DD, e.g. 2019-04-11")
        case .failure(.unrecognised):
            fields.error(fields.node(key), "'\(raw)' is not a date sitegen can read",
                         hint: "write it as YYYY-MM-DD (2019-04-11), optionally with a time: 2019-04-11 09:30")
        }
        return nil
    }

    private func readAliases(_ fields: inout FieldReader) -> [AliasPath] {
        var aliases: [AliasPath] = []
        for (raw, node) in fields.list("aliases", commaSeparated: false) ?? [] {
            if let long = Self.overlongPart(raw) {
                fields.error(node, "a part of the old address '\(String(raw.unicodeScalars.prefix(60)))…' is \(long) bytes long; each part between slashes may be at most \(Limits.oldAddressPartBytes)",
                             hint: "no web server has a longer name: check that the address is whole and nothing was pasted into it")
                continue
            }
            guard let alias = AliasPath(raw) else {
                fields.error(node, "'\(raw)' cannot be an old address of the article",
                             hint: "write the old path from the site's root, e.g. /nyheter/gammal-rubrik/ or /2019/04/rapport.html; letters, digits and - . _ ~ only, no '..'")
                continue
            }
            if !aliases.contains(alias) { aliases.append(alias) }
        }
        return aliases
    }

    private func readEvent(_ fields: inout FieldReader) -> Event? {
        guard let node = fields.node("event"), !node.isNull else { return nil }
        var reader = FieldReader(document: fields.document, mapping: node, context: "event")
        reader.warnAboutUnknownKeys(["start", "end", "place", "address"], context: "event")
        let start = readDate("start", &reader, required: true)
        let end = readDate("end", &reader, required: false)
        let place = reader.text("place", required: true, example: "place: Örnsköldsvik")
        let address = reader.text("address")
        if let start, let end, end < start {
            reader.error(reader.node("end"), "the event ends before it starts", hint: "check the dates of start and end")
        }
        fields.diagnostics += reader.diagnostics
        guard let start, let place else { return nil }
        return Event(start: start, end: end, place: place, address: address)
    }

    private func readKind(_ fields: inout FieldReader) -> Kind? {
        let keys = config.kinds.map(\.key).joined(separator: ", ")
        guard let name = fields.text("kind", required: true, example: "kind: \(config.kinds.first?.key ?? "projekt")") else { return nil }
        if let kind = vocabulary.kind(name) { return kind }
        let hint = vocabulary.suggestKind(for: name).map { "did you mean '\($0)'? The kinds are: \(keys)" } ?? "the kinds are: \(keys)"
        fields.error(fields.node("kind"), "'\(name)' is not a kind of article in site.yml", hint: hint)
        return nil
    }

    private func readRegions(_ fields: inout FieldReader) -> [Region]? {
        guard let names = fields.list("regions", commaSeparated: false), !names.isEmpty else {
            if let singular = fields.keyNode("region"), fields.node("regions") == nil {
                fields.error(singular, "the field is called 'regions', with an s",
                             hint: "rename 'region:' to 'regions:' (one region or a list of them)")
            } else {
                fields.error(fields.keyNode("regions"), fields.node("regions") == nil
                             ? "the required field 'regions' is missing" : "the field 'regions' is empty",
                             hint: "add a line regions: [Jämtland Härjedalen] with one or more regions from site.yml")
            }
            return nil
        }
        var regions: [Region] = []
        var ok = true
        for (name, node) in names {
            if RegionPlaceholder.matches(name) {
                ok = false
                let (message, hint) = RegionPlaceholder.diagnostic(config: config)
                fields.error(node, message, hint: hint)
                continue
            }
            if let region = vocabulary.region(name) {
                if !regions.contains(region) { regions.append(region) }
            } else {
                ok = false
                let hint = vocabulary.suggestRegion(for: name).map { "did you mean '\($0)'?" }
                    ?? "use the name of a län as listed in site.yml, e.g. 'Jämtland Härjedalen' or 'Örebro län'"
                fields.error(node, "the region '\(name)' is not in site.yml", hint: hint)
            }
        }
        return ok ? regions : nil
    }

    static let maxTags = Limits.tagsPerArticle

    /// The length in bytes of the first part of an old address longer than a file name may be.
    static func overlongPart(_ raw: String) -> Int? {
        (raw.removingPercentEncoding ?? raw).split(separator: "/").lazy.map(\.utf8.count).first { $0 > Limits.oldAddressPartBytes }
    }

    private func readTags(_ fields: inout FieldReader) -> [Tag] {
        var tags: [Tag] = []
        let names = fields.list("tags", commaSeparated: true) ?? []
        if names.count > Self.maxTags {
            fields.error(names[Self.maxTags].1, "the article has \(names.count) tags; an article may have at most \(Self.maxTags)",
                         hint: "keep the few tags readers look for: each tag gets a page and feeds of its own")
            return []
        }
        for (name, node) in names {
            let slug = Slug.make(name)
            guard !slug.isEmpty else {
                fields.error(node, "the tag '\(name)' has no letters or digits, so it cannot have a page")
                continue
            }
            guard slug.utf8.count <= Slug.maxLength else {
                let shown = name.unicodeScalars.count > 40 ? String(name.unicodeScalars.prefix(40)) + "…" : name
                fields.error(node, "the tag '\(shown)' makes an address \(slug.utf8.count) characters long; a tag's address may be at most \(Slug.maxLength)",
                             hint: "a tag is a word or two, e.g. Export")
                continue
            }
            if !tags.contains(where: { $0.slug == slug }) { tags.append(Tag(name: name, slug: slug)) }
        }
        return tags
    }

    private func readSlug(_ fields: inout FieldReader, default fallback: String) -> String? {
        guard let slug = fields.text("slug") else {
            if fallback.isEmpty {
                fields.error(nil, "the file name gives no usable address for the article",
                             hint: "add a line slug: ett-kort-namn (a-z, 0-9 and hyphens)")
                return nil
            }
            guard fallback.utf8.count <= Slug.maxLength else {
                fields.error(nil, "the file name gives an address of \(fallback.utf8.count) characters; an address part may be at most \(Slug.maxLength)",
                             hint: "add a line slug: ett-kort-namn (a-z, 0-9 and hyphens)")
                return nil
            }
            return fallback
        }
        // In bytes, before anything else reads it, and shown by scalars: one letter with a
        // megabyte of accents is one character.
        guard slug.utf8.count <= Slug.maxLength else {
            let message = slug.utf8.count == slug.count
                ? "the slug is \(slug.count) characters long; it may be at most \(Slug.maxLength)"
                : "the slug '\(String(slug.unicodeScalars.prefix(40)))…' is too long and has letters other than a-z; it may be at most \(Slug.maxLength) characters of a-z, 0-9 and hyphens"
            fields.error(fields.node("slug"), message, hint: "write a short slug: a few words with hyphens, e.g. slug: smart-industri")
            return nil
        }
        guard Slug.isValid(slug) else {
            let suggestion = Slug.make(slug)
            fields.error(fields.node("slug"), "the slug '\(slug)' may contain only a-z, 0-9 and hyphens",
                         hint: suggestion.isEmpty ? "write e.g. slug: smart-industri"
                             : suggestion.count > Slug.maxLength ? "write a shorter slug of a-z, 0-9 and hyphens, at most \(Slug.maxLength) characters"
                             : "did you mean '\(suggestion)'?")
            return nil
        }
        return slug
    }

    private func readImage(_ fields: inout FieldReader, source: ContentSource, _ probe: inout FileProbe) -> ArticleImage? {
        let alt = fields.text("image_alt")
        let caption = fields.text("image_caption")
        guard let file = fields.text("image") else {
            if alt != nil { fields.warning(fields.keyNode("image_alt"), "'image_alt' is given but there is no 'image'") }
            return nil
        }
        let reference = resolveAsset(file, node: fields.node("image"), source: source, &fields, &probe)
        guard let alt else {
            fields.error(fields.keyNode("image") , "the image has no alternative text",
                         hint: "add a line image_alt: with what the image shows, for readers who cannot see it")
            return nil
        }
        guard let reference else { return nil }
        let size = filePath(of: reference, source: source).flatMap { probe.imageSize($0) }
        return ArticleImage(source: reference, alt: alt, caption: caption, width: size?.width, height: size?.height)
    }

    private func readAttachments(_ fields: inout FieldReader, source: ContentSource, _ probe: inout FileProbe) -> [Attachment] {
        var attachments: [Attachment] = []
        for entry in fields.mappings("attachments") ?? [] {
            var reader = FieldReader(document: fields.document, mapping: entry, context: "an attachment")
            reader.warnAboutUnknownKeys(["file", "title"], context: "an attachment")
            let file = reader.text("file", required: true, example: "file: rapport.pdf")
            let title = reader.text("title")
            if let file, let reference = resolveAsset(file, node: reader.node("file"), source: source, &reader, &probe) {
                let name = String(file.split(separator: "/").last ?? Substring(file))
                attachments.append(Attachment(title: title ?? name, source: reference, fileName: name,
                                              byteCount: filePath(of: reference, source: source).flatMap { probe.byteCount($0) }))
            }
            fields.diagnostics += reader.diagnostics
        }
        return attachments
    }

    private func readContacts(_ fields: inout FieldReader) -> [Contact] {
        var contacts: [Contact] = []
        for entry in fields.mappings("contacts") ?? [] {
            var reader = FieldReader(document: fields.document, mapping: entry, context: "a contact")
            reader.warnAboutUnknownKeys(["name", "role", "email", "phone"], context: "a contact")
            let name = reader.text("name", required: true, example: "name: Christina Åhlstedt")
            let email = reader.text("email")
            if let email, !email.contains("@") || email.contains(" ") {
                reader.error(reader.node("email"), "'\(email)' is not an e-mail address", hint: "write e.g. email: namn@example.se")
            }
            if let name {
                contacts.append(Contact(name: name, role: reader.text("role"), email: email, phone: reader.text("phone")))
            }
            fields.diagnostics += reader.diagnostics
        }
        return contacts
    }

    /// Where an `image` or attachment `file` points: a bundle file, a file in `static/`, or a URL.
    private func resolveAsset(_ value: String, node: Node?, source: ContentSource, _ fields: inout FieldReader,
                              _ probe: inout FileProbe) -> AssetReference? {
        if value.hasPrefix("https://") || value.hasPrefix("http://") { return .external(url: value) }
        let parts = value.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ SitePath.isSafe($0) && !$0.hasPrefix(".") }) else {
            fields.error(node, "the file name '\(value)' may not contain '..', backslashes or hidden folders",
                         hint: "name a file in the article's folder (foto.jpg) or in static/ (/bilder/foto.jpg)")
            return nil
        }
        if value.hasPrefix("/") {
            guard probe.exists("static/" + parts.joined(separator: "/")) else {
                fields.error(node, "there is no file 'static\(value)'", hint: "a path starting with '/' names a file in the static/ folder")
                return nil
            }
            return .site(path: "/" + parts.joined(separator: "/"))
        }
        let relative = parts.joined(separator: "/")
        guard source.isBundle else {
            fields.error(node, "'\(value)' is a file beside the article, but the article is not a page bundle",
                         hint: "make the article a folder with index.md and put '\(value)' in it, or put the file in static/ and write '/\(relative)'")
            return nil
        }
        guard source.bundleFiles.contains(where: { $0.relativePath == relative }) else {
            let names = source.bundleFiles.map(\.relativePath)
            let hint = Suggestion.closest(to: relative, among: names).map { "did you mean '\($0)'?" }
                ?? "put the file in the folder \(source.relativePath.dropLast("index.md".count))"
            fields.error(node, "the bundle has no file '\(value)'", hint: hint)
            return nil
        }
        return .bundle(relativePath: relative)
    }

    /// The file behind a reference, relative to the site folder; `nil` for URLs.
    private func filePath(of reference: AssetReference, source: ContentSource) -> String? {
        switch reference {
        case .external: return nil
        case .bundle(let relative):
            guard source.bundleFiles.contains(where: { $0.relativePath == relative }) else { return nil }
            return source.relativePath.dropLast("index.md".count) + relative
        case .site(let sitePath): return "static" + sitePath
        }
    }
}
