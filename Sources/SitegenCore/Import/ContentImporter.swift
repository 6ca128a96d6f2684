import Foundation

/// `sitegen import`: converts a Hugo, Jekyll or Zola content folder into articles in the site's
/// `content/`. Never overwrites; every file found is imported or listed with the reason.
public struct ContentImporter {
    public let source: ImportSource
    /// The folder given: a site (its content folders are found) or a content folder.
    public let folder: URL
    public let siteRoot: URL
    public let config: SiteConfig
    public let defaults: ImportDefaults

    public init(source: ImportSource, folder: URL, siteRoot: URL, config: SiteConfig, defaults: ImportDefaults) {
        self.source = source
        self.folder = folder.standardizedFileURL
        self.siteRoot = siteRoot.standardizedFileURL
        self.config = config
        self.defaults = defaults
    }

    /// `--kind` and `--region` checked against site.yml, with the build's messages, and written
    /// as site.yml names them.
    public static func defaults(kind: String?, regions: [String], config: SiteConfig) -> Result<ImportDefaults, Diagnostic> {
        let vocabulary = Vocabulary(config)
        var resolvedKind: String?
        if let kind {
            guard let found = vocabulary.kind(kind) else {
                let keys = config.kinds.map(\.key).joined(separator: ", ")
                let hint = vocabulary.suggestKind(for: kind).map { "did you mean '\($0)'? The kinds are: \(keys)" } ?? "the kinds are: \(keys)"
                return .failure(.error("'\(kind)' is not a kind of article in site.yml", at: nil, hint: hint))
            }
            resolvedKind = found.key
        }
        var names: [String] = []
        for name in regions {
            guard let region = vocabulary.region(name) else {
                let hint = vocabulary.suggestRegion(for: name).map { "did you mean '\($0)'?" } ?? "use a region's name or alias from site.yml"
                return .failure(.error("the region '\(name)' is not in site.yml", at: nil, hint: hint))
            }
            if !names.contains(region.name) { names.append(region.name) }
        }
        return .success(ImportDefaults(regions: names, kind: resolvedKind))
    }

    public func run() -> ImportReport {
        var report = ImportReport()
        report.folders = source.contentFolders(in: folder).map { relative($0.url).isEmpty ? "." : relative($0.url) }
        let converter = ArticleConverter(source: source, config: config, defaults: defaults)
        /// Addresses taken in this run, by the source that took them.
        var claimed: [String: String] = [:]
        for item in ImportWalker(source: source, root: folder).walk() {
            switch item.kind {
            case .skipped(let reason):
                report.skipped.append(.init(path: item.path, reason: reason, isFailure: false))
            case .article(let bundle, let draftFolder):
                importArticle(item, bundle: bundle, draftFolder: draftFolder, converter: converter, claimed: &claimed, into: &report)
            }
        }
        return report
    }

    private func relative(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return path == folder.path ? "" : path.hasPrefix(folder.path + "/") ? String(path.dropFirst(folder.path.count + 1)) : path
    }

    private func importArticle(_ item: ImportItem, bundle: [(relativePath: String, file: URL)]?, draftFolder: Bool,
                               converter: ArticleConverter, claimed: inout [String: String], into report: inout ImportReport) {
        func fail(_ reason: String) {
            report.skipped.append(.init(path: item.path, reason: reason, isFailure: true))
        }
        let text: SourceText
        switch SourceText.read(file: item.file, relativePath: item.path) {
        case .success(let read): text = read
        case .failure(let problem):
            fail(problem.message)
            return
        }
        let name = bundle == nil ? item.file.lastPathComponent : item.file.deletingLastPathComponent().lastPathComponent
        let article: ConvertedArticle
        switch converter.convert(text, name: name, draftFolder: draftFolder) {
        case .success(let converted): article = converted
        case .failure(let failure):
            fail(failure.reason)
            return
        }
        let single = "content/\(article.year)/\(article.slug).md"
        let folder = "content/\(article.year)/\(article.slug)"
        let destination = bundle == nil ? single : folder + "/index.md"
        if let other = claimed[folder] {
            fail("it would have the same address as \(other), imported just before it; give one of them another slug")
            return
        }
        for existing in [single, folder] where FileManager.default.fileExists(atPath: siteRoot.appendingPathComponent(existing).path) {
            fail("\(existing) already exists in the site; it is left as it is")
            return
        }
        claimed[folder] = item.path
        // The bundle's files first, the article last: an article is never there without its files.
        for file in bundle ?? [] {
            guard let data = try? Data(contentsOf: file.file) else {
                fail("its file \(file.relativePath) cannot be read, so the page bundle was not imported")
                return
            }
            if case .failure(let problem) = NewFile.write(data, to: siteRoot.appendingPathComponent(folder + "/" + file.relativePath)) {
                fail("its file \(file.relativePath) cannot be written: \(problem)")
                return
            }
        }
        if case .failure(let problem) = NewFile.write(Data(article.text.utf8), to: siteRoot.appendingPathComponent(destination)) {
            fail("\(destination) cannot be written: \(problem)")
            return
        }
        report.imported.append(.init(from: item.path, to: destination, isBundle: bundle != nil, isDraft: article.draft, files: bundle?.count ?? 0))
        report.leaveOut(article.leftOut)
        report.notes += article.notes.map { (item.path, $0) }
    }
}
