import Foundation

/// The file `sitegen new` makes: where it goes and what it says, before anything is written.
public struct NewArticle: Sendable, Equatable {
    /// Relative to the site folder: `content/2025/industridagen.md` or `.../industridagen/index.md`.
    public var relativePath: String
    public var text: String

    public enum Problem: Error, Sendable, Equatable {
        /// The kind is not in site.yml: the message and hint to show.
        case unknownKind(message: String, hint: String)
        /// The title gives no letters or digits for the file name.
        case noSlug(message: String, hint: String)
    }

    /// Plans the article `title` of `kind` dated `date` (today, in the site's zone, unless given).
    public static func plan(kind name: String, title: String, bundle: Bool, date: Date, dateText: String? = nil,
                            config: SiteConfig) -> Result<NewArticle, Problem> {
        let vocabulary = Vocabulary(config)
        guard let kind = vocabulary.kind(name) else {
            let keys = config.kinds.map(\.key).joined(separator: ", ")
            let hint = vocabulary.suggestKind(for: name).map { "did you mean '\($0)'? The kinds are: \(keys)" } ?? "the kinds are: \(keys)"
            return .failure(.unknownKind(message: "'\(name)' is not a kind of article in site.yml", hint: hint))
        }
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Slug.make(trimmed)
        guard !slug.isEmpty else {
            return .failure(.noSlug(message: "the title '\(title)' has no letters or digits to name the file by",
                                    hint: "give the article a title in words, e.g. sitegen new \(kind.key) \"Industridagen i Skellefteå\""))
        }
        let day = SwedishDateFormatter(timeZone: config.timeZone).components(date)
        let year = String(format: "%04d", day.year)
        let folder = "content/\(year)/"
        let path = bundle ? folder + slug + "/index.md" : folder + slug + ".md"
        let written = dateText ?? String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
        return .success(NewArticle(relativePath: path, text: frontMatter(title: trimmed, date: written, kind: kind, config: config)))
    }

    /// The other file the same title would make (the bundle of a single file, or the reverse):
    /// both would have the same address, so either existing stops `new`.
    public var twin: String {
        if relativePath.hasSuffix("/index.md") { return String(relativePath.dropLast("/index.md".count)) + ".md" }
        return String(relativePath.dropLast(".md".count)) + "/index.md"
    }

    static func frontMatter(title: String, date: String, kind: Kind, config: SiteConfig) -> String {
        let examples = config.regions.prefix(2).map(\.name)
        let regionExample = examples.isEmpty ? "" : ", t.ex. " + YAMLText.list([examples[0]])
            + (examples.count > 1 ? " eller " + YAMLText.list(examples) : "")
        var lines = [
            "---",
            "title: " + YAMLText.scalar(title),
            "date: " + date,
            "kind: " + YAMLText.scalar(kind.key),
            "regions: [\(RegionPlaceholder.text)]  # en eller flera regioner ur site.yml\(regionExample)",
            "tags: []  # t.ex. [Export, Kompetensförsörjning]",
        ]
        switch kind.schema {
        case .event:
            lines += [
                "event:  # mötet artikeln handlar om; ta bort de tre raderna om det inte finns något",
                "  start:  # när det började, t.ex. \(date) 09:00",
                "  place:  # var, t.ex. en ort eller en lokal",
            ]
        case .report:
            lines += [
                "attachments:  # rapporten att ladda ner; ta bort de tre raderna om det inte finns någon fil",
                "  - file:  # en fil i artikelns mapp (sitegen new --bundle), en fil i static/ (/filer/x.pdf) eller en https-adress",
                "    title:  # rapportens namn",
            ]
        case .specialAnnouncement:
            lines += ["expiry_date:  # när stödet upphör, t.ex. \(date); tomt om det inte är bestämt"]
        case .newsArticle:
            break
        }
        lines += ["---", "", "<!-- Skriv artikeln här. Första stycket blir sammanfattningen om du inte skriver summary: ovan. -->", ""]
        return lines.joined(separator: "\n")
    }
}
