import Foundation
import Yams

/// What one imported article becomes: its sitegen front matter and body, and where it goes.
struct ConvertedArticle: Sendable {
    var year: String
    var slug: String
    var text: String
    var draft: Bool
    /// Source fields sitegen has no use for, left out.
    var leftOut: [String]
    /// Things the writer should know about this file.
    var notes: [String]
}

/// What the command line fills in where the source says nothing.
public struct ImportDefaults: Sendable {
    /// Region names as in site.yml.
    public var regions: [String]
    /// A kind's key.
    public var kind: String?

    public init(regions: [String], kind: String?) {
        self.regions = regions
        self.kind = kind
    }
}

/// Turns the front matter of a Hugo, Jekyll or Zola article into sitegen's, or says why it cannot.
struct ArticleConverter {
    let source: ImportSource
    let config: SiteConfig
    let defaults: ImportDefaults

    /// `name` is the file name, or the folder name for a page bundle.
    func convert(_ text: SourceText, name: String, draftFolder: Bool) -> Result<ConvertedArticle, ImportFailure> {
        let read: FrontMatterReader.Read
        switch FrontMatterReader.read(text) {
        case .success(let value): read = value
        case .failure(let problem):
            let place = problem.location.map { " (line \($0.line))" } ?? ""
            return .failure(ImportFailure(reason: "the front matter cannot be read\(place): \(problem.message)"))
        }
        if let root = read.document.root, case .mapping = root {} else if read.document.root != nil {
            return .failure(ImportFailure(reason: "the front matter is not a group of fields"))
        }
        var fields = SourceFields(read.document.root)
        let dates = DateParser(timeZone: config.timeZone)
        var notes: [String] = []
        let stem = Self.stem(name)

        // The date: the front matter's, else the file name's (Jekyll's and Zola's 2020-05-01-titel.md).
        let fileDate = Self.fileNameDate(stem.dated)
        var publishDate = fields.text("publishdate", "pubdate", "published_date")
        let written = fields.text("date") ?? publishDate.map { value in publishDate = nil; return value } ?? fileDate
        guard let dateText = written else {
            return .failure(ImportFailure(reason: "it has no date, in the front matter or the file name; add date: 2020-05-04 to it and import again"))
        }
        guard case .success(let date) = dates.parse(dateText) else {
            return .failure(ImportFailure(reason: "the date '\(dateText)' cannot be read; write it as 2020-05-04 (optionally with a time) and import again"))
        }

        let title = fields.text("title") ?? Self.title(fromName: stem.name)
        if fields.text("title") == nil { notes.append("has no title; it is made from the file name: \(title)") }
        var slug = fields.text("slug").map(Slug.make) ?? ""
        if slug.isEmpty { slug = Slug.make(stem.name) }
        if slug.isEmpty { slug = Slug.make(title) }
        guard !slug.isEmpty else { return .failure(ImportFailure(reason: "neither the file name nor the title gives an address (letters or digits)")) }

        var lines = ["---", "title: " + YAMLText.scalar(title), "date: " + YAMLText.scalar(dateText)]
        // Kind and regions: the source's when it has them (an earlier sitegen), else the command
        // line's; else the kind is left empty and the regions a placeholder, which the build reports.
        let kind = fields.text("kind") ?? defaults.kind
        lines.append("kind:" + (kind.map { " " + YAMLText.scalar($0) } ?? ""))
        let regions = SourceFields.strings(fields.take("regions", "region"))
        let regionList = regions.isEmpty ? defaults.regions : regions
        lines.append("regions: " + (regionList.isEmpty ? "[\(RegionPlaceholder.text)]" : YAMLText.list(regionList)))
        lines.append("tags: " + YAMLText.list(tags(&fields)))
        if let summary = fields.text("summary", "description", "excerpt") { lines.append("summary: " + YAMLText.scalar(summary)) }
        if let author = author(&fields) { lines.append("author: " + YAMLText.scalar(author)) }
        if let organisation = fields.text("organisation", "organization") { lines.append("organisation: " + YAMLText.scalar(organisation)) }
        for (key, sourceKeys) in [("updated", ["lastmod", "updated", "last_modified_at", "modified"]), ("expiry_date", ["expirydate", "expiry_date", "unpublishdate"])] {
            var value: String?
            for sourceKey in sourceKeys where value == nil { value = fields.text(sourceKey) }
            guard let value else { continue }
            if case .success = dates.parse(value) { lines.append("\(key): " + YAMLText.scalar(value)) } else {
                notes.append("its \(sourceKeys[0]) '\(value)' is not a date sitegen can read; left out")
            }
        }
        if let publishDate, case .success(let moment) = dates.parse(publishDate), moment > date {
            lines.append("publish_date: " + YAMLText.scalar(publishDate))
        }
        let draft = draftFolder || SourceFields.isTrue(fields.take("draft")) == true
            || SourceFields.isTrue(fields.take("published")) == false
        if draft { lines.append("draft: true") }
        let aliases = self.aliases(&fields, notes: &notes)
        if !aliases.isEmpty { lines.append("aliases: " + YAMLText.list(aliases)) }
        lines += ["---", ""]

        if read.split.body.contains("{{<") || read.split.body.contains("{{%") {
            notes.append("uses Hugo shortcodes ({{< … >}}), which sitegen shows as text")
        }
        if read.split.body.contains("{%") {
            notes.append("uses Liquid tags ({% … %}), which sitegen shows as text")
        }
        let body = read.split.body.hasPrefix("\n") ? String(read.split.body.dropFirst()) : read.split.body
        let year = String(format: "%04d", SwedishDateFormatter(timeZone: config.timeZone).components(date).year)
        return .success(ConvertedArticle(year: year, slug: slug, text: lines.joined(separator: "\n") + "\n" + body,
                                          draft: draft, leftOut: fields.leftOver, notes: notes))
    }

    /// Tags, categories and every taxonomy of Zola's `[taxonomies]`, as one list of tags, each
    /// once. Jekyll splits text at spaces (`tags: a b`); the others take text as one tag, or a
    /// list by commas as sitegen does.
    private func tags(_ fields: inout SourceFields) -> [String] {
        var nodes: [Node] = []
        for key in ["tags", "categories", "category"] { if let node = fields.take(key) { nodes.append(node) } }
        if case .mapping(let taxonomies)? = fields.take("taxonomies") {
            nodes += taxonomies.map(\.value)
        }
        var names: [String] = []
        for node in nodes {
            var values = SourceFields.strings(node)
            if case .scalar = node {
                values = values.flatMap { value in
                    source == .jekyll ? value.split(separator: " ").map(String.init) : value.split(separator: ",").map(String.init)
                }
            }
            for value in values.map({ $0.trimmingCharacters(in: .whitespaces) }) where !value.isEmpty {
                let slug = Slug.make(value)
                if !slug.isEmpty, !names.contains(where: { Slug.make($0) == slug }) { names.append(value) }
            }
        }
        return names
    }

    /// `author: Namn`, `author: {name: Namn}` or `authors: [A, B]`.
    private func author(_ fields: inout SourceFields) -> String? {
        if let node = fields.take("author") {
            if case .mapping(let mapping) = node {
                return mapping.first { $0.key.rawScalar?.lowercased() == "name" }.flatMap { SourceFields.scalar($0.value) }
            }
            let names = SourceFields.strings(node)
            if !names.isEmpty { return names.joined(separator: ", ") }
        }
        let names = SourceFields.strings(fields.take("authors"))
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// The article's old addresses, so links to them keep working: `aliases`, Hugo's `url`,
    /// Jekyll's `permalink` and `redirect_from`. One sitegen cannot use is noted, not written.
    private func aliases(_ fields: inout SourceFields, notes: inout [String]) -> [String] {
        var paths: [String] = []
        for key in ["aliases", "url", "permalink", "redirect_from"] {
            for raw in SourceFields.strings(fields.take(key)) {
                let path = raw.hasPrefix("/") ? raw : "/" + raw
                if AliasPath(path) != nil {
                    if !paths.contains(path) { paths.append(path) }
                } else {
                    notes.append("its old address '\(raw)' (\(key)) cannot be an alias in sitegen; left out")
                }
            }
        }
        return paths
    }

    /// A file name without its extension, and without a leading date.
    static func stem(_ name: String) -> (name: String, dated: String) {
        var stem = name
        if let dot = stem.lastIndex(of: "."), ImportSource.markdownExtensions.contains(stem[stem.index(after: dot)...].lowercased()) {
            stem = String(stem[..<dot])
        }
        if fileNameDate(stem) != nil { return (String(stem.dropFirst(11)), stem) }
        return (stem, stem)
    }

    /// `2020-05-01-titel` or `2020-05-01_titel` -> `2020-05-01`.
    static func fileNameDate(_ stem: String) -> String? {
        let bytes = Array(stem.utf8)
        guard bytes.count > 11, bytes[4] == 45, bytes[7] == 45, bytes[10] == 45 || bytes[10] == 95,
              (bytes[0..<4] + bytes[5..<7] + bytes[8..<10]).allSatisfy({ (48...57).contains($0) }) else { return nil }
        return String(stem.prefix(10))
    }

    /// `min-forsta_artikel` -> `Min forsta artikel`, as Jekyll titles a post without one.
    static func title(fromName name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
            .split(separator: " ").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
