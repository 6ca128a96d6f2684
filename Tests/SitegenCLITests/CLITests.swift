import Foundation
import Testing

/// `sitegen` run as a process, the way a writer or CI runs it: exit codes, what reaches
/// standard error, and that standard output stays clean for pipes.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `sitegen` binary that `swift test` built next to the test bundle.
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !folder.path.hasSuffix(".build"), folder.path != "/" {
            let candidate = folder.appendingPathComponent("sitegen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/sitegen")
    }

    /// On Linux the executable allocates with mimalloc (see Sources/sitegen/main.swift): the
    /// linker must not have left it out.
    @Test func theExecutableAllocatesWithMimalloc() throws {
        #if os(Linux) && !SYSTEM_MALLOC
        let run = try Self.run(["--version"], environment: ["MIMALLOC_VERBOSE": "1"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("mimalloc: process init"), "\(run.stderr)")
        #endif
    }

    static func run(_ arguments: [String], stdin: String = "", in folder: URL? = nil,
                    environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["SOURCE_DATE_EPOCH"] = nil
        environment.merge(extra) { $1 }
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Both pipes at once: a child that fills stderr (64 KB) while stdout is read waits for
        // ever. An AddressSanitizer leak report of 90 KB hung the import tests that way.
        let err = ReadAll(errors.fileHandleForReading)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                   stderr: String(decoding: err.data, as: UTF8.self))
    }

    /// A file handle read to its end on another thread; `data` waits for the end.
    final class ReadAll: @unchecked Sendable {
        private let done = DispatchGroup()
        private var bytes = Data()

        init(_ handle: FileHandle) {
            DispatchQueue.global().async(group: done) { self.bytes = handle.readDataToEndOfFile() }
        }

        var data: Data {
            done.wait()
            return bytes
        }
    }

    /// A copy of the package's sample site in a temporary folder.
    static func sampleSite() throws -> URL {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("sitegen-cli-\(UUID().uuidString)")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["site.yml", "content", "templates", "static"] {
            try fm.copyItem(at: packageRoot.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        return root
    }

    @Test func buildsTheSampleSite() throws {
        let root = try Self.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.run(["build", "--source", root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Built 13 articles"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/index.html").path))
    }

    @Test func contentErrorsExitWithOneAndKeepTheSite() throws {
        let root = try Self.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.run(["build", "--source", root.path]).status == 0)
        let home = try Data(contentsOf: root.appendingPathComponent("site/index.html"))
        try "---\ntitle: Trasig\ndate: 2020-01-01\nkind: projekt\nregions: [Kronobergg]\n---\n"
            .write(to: root.appendingPathComponent("content/trasig.md"), atomically: true, encoding: .utf8)

        let result = try Self.run(["build", "--source", root.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/trasig.md:5:11: error: the region 'Kronobergg' is not in site.yml"))
        #expect(result.stderr.contains("hint: did you mean 'Kronoberg'?"))
        #expect(result.stderr.contains("    5 | regions: [Kronobergg]"))
        #expect(result.stderr.contains("Build failed: 1 error."))
        #expect(!result.stderr.contains("\u{1B}["), "no colours when NO_COLOR is set")
        #expect(try Data(contentsOf: root.appendingPathComponent("site/index.html")) == home)
    }

    /// The build cache: in .sitegen/cache/ by default, elsewhere with --cache-dir, not at all
    /// with --no-cache; --verbose says how many article files it gave.
    @Test func buildCacheOptions() throws {
        let root = try Self.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        let standard = root.appendingPathComponent(".sitegen/cache")

        let uncached = try Self.run(["build", "--source", root.path, "--no-cache", "--verbose"])
        #expect(uncached.status == 0, "\(uncached.stderr)")
        #expect(!fm.fileExists(atPath: standard.path))
        #expect(!uncached.stderr.contains("build cache"))

        #expect(try Self.run(["build", "--source", root.path]).status == 0)
        #expect(fm.fileExists(atPath: standard.path))
        let warm = try Self.run(["build", "--source", root.path, "--verbose"])
        #expect(warm.stderr.contains("Built 13 articles"))
        #expect(warm.stderr.contains("  14 article files unchanged, taken from the build cache"), "\(warm.stderr)")
        // Each phase with its time, its processor time (all threads) and the peak memory.
        let phases = warm.stderr.split(separator: "\n").filter { $0.contains(" cpu ") }
        #expect(phases.map { $0.split(separator: " ").first ?? "" }
            == ["load", "resolve", "markdown", "check", "cache", "copy", "render", "feeds", "search", "publish"], "\(warm.stderr)")
        #expect(phases.allSatisfy { $0.wholeMatch(of: /\ \ [a-z]+ +\d+\.\d\d s   cpu \d+\.\d\d s   peak \d+ MB/) != nil }, "\(warm.stderr)")

        let elsewhere = root.appendingPathComponent("cache-elsewhere")
        #expect(try Self.run(["build", "--source", root.path, "--cache-dir", elsewhere.path]).status == 0)
        #expect(try fm.contentsOfDirectory(atPath: elsewhere.path).contains { $0.hasPrefix("articles-") && $0.hasSuffix(".bin") })
    }

    @Test(arguments: [["build", "--no-such-option"], ["build", "--base-url", "not a url"], ["nonsense"], ["build", "--quiet", "--verbose"],
                      ["build", "--no-cache", "--cache-dir", "x"]])
    func wrongUsageExitsWithTwo(_ arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("Usage:") || result.stderr.contains("Error:"))
    }

    @Test func markdownCommandIsAFilter() throws {
        let result = try Self.run(["markdown"], stdin: "## Åtgärder\n\n\"Citat\" -- här.\n")
        #expect(result.status == 0)
        #expect(result.stdout == "<h2 id=\"atgarder\">Åtgärder</h2>\n<p>”Citat” – här.</p>\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func outputOptionAndQuiet() throws {
        let root = try Self.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let elsewhere = root.appendingPathComponent("ut/publicerat")
        let result = try Self.run(["build", "--source", root.path, "--output", elsewhere.path, "--quiet"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("index.html").path))
    }

    /// SOURCE_DATE_EPOCH (reproducible-builds.org) dates the feeds; a value that is not a number
    /// of seconds is wrong usage, not something to ignore.
    @Test func sourceDateEpochDatesTheFeeds() throws {
        let root = try Self.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.run(["build", "--source", root.path, "--quiet"], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(result.status == 0, "\(result.stderr)")
        let atom = try String(contentsOf: root.appendingPathComponent("site/feed.xml"), encoding: .utf8)
        #expect(atom.contains("  <updated>2023-11-14T23:13:20+01:00</updated>\n"))
        let rss = try String(contentsOf: root.appendingPathComponent("site/rss.xml"), encoding: .utf8)
        #expect(rss.contains("<lastBuildDate>Tue, 14 Nov 2023 23:13:20 +0100</lastBuildDate>"))

        let wrong = try Self.run(["build", "--source", root.path], environment: ["SOURCE_DATE_EPOCH": "igår"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not 'igår'"))
    }

    @Test func baseURLOptionChangesCanonicalLinks() throws {
        let root = try Self.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.run(["build", "--source", root.path, "--base-url", "https://preview.example.net/x/"]).status == 0)
        let home = try String(contentsOf: root.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("https://preview.example.net/x/"))
    }
}
