import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen init DIR`: a new site that builds at once: site.yml, the default theme, an example
/// article, .gitignore and a GitHub Actions workflow.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site in DIR: site.yml, templates/, static/, an example article, .gitignore and a CI workflow.",
        discussion: """
        DIR must be missing or empty (a folder holding only .git counts as empty). The templates and \
        static files are the default theme, as this sitegen was built with it.
        Exit codes: 0 created, 1 DIR is not empty or cannot be written, 2 wrong usage.
        """
    )

    @Argument(help: ArgumentHelp("The folder of the new site.", valueName: "dir"))
    var directory: String

    func run() throws {
        let terminal = Terminal()
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), !isFolder.boolValue {
            terminal.report([.error("'\(directory)' is a file, not a folder", at: nil, hint: "give the name of a new folder, e.g. sitegen init nyheter")])
            throw ExitCode.contentErrors
        }
        guard NewSite.isEmptyEnough(root) else {
            terminal.report([.error("'\(directory)' is not empty; sitegen init writes only into a new or empty folder", at: nil,
                                    hint: "give the name of a new folder, e.g. sitegen init nyheter")])
            throw ExitCode.contentErrors
        }
        let files = NewSite.files(today: Date())
        for (path, data) in files {
            switch NewFile.write(data, to: root.appendingPathComponent(path)) {
            case .success: continue
            case .failure(.exists):
                terminal.report([.error("\(path) already exists in '\(directory)'; it is left as it is", at: nil)])
                throw ExitCode.contentErrors
            case .failure(.cannotWrite(let reason)):
                terminal.report([.error("\(path) cannot be written in '\(directory)': \(reason)", at: nil)])
                throw ExitCode.contentErrors
            }
        }
        let shown = Terminal.display(root)
        terminal.line("""
            Created a new site in \(shown)/ (\(files.count) files).
            Next:
              cd \(shown)
              sitegen build                       # builds it into site/
              sitegen new projekt "Rubriken"      # a new article
            Edit site.yml first: title, base_url and the regions. The CI workflow is in .github/workflows/sitegen.yml.
            """)
    }
}
