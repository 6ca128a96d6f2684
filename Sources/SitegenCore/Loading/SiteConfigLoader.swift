import Foundation
import Yams

/// Reads `site.yml` into a ``SiteConfig``, reporting every problem with its line.
public enum SiteConfigLoader {
    static let knownKeys = [
        "title", "description", "base_url", "language", "time_zone", "page_size", "paginate_path",
        "raw_html", "smart_punctuation", "urls", "kinds", "regions", "publisher", "accessibility_url",
        "expired", "redirects", "archive_months_over", "share_image", "share_image_alt", "feeds", "search",
        "report", "dates_from_git",
    ]

    /// `siteRoot` is the site folder, where `share_image` is looked up in `static/`; without it
    /// (tests of the text alone) a `share_image` from `static/` is an error.
    public static func load(_ source: SourceText, siteRoot: URL? = nil) -> (SiteConfig?, [Diagnostic]) {
        let document: YAMLDocument
        switch YAMLDocument.parse(source.text, firstLine: 1, in: source) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var fields = FieldReader(document: document, mapping: document.root, context: "site.yml")
        if document.root == nil {
            fields.error(nil, "site.yml is empty", hint: "see the site.yml reference in README.md")
        }
        fields.warnAboutUnknownKeys(knownKeys, context: "site.yml")

        let title = fields.text("title", required: true, example: "title: Industrinytt")
        let description = fields.text("description") ?? ""
        var baseURL = fields.text("base_url", required: true, example: "base_url: https://example.org/")
        if let url = baseURL {
            if let parsed = URL(string: url), let scheme = parsed.scheme, ["http", "https"].contains(scheme), parsed.host != nil {
                if !url.hasSuffix("/") { baseURL = url + "/" }
            } else {
                fields.error(fields.node("base_url"), "base_url must be an absolute http or https address",
                             hint: "write e.g. base_url: https://www.example.se/nyheter/")
                baseURL = nil
            }
        }
        let language = fields.text("language") ?? "sv"
        var timeZone = TimeZone(identifier: "Europe/Stockholm")!
        if let zoneName = fields.text("time_zone") {
            if let zone = TimeZone(identifier: zoneName) { timeZone = zone } else {
                fields.error(fields.node("time_zone"), "unknown time zone '\(zoneName)'", hint: "write e.g. time_zone: Europe/Stockholm")
            }
        }
        let pageSize = fields.int("page_size", in: 1...1000) ?? 10
        var paginatePath = fields.text("paginate_path") ?? "sida"
        if !Slug.isValid(paginatePath) {
            fields.error(fields.node("paginate_path"), "paginate_path may contain only a-z, 0-9 and hyphens",
                         hint: "write e.g. paginate_path: sida")
            paginatePath = "sida"
        }
        let rawHTML = fields.bool("raw_html") ?? true
        let smart = fields.bool("smart_punctuation") ?? true
        let urls = readURLs(&fields)
        let kinds = readKinds(&fields)
        let regions = readRegions(&fields)
        let publisher = readPublisher(&fields)
        let accessibilityURL = fields.text("accessibility_url")
        let shareImage = readShareImage(&fields, siteRoot: siteRoot)
        var expired = SiteConfig.ExpiredPolicy.keep
        if let value = fields.text("expired") {
            if let policy = SiteConfig.ExpiredPolicy(rawValue: value) { expired = policy } else {
                fields.error(fields.node("expired"), "expired must be 'keep' or 'remove'",
                             hint: "keep: the page stays with an 'inaktuell' banner; remove: the page is not built")
            }
        }

        let feeds = readFeeds(&fields)
        let search = readSearch(&fields)
        let reportPage = fields.bool("report") ?? true
        let datesFromGit = fields.bool("dates_from_git") == true ? fields.keyNode("dates_from_git").map(document.location) : nil

        var diagnostics = fields.diagnostics
        guard let title, let baseURL, !diagnostics.hasErrors else { return (nil, diagnostics) }
        var config = SiteConfig(
            title: title, description: description, baseURL: baseURL, language: language,
            timeZone: timeZone, pageSize: pageSize, paginatePath: paginatePath, rawHTML: rawHTML,
            smartPunctuation: smart, urls: urls, kinds: kinds, regions: regions, publisher: publisher,
            accessibilityURL: accessibilityURL, expired: expired,
            archiveMonthsOver: fields.int("archive_months_over", in: 0...1_000_000) ?? 50,
            redirectFormats: readRedirectFormats(&fields), shareImage: shareImage, feeds: feeds, search: search)
        config.reportPage = reportPage
        config.datesFromGit = datesFromGit
        diagnostics += checkUniqueness(config, document: document)
        return (diagnostics.hasErrors ? nil : config, diagnostics)
    }

    private static func readURLs(_ fields: inout FieldReader) -> SiteConfig.URLPatterns {
        var urls = SiteConfig.URLPatterns.standard
        guard let node = fields.node("urls"), !node.isNull else { return urls }
        var reader = FieldReader(document: fields.document, mapping: node, context: "urls")
        reader.warnAboutUnknownKeys(["article", "tag", "region", "kind", "archive"], context: "urls")
        func pattern(_ key: String, placeholders: [String], required: [String]) -> String? {
            guard let value = reader.text(key) else { return nil }
            let problem = URLPattern.problem(in: value, allowed: placeholders, required: required)
            if let problem {
                reader.error(reader.node(key), "the URL pattern '\(value)' \(problem)",
                             hint: "write e.g. \(key): \(required.isEmpty ? "/" : "/x/{slug}/")")
                return nil
            }
            return value
        }
        let articlePlaceholders = ["year", "month", "day", "slug", "kind"]
        urls.article = pattern("article", placeholders: articlePlaceholders, required: ["slug"]) ?? urls.article
        urls.tag = pattern("tag", placeholders: ["slug"], required: ["slug"]) ?? urls.tag
        urls.region = pattern("region", placeholders: ["slug"], required: ["slug"]) ?? urls.region
        urls.kind = pattern("kind", placeholders: ["slug"], required: ["slug"]) ?? urls.kind
        urls.archive = pattern("archive", placeholders: ["year"], required: ["year"]) ?? urls.archive
        if URLPattern.overview(of: urls.archive, placeholder: "year") == .root {
            reader.error(reader.node("archive"), "the archive pattern must have a folder before {year}, for the list of years",
                         hint: "write e.g. archive: /nyheter/{year}/")
        }
        for pair in [("tag", urls.tag), ("region", urls.region)] where URLPattern.overview(of: pair.1) == .root {
            reader.error(reader.node(pair.0), "the \(pair.0) pattern must have a folder before {slug}, for the overview page",
                         hint: "write e.g. \(pair.0): /\(pair.0 == "tag" ? "amnen" : "regioner")/{slug}/")
        }
        fields.diagnostics += reader.diagnostics
        return urls
    }

    /// `redirects: [netlify, apache, nginx]` (the default: all three).
    private static func readRedirectFormats(_ fields: inout FieldReader) -> Set<RedirectFormat> {
        guard let names = fields.list("redirects", commaSeparated: true) else { return Set(RedirectFormat.allCases) }
        var formats: Set<RedirectFormat> = []
        for (name, node) in names {
            if let format = RedirectFormat(rawValue: name.lowercased()) { formats.insert(format) } else {
                fields.error(node, "'\(name)' is not a kind of redirect file sitegen writes",
                             hint: "choose from: netlify (_redirects), apache (.htaccess), nginx (nginx-redirects.map), or write redirects: []")
            }
        }
        return formats
    }

    private static func readPublisher(_ fields: inout FieldReader) -> SiteConfig.Publisher? {
        guard let node = fields.node("publisher"), !node.isNull else { return nil }
        var reader = FieldReader(document: fields.document, mapping: node, context: "publisher")
        reader.warnAboutUnknownKeys(["name", "url"], context: "publisher")
        let name = reader.text("name", required: true, example: "name: Region Jämtland Härjedalen")
        let url = reader.text("url")
        fields.diagnostics += reader.diagnostics
        return name.map { SiteConfig.Publisher(name: $0, url: url) }
    }

    private static func readKinds(_ fields: inout FieldReader) -> [Kind] {
        guard let entries = fields.mappings("kinds"), !entries.isEmpty else {
            fields.error(fields.node("kinds"), "site.yml lists no kinds of article",
                         hint: "add a 'kinds:' list; see the site.yml reference in README.md")
            return []
        }
        var kinds: [Kind] = []
        for entry in entries {
            var reader = FieldReader(document: fields.document, mapping: entry, context: "a kind")
            reader.warnAboutUnknownKeys(["key", "singular", "plural", "segment", "aliases", "schema"], context: "a kind")
            let key = reader.text("key", required: true, example: "key: projekt")
            let singular = reader.text("singular", required: true, example: "singular: Projektberättelse")
            let plural = reader.text("plural") ?? singular
            let segment = reader.text("segment") ?? key.map(Slug.make)
            let aliases = reader.list("aliases", commaSeparated: false)?.map(\.0) ?? []
            let schema = readSchema(&reader)
            if let segment, !Slug.isValid(segment) {
                reader.error(reader.node("segment"), "a segment may contain only a-z, 0-9 and hyphens",
                             hint: "did you mean '\(Slug.make(segment))'?")
            }
            fields.diagnostics += reader.diagnostics
            if let key, let singular, let plural, let segment, Slug.isValid(segment) {
                kinds.append(Kind(key: key, singular: singular, plural: plural, segment: segment, aliases: aliases, schema: schema))
            }
        }
        return kinds
    }

    private static func readRegions(_ fields: inout FieldReader) -> [Region] {
        guard let entries = fields.mappings("regions"), !entries.isEmpty else {
            fields.error(fields.node("regions"), "site.yml lists no regions",
                         hint: "add a 'regions:' list with the 21 län; see the site.yml reference in README.md")
            return []
        }
        var regions: [Region] = []
        var parents: [(String, Yams.Node)?] = []
        for entry in entries {
            var reader = FieldReader(document: fields.document, mapping: entry, context: "a region")
            reader.warnAboutUnknownKeys(["name", "slug", "aliases", "parent"], context: "a region")
            let name = reader.text("name", required: true, example: "name: Jämtland Härjedalen")
            let slug = reader.text("slug") ?? name.map(Slug.make)
            if let slug, !Slug.isValid(slug) {
                reader.error(reader.node("slug"), "a slug may contain only a-z, 0-9 and hyphens",
                             hint: "did you mean '\(Slug.make(slug))'?")
            }
            let aliases = reader.list("aliases", commaSeparated: false)?.map(\.0) ?? []
            parents.append(reader.text("parent").map { ($0, reader.node("parent")!) })
            fields.diagnostics += reader.diagnostics
            if let name, let slug, Slug.isValid(slug) {
                regions.append(Region(name: name, slug: slug, aliases: aliases))
            } else {
                parents.removeLast()
            }
        }
        resolveParents(&regions, parents, &fields)
        return regions
    }

    /// `parent:` names another region of the list (by name, slug or alias); cycles are errors.
    private static func resolveParents(_ regions: inout [Region], _ parents: [(String, Yams.Node)?], _ fields: inout FieldReader) {
        var byName: [String: String] = [:]
        for region in regions {
            for name in [region.name, region.slug] + region.aliases { byName[NameKey.make(name)] = region.slug }
        }
        for (number, parent) in parents.enumerated() {
            guard let (name, node) = parent else { continue }
            guard let slug = byName[NameKey.make(name)], slug != regions[number].slug else {
                let hint = Suggestion.closest(to: name, among: regions.map(\.name)).map { "did you mean '\($0)'?" }
                    ?? "the parent must be another region of this list"
                fields.error(node, "the parent region '\(name)' is not in the list of regions", hint: hint)
                continue
            }
            regions[number].parent = slug
        }
        let parentOf = Dictionary(regions.map { ($0.slug, $0.parent) }, uniquingKeysWith: { first, _ in first })
        for (number, region) in regions.enumerated() {
            var seen: Set<String> = [region.slug]
            var current = region.parent
            while let slug = current {
                if seen.contains(slug) {
                    fields.error(parents[number]?.1, "the regions' parents go round in a circle through '\(region.name)'",
                                 hint: "a kommun's parent is its län; a län has no parent")
                    regions[number].parent = nil
                    break
                }
                seen.insert(slug)
                current = parentOf[slug] ?? nil
            }
        }
    }

    /// Two kinds or regions may not share a key, name, alias or slug: a lookup must be unambiguous.
    private static func checkUniqueness(_ config: SiteConfig, document: YAMLDocument) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let place = SourceLocation(file: document.source.path)
        // Keyed by position in the list, so two entries that are exact copies collide too.
        var regionNames: [String: Int] = [:]
        for (number, region) in config.regions.enumerated() {
            for name in Set([region.name, region.slug] + region.aliases) {
                let key = NameKey.make(name)
                if let other = regionNames[key], other != number {
                    let message = config.regions[other].name == region.name
                        ? "the region '\(region.name)' is listed twice"
                        : "the region name or alias '\(name)' is used by both '\(config.regions[other].name)' and '\(region.name)'"
                    problems.append(.error(message, at: place, hint: "remove it from one of them"))
                }
                regionNames[key] = number
            }
        }
        var kindNames: [String: Int] = [:]
        for (number, kind) in config.kinds.enumerated() {
            for name in Set([kind.key, kind.singular, kind.plural, kind.segment] + kind.aliases) {
                let key = NameKey.make(name)
                if let other = kindNames[key], other != number {
                    let message = config.kinds[other].key == kind.key
                        ? "the kind '\(kind.key)' is listed twice"
                        : "the kind name or alias '\(name)' is used by both '\(config.kinds[other].key)' and '\(kind.key)'"
                    problems.append(.error(message, at: place, hint: "remove it from one of them"))
                }
                kindNames[key] = number
            }
        }
        return problems
    }
}

/// How names are compared when writers refer to a region, kind or tag: case and spacing do not
/// matter ("jämtlands  LÄN" is "Jämtlands län").
enum NameKey {
    /// Lowercased, with runs of whitespace one space and none at the ends: `split(whereSeparator:
    /// \.isWhitespace)` and `joined`, as ``Whitespace/collapsed(_:)`` does them without asking
    /// every letter's grapheme properties. Each region and kind of every article is looked up by
    /// it: with `split` that was 1% of a cold build of 10,000 articles (`perf`, 2026-11-27).
    static func make(_ name: String) -> String {
        Whitespace.collapsed(name.lowercased())
    }
}
