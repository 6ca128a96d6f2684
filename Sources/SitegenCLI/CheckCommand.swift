import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen check`: everything `sitegen build` checks, and nothing written: site.yml, templates,
/// front matter, addresses, and in every article body the links, anchors and images, with the
/// accessibility warnings. `--external` also visits the web addresses the articles link to.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site as a build would, without writing anything.",
        discussion: """
        Links to other articles (../2020/rapport.md) and to addresses in the site (/regioner/kronoberg/) \
        must lead to a page or file the site has, and #anchors to a heading on it; images must exist. \
        Images without alt text, skipped heading levels, link texts such as "klicka här" and \
        articles without a summary are warnings.
        Exit codes: 0 no errors (warnings are listed), 1 errors (listed with file:line:column), 2 wrong usage.
        """
    )

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Count warnings as errors (exit code 1), for CI.")
    var strict = false

    @Flag(name: .long, help: "Also visit the http(s) addresses the articles link to (8 at a time, 10 s each); answers of 400 and above are warnings.")
    var external = false

    func run() async throws {
        let terminal = Terminal()
        let result = await Build(options: site.buildOptions(strict: strict)).check(external: external ? ExternalLinkChecker() : nil)
        terminal.report(result.diagnostics)
        let errors = result.diagnostics.errors.count, warnings = result.diagnostics.warnings.count
        var checked = "Checked \(result.articles) article\(result.articles == 1 ? "" : "s")"
        if external { checked += " and \(result.externalLinks) web address\(result.externalLinks == 1 ? "" : "es")" }
        var found: [String] = []
        if errors > 0 { found.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { found.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        let strictNote = strict && errors > 0 ? " (--strict: warnings count as errors)" : ""
        terminal.line(checked + ": " + (found.isEmpty ? "no problems." : found.joined(separator: ", ") + strictNote + "."))
        if errors > 0 { throw ExitCode.contentErrors }
    }
}
