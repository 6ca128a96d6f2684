import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen new KIND "Rubrik"`: makes the article file with its front matter filled in and prints
/// its path, so `$EDITOR "$(sitegen new projekt "Rubrik")"` opens it.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new article: content/<year>/<slug>.md with its front matter filled in.",
        discussion: """
        The kind is one of site.yml's kinds (key, name or alias). The date is today in the site's \
        time zone; the regions say \(RegionPlaceholder.text), which the build reports until you \
        write the article's regions. An existing file is never overwritten.
        Exit codes: 0 created, 1 the file exists or site.yml has problems, 2 wrong usage (an unknown kind).
        """
    )

    @Argument(help: ArgumentHelp("The kind of article, as in site.yml (e.g. projekt, intervju).", valueName: "kind"))
    var kind: String

    @Argument(help: ArgumentHelp("The headline; the file is named after it.", valueName: "title"))
    var title: String

    @Flag(name: .long, help: "Make a page bundle: content/<year>/<slug>/index.md, with room for pictures and files.")
    var bundle = false

    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The article's date instead of today (YYYY-MM-DD, optionally with a time).", valueName: "date"))
    var date: String?

    func run() throws {
        let terminal = Terminal()
        let siteRoot = URL(fileURLWithPath: source).standardizedFileURL
        let (loaded, problems) = SiteConfigFile.load(siteRoot: siteRoot)
        guard let config = loaded else {
            terminal.report(problems)
            throw ExitCode.contentErrors
        }
        var moment = Date()
        if let date {
            guard case .success(let parsed) = DateParser(timeZone: config.timeZone).parse(date) else {
                terminal.report([.error("--date must be a date such as 2025-06-12 or 2025-06-12 09:30, not '\(date)'", at: nil)])
                throw ExitCode.usage
            }
            moment = parsed
        }
        switch NewArticle.plan(kind: kind, title: title, bundle: bundle, date: moment, dateText: date, config: config) {
        case .failure(.unknownKind(let message, let hint)), .failure(.noSlug(let message, let hint)):
            terminal.report([.error(message, at: nil, hint: hint)])
            throw ExitCode.usage
        case .success(let article):
            for existing in [article.relativePath, article.twin]
            where FileManager.default.fileExists(atPath: siteRoot.appendingPathComponent(existing).path) {
                terminal.report([.error("\(existing) already exists; it is left as it is", at: nil,
                                        hint: "open it to go on writing, or give the new article another title")])
                throw ExitCode.contentErrors
            }
            let url = siteRoot.appendingPathComponent(article.relativePath)
            switch NewFile.write(Data(article.text.utf8), to: url) {
            case .success:
                print(Terminal.display(url))
            case .failure(.exists):
                terminal.report([.error("\(article.relativePath) already exists; it is left as it is", at: nil)])
                throw ExitCode.contentErrors
            case .failure(.cannotWrite(let reason)):
                terminal.report([.error("\(article.relativePath) cannot be written: \(reason)", at: nil)])
                throw ExitCode.contentErrors
            }
        }
    }
}
