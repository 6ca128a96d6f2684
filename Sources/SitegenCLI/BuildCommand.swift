import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen build`: builds the site into the output folder, or reports every problem.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from site.yml, content/, templates/ and static/.",
        discussion: """
        The site is built in a staging folder and replaces the output folder only when the \
        build succeeds: a build with errors leaves the previous site as it was.
        Exit codes: 0 built, 1 problems in the content (listed with file:line:column), 2 wrong usage.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Where the site is written (default: site/ in the site folder).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Include articles marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Include articles whose publish_date is still to come.")
    var future = false

    @Option(name: .long, help: ArgumentHelp("Build as if it were this moment (YYYY-MM-DD or ISO 8601; without a zone, Swedish time).", valueName: "date"))
    var now: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Use this base URL instead of site.yml's.", valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("Parallel workers for rendering (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Count warnings as errors: the build stops before writing (for CI).")
    var strict = false
    @Option(name: .customLong("cache-dir"), help: ArgumentHelp("Keep the build cache here (default: .sitegen/cache/ in the site folder).", valueName: "dir"))
    var cacheDir: String?

    @Flag(name: .customLong("no-cache"), help: "Read and render every article, without the build cache.")
    var noCache = false

    @Flag(name: .long, help: "Print only errors.")
    var quiet = false

    @Flag(name: .long, help: "Print the phases and counts.")
    var verbose = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let now, case .failure = Self.dateParser.parse(now) {
            throw ValidationError("--now must be a date such as 2021-05-05 or 2021-05-05T09:00:00+02:00")
        }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
        if noCache && cacheDir != nil { throw ValidationError("--no-cache and --cache-dir cannot be used together") }
        if let baseURL, URL(string: baseURL)?.scheme == nil || URL(string: baseURL)?.host == nil {
            throw ValidationError("--base-url must be an absolute address such as https://example.org/")
        }
        if case .failure(let problem) = Self.sourceDate(ProcessInfo.processInfo.environment) {
            throw ValidationError(problem.message)
        }
    }

    /// `SOURCE_DATE_EPOCH` (reproducible-builds.org): whole seconds since 1970-01-01 UTC. When
    /// set, it is the feeds' `updated` time; a value that is not a number is a usage error, as
    /// the specification asks, rather than silently ignored.
    static func sourceDate(_ environment: [String: String]) -> Result<Date?, SourceDateError> {
        guard let value = environment["SOURCE_DATE_EPOCH"] else { return .success(nil) }
        guard let seconds = Int64(value), seconds >= 0 else {
            return .failure(SourceDateError(message: "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not '\(value)'"))
        }
        return .success(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    struct SourceDateError: Error {
        var message: String
    }

    func run() async throws {
        let terminal = Terminal()
        let sourceURL = URL(fileURLWithPath: source).standardizedFileURL
        let outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? sourceURL.appendingPathComponent("site")
        var options = BuildOptions(source: sourceURL, output: outputURL, includeDrafts: drafts, baseURL: baseURL)
        if let jobs { options.workers = jobs }
        options.includeFuture = future
        options.strict = strict
        // The process exits after this one build: its values are left to the exit to free.
        options.freesMemory = false
        options.reportsChangedFiles = false
        if !noCache {
            options.cacheFolder = cacheDir.map { URL(fileURLWithPath: $0).standardizedFileURL }
                ?? BuildOptions.defaultCacheFolder(source: sourceURL)
        }
        if let now, case .success(let date) = Self.dateParser.parse(now) { options.now = date }
        if case .success(let date) = Self.sourceDate(ProcessInfo.processInfo.environment) { options.sourceDate = date }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let report = try await Build(options: options).run()
            if !quiet { terminal.report(report.warnings) }
            let seconds = Self.seconds(clock.now - start)
            if !quiet {
                var drafts = report.drafts > 0 ? ", \(report.drafts) draft\(report.drafts == 1 ? "" : "s") left out" : ""
                if report.scheduled > 0 { drafts += ", \(report.scheduled) scheduled for later" }
                if report.expired > 0 { drafts += ", \(report.expired) expired" }
                let warnings = report.warnings.isEmpty ? "" : ", \(report.warnings.count) warning\(report.warnings.count == 1 ? "" : "s")"
                terminal.line("Built \(report.articles) articles, \(report.pages) pages, \(report.files) files in \(seconds) s\(drafts)\(warnings) -> \(display(outputURL))")
            }
            if !quiet, !report.damagedCacheFiles.isEmpty {
                terminal.line("The build cache was damaged (\(report.damagedCacheFiles.map { Terminal.display(URL(fileURLWithPath: $0)) }.joined(separator: ", "))): "
                              + "it was removed, and the site built again with those articles read from their files.")
            }
            if !quiet, let change = report.nextChange {
                let what = change.reason == .publish ? "is published" : "expires"
                let when = SwedishDateFormatter(timeZone: Self.swedishTime).iso(change.date)
                terminal.line("Next scheduled change: \(when), when \(change.sourcePath) \(what) (.sitegen/next-change.json)")
            }
            if verbose {
                if options.cacheFolder != nil {
                    terminal.line("  \(report.cachedArticles) article files unchanged, taken from the build cache (\(report.unreadArticles) not read: unchanged by their stamps)")
                    terminal.line("  \(report.keptFiles) of \(report.files) files made from unchanged inputs, kept as published")
                }
                for (number, phase) in report.phases.enumerated() {
                    let peak = number < report.peakMemory.count ? "   peak \(report.peakMemory[number] / 1_000_000) MB" : ""
                    let processor = number < report.processorTime.count ? "   cpu \(Self.seconds(report.processorTime[number])) s" : ""
                    terminal.line("  \(phase.name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(Self.seconds(phase.duration)) s\(processor)\(peak)")
                }
            }
        } catch {
            terminal.report(error.diagnostics)
            let errors = error.diagnostics.errors.count
            let strictNote = strict ? " (--strict: warnings count as errors)" : ""
            terminal.line("Build failed: \(errors) error\(errors == 1 ? "" : "s")\(strictNote). Nothing was written; \(display(outputURL)) is unchanged.")
            throw ExitCode.contentErrors
        }
    }

    static let swedishTime = TimeZone(identifier: "Europe/Stockholm")!
    static let dateParser = DateParser(timeZone: swedishTime)

    static func seconds(_ duration: Duration) -> String {
        let parts = duration.components
        return String(format: "%.2f", Double(parts.seconds) + Double(parts.attoseconds) / 1e18)
    }

    private func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        return url.path.hasPrefix(cwd + "/") ? String(url.path.dropFirst(cwd.count + 1)) + "/" : url.path + "/"
    }
}
