import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen markdown`: Markdown on standard input, the article body HTML on standard output,
/// exactly as `sitegen build` renders it. For debugging and conformance checks.
struct MarkdownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markdown",
        abstract: "Render Markdown from standard input as an article body, to standard output."
    )

    @Flag(name: .customLong("no-raw-html"), help: "Leave raw HTML out, as with raw_html: false.")
    var noRawHTML = false

    @Flag(name: .customLong("no-smart"), help: "No typographic quotes and dashes, as with smart_punctuation: false.")
    var noSmart = false

    func run() throws {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let text: String
        switch SourceText.decode(input, relativePath: "<stdin>") {
        case .success(let source): text = source.text
        case .failure(let problem):
            Terminal().report([problem])
            throw ExitCode.contentErrors
        }
        let renderer = MarkdownRenderer(options: MarkdownOptions(rawHTML: !noRawHTML, smartPunctuation: !noSmart))
        FileHandle.standardOutput.write(Data(renderer.render(text).html.utf8))
    }
}
