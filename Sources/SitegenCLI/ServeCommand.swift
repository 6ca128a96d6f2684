import ArgumentParser
import Foundation
import SitegenCore
import SitegenPreview

/// `sitegen serve`: builds a preview with drafts and scheduled articles, serves it on
/// 127.0.0.1, and builds again whenever a source changes, reloading the open tabs.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser while you write; pages reload when a file is saved.",
        discussion: """
        The preview is built into .sitegen/preview/site/ in the site folder, with drafts and \
        articles scheduled for later (each with a banner saying so); site/ is not touched. \
        Build errors are printed here and shown over the page in the browser; the last good \
        preview stays until they are fixed. Stop with Ctrl-C.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The port on 127.0.0.1 (a free one is chosen when it is taken; 0: any).", valueName: "port"))
    var port: Int = 8080

    @Option(name: .long, help: ArgumentHelp("Where the preview is written (default: .sitegen/preview/site/ in the site folder).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Preview as if it were this moment (YYYY-MM-DD or ISO 8601; without a zone, Swedish time).", valueName: "date"))
    var now: String?

    @Option(name: .long, help: ArgumentHelp("Parallel workers for rendering (default: one per core).", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let now, case .failure = BuildCommand.dateParser.parse(now) {
            throw ValidationError("--now must be a date such as 2021-05-05 or 2021-05-05T09:00:00+02:00")
        }
    }

    func run() async throws {
        let terminal = Terminal()
        let sourceURL = URL(fileURLWithPath: source).standardizedFileURL
        // Not a site folder: nothing to preview or watch (a site with errors is served).
        guard FileManager.default.fileExists(atPath: sourceURL.appendingPathComponent("site.yml").path) else {
            terminal.report([.error("there is no site.yml in \(sourceURL.path)", at: nil,
                                    hint: "run sitegen serve in the site's folder, or give it with --source")])
            throw ExitCode.contentErrors
        }
        let outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? sourceURL.appendingPathComponent(".sitegen/preview/site")
        var options = BuildOptions(source: sourceURL, output: outputURL, includeDrafts: true, includeFuture: true,
                                   cacheFolder: BuildOptions.defaultCacheFolder(source: sourceURL))
        options.preview = true
        options.session = BuildSession()
        if let jobs { options.workers = jobs }
        var fixedNow: Date?
        if let now, case .success(let date) = BuildCommand.dateParser.parse(now) { fixedNow = date }

        let events = PreviewEvents()
        let builder = PreviewBuilder(options: options, events: events, fixedNow: fixedNow)
        let baseline = SourceSnapshot.take(of: sourceURL)
        report(await builder.build(), terminal: terminal, output: outputURL)

        let folder = PreviewFolder(root: outputURL, basePath: PreviewBuilder.basePath(source: sourceURL, baseURL: nil))
        let server = PreviewServer(responder: PreviewResponder(folder: folder), events: events)
        let running = try await listen(server, terminal: terminal)
        terminal.line("Preview: http://127.0.0.1:\(running.port)\(folder.basePath.isEmpty ? "/" : "/" + folder.basePath.joined(separator: "/") + "/") (watching content/, templates/, static/ and site.yml; Ctrl-C stops)")

        let keepAlive = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                await events.keepAlive()
            }
        }
        defer { keepAlive.cancel() }
        for await changed in SourceWatcher(source: sourceURL).changes(from: baseline) {
            let shown = changed.count == 1 ? changed[0] : "\(changed[0]) and \(changed.count - 1) more"
            terminal.line("Changed: \(shown)")
            var quick: [String: UInt64] = [:]
            if case (.written(let pages), let duration) = await builder.quick(changed) {
                quick = pages
                let page = pages.count == 1 ? pages.keys.first! : "\(pages.count) pages"
                terminal.line("Updated \(page) in \(Self.milliseconds(duration)) ms; building the rest")
            }
            report(await builder.build(after: quick), terminal: terminal, output: outputURL)
        }
        await running.stop()
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    /// The port asked for, else any free one, saying so.
    private func listen(_ server: PreviewServer, terminal: Terminal) async throws -> RunningPreviewServer {
        do {
            return try await server.start(port: UInt16(port))
        } catch {
            guard port != 0 else { throw cannotServe(error, terminal) }
            do {
                let running = try await server.start(port: 0)
                terminal.line("Port \(port) is taken; using \(running.port) instead.")
                return running
            } catch {
                throw cannotServe(error, terminal)
            }
        }
    }

    private func cannotServe(_ error: PreviewServerError, _ terminal: Terminal) -> ExitCode {
        if case .cannotListen(let port, let reason) = error {
            terminal.line("error: cannot listen on 127.0.0.1:\(port): \(reason)")
        }
        return ExitCode.contentErrors
    }

    private func report(_ outcome: PreviewBuilder.Outcome, terminal: Terminal, output: URL) {
        switch outcome {
        case .built(let report, let duration):
            terminal.report(report.warnings)
            let warnings = report.warnings.isEmpty ? "" : ", \(report.warnings.count) warning\(report.warnings.count == 1 ? "" : "s")"
            terminal.line("Built \(report.articles) articles, \(report.pages) pages in \(BuildCommand.seconds(duration)) s\(warnings) -> \(Terminal.display(output))/")
        case .failed(let failure, let duration):
            terminal.report(failure.diagnostics)
            let errors = failure.diagnostics.errors.count
            terminal.line("Build failed after \(BuildCommand.seconds(duration)) s: \(errors) error\(errors == 1 ? "" : "s"). The preview shows the last good build; fix and save to try again.")
        }
    }
}
