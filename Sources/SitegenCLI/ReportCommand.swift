import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen report`: the editorial report of a fresh check run, as plain text on standard
/// output: articles per region, kind and tag by year, articles without an image or alt text,
/// tags used once, articles about to expire, broken links.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the editorial report (in Swedish) from a fresh check of the site.",
        discussion: """
        The same report every build writes to .sitegen/report.json and /_rapport/ in the site. \
        Broken links are part of the report, not a failure of the command.
        Exit codes: 0 printed, 1 the site cannot be loaded (the problems are listed), 2 wrong usage.
        """
    )

    @OptionGroup var site: SiteOptions

    func run() async throws {
        let result = await Build(options: site.buildOptions()).check()
        guard let report = result.report else {
            let terminal = Terminal()
            terminal.report(result.diagnostics)
            terminal.line("No report: the site cannot be loaded (\(result.diagnostics.errors.count) errors).")
            throw ExitCode.contentErrors
        }
        print(report.text(), terminator: "")
    }
}
