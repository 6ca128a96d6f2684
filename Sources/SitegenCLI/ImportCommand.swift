import ArgumentParser
import Foundation
import SitegenCore

extension ImportSource: ExpressibleByArgument {}

/// `sitegen import hugo|jekyll|zola SRC`: converts another generator's articles into this site's
/// `content/` and prints what became of every file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert Hugo, Jekyll or Zola articles into sitegen articles in this site's content/.",
        discussion: """
        SRC is the other site's folder or its content folder. YAML, TOML and JSON front matter are \
        read; tags, categories and taxonomies become tags; dates come from the front matter or the \
        file name. Existing files are never overwritten. Every file is imported or listed with the reason.
        Exit codes: 0 imported (files that are not articles are listed), 1 an article could not be \
        imported or site.yml has problems, 2 wrong usage (an unknown kind or region).
        """
    )

    @Argument(help: ArgumentHelp("The generator the articles come from: hugo, jekyll or zola.", valueName: "generator"))
    var generator: ImportSource

    @Argument(help: ArgumentHelp("The folder to import: the other site, or its content folder.", valueName: "src"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("The site folder to import into.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("A region for articles that name none (repeat for more).", valueName: "region"))
    var region: [String] = []

    @Option(name: .long, help: ArgumentHelp("The kind for articles that name none.", valueName: "kind"))
    var kind: String?

    func run() throws {
        let terminal = Terminal()
        let siteRoot = URL(fileURLWithPath: source).standardizedFileURL
        let folder = URL(fileURLWithPath: from).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            terminal.report([.error("there is no folder '\(from)' to import", at: nil, hint: "give the \(generator.name) site's folder or its content folder")])
            throw ExitCode.usage
        }
        let (loaded, problems) = SiteConfigFile.load(siteRoot: siteRoot)
        guard let config = loaded else {
            terminal.report(problems)
            throw ExitCode.contentErrors
        }
        let defaults: ImportDefaults
        switch ContentImporter.defaults(kind: kind, regions: region, config: config) {
        case .success(let value): defaults = value
        case .failure(let problem):
            terminal.report([problem])
            throw ExitCode.usage
        }
        let report = ContentImporter(source: generator, folder: folder, siteRoot: siteRoot, config: config, defaults: defaults).run()
        print(Self.text(report, from: Terminal.display(folder), generator: generator, defaults: defaults), terminator: "")
        if report.failures > 0 { throw ExitCode.contentErrors }
    }

    static func text(_ report: ImportReport, from: String, generator: ImportSource, defaults: ImportDefaults) -> String {
        func plural(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
        var lines: [String] = []
        let bundles = report.imported.filter(\.isBundle).count
        let drafts = report.imported.filter(\.isDraft).count
        var extra: [String] = []
        if bundles > 0 { extra.append(plural(bundles, "page bundle", "page bundles")) }
        if drafts > 0 { extra.append(plural(drafts, "draft", "drafts")) }
        let folders = report.folders.map { $0 == "." ? from : from + "/" + $0 }.joined(separator: ", ")
        lines.append("Imported \(plural(report.imported.count, "article", "articles")) from \(generator.name) (\(folders)) into content/"
                     + (extra.isEmpty ? "" : " (\(extra.joined(separator: ", ")))") + (report.imported.isEmpty ? "." : ":"))
        for item in report.imported {
            let files = item.files > 0 ? " (and \(plural(item.files, "file", "files")))" : ""
            lines.append("  \(item.to)\(files)  <- \(item.from)")
        }
        if !report.skipped.isEmpty {
            lines.append("Skipped \(plural(report.skipped.count, "file", "files")):")
            for item in report.skipped {
                lines.append("  \(item.path): \(item.isFailure ? "not imported: " : "")\(item.reason)")
            }
        }
        if !report.leftOut.isEmpty {
            lines.append("Fields sitegen has no use for, left out: "
                         + report.leftOut.map { "\($0.field) (\(plural($0.files, "file", "files")))" }.joined(separator: ", "))
        }
        if !report.notes.isEmpty {
            lines.append("Notes:")
            lines += report.notes.map { "  \($0.path): \($0.note)" }
        }
        if !report.imported.isEmpty, defaults.kind == nil || defaults.regions.isEmpty {
            let missing = [defaults.kind == nil ? "kind" : nil, defaults.regions.isEmpty ? "regions" : nil].compactMap { $0 }
            lines.append("Articles that named no \(missing.joined(separator: " or ")) have it left to fill in: sitegen build lists them"
                         + " (or import again with \(missing.map { $0 == "kind" ? "--kind" : "--region" }.joined(separator: " and ")))." )
        }
        if report.failures > 0 {
            lines.append("\(plural(report.failures, "article was", "articles were")) not imported: fix \(report.failures == 1 ? "it" : "them") and import again (files already imported are left as they are).")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
