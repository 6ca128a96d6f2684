import ArgumentParser
import Foundation
import SitegenCore

/// Which site, and which of its articles, `check` and `report` look at: the same options as
/// `build`, so a check sees exactly the articles a build with the same options publishes.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var source: String = "."

    @Flag(name: .long, help: "Include articles marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Include articles whose publish_date is still to come.")
    var future = false

    @Option(name: .long, help: ArgumentHelp("Check as if it were this moment (YYYY-MM-DD or ISO 8601; without a zone, Swedish time).", valueName: "date"))
    var now: String?

    func validate() throws {
        if let now, case .failure = BuildCommand.dateParser.parse(now) {
            throw ValidationError("--now must be a date such as 2021-05-05 or 2021-05-05T09:00:00+02:00")
        }
    }

    /// Build options for a run that writes no site: the output folder is never used.
    func buildOptions(strict: Bool = false) -> BuildOptions {
        let sourceURL = URL(fileURLWithPath: source).standardizedFileURL
        var options = BuildOptions(source: sourceURL, output: sourceURL.appendingPathComponent("site"), includeDrafts: drafts)
        options.includeFuture = future
        options.strict = strict
        if let now, case .success(let date) = BuildCommand.dateParser.parse(now) { options.now = date }
        return options
    }
}
