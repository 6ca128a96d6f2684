import Foundation
import Testing

/// `sitegen serve` as a writer uses it: a page over HTTP, an edit that reloads the tab, a
/// broken front matter that shows as an `error` event while the last good page stays, and the
/// fix that reloads again. Every wait is a poll with a time limit.
@Suite struct ServeCommandTests {
    /// Standard error of a running process, collected as it comes.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        func append(_ more: Data) { lock.withLock { data.append(more) } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

        /// Polls until `condition` holds of the text, or `timeout` passes.
        func wait(timeout: Duration = .seconds(20), until condition: (String) -> Bool) -> Bool {
            let end = ContinuousClock.now + timeout
            while ContinuousClock.now < end {
                if condition(text) { return true }
                usleep(20_000)
            }
            return condition(text)
        }
    }

    static func start(_ arguments: [String]) throws -> (Process, Output) {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let errors = Pipe(), output = Output()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        errors.fileHandleForReading.readabilityHandler = { handle in output.append(handle.availableData) }
        try process.run()
        return (process, output)
    }

    static func port(in text: String) -> UInt16? {
        guard let range = text.range(of: "Preview: http://127.0.0.1:") else { return nil }
        return UInt16(text[range.upperBound...].prefix { $0.isNumber })
    }

    @Test func servesRebuildsReloadsAndShowsErrors() throws {
        let root = try CLITests.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        // The port asked for is taken: serve says so and takes another.
        let taken = try LoopbackHTTP.occupiedPort()
        defer { close(taken.fd) }
        let (process, output) = try Self.start(["serve", "--source", root.path, "--port", String(taken.port), "--now", "2026-06-01"])
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }

        #expect(output.wait { Self.port(in: $0) != nil }, "\(output.text)")
        let port = try #require(Self.port(in: output.text))
        #expect(port != taken.port)
        #expect(output.text.contains("Port \(taken.port) is taken; using \(port) instead."))

        let article = "content/2019/2019-04-12-industrikommunerna-ornskoldsvik.md"
        let page = "/nyheter/2019/industrikommunerna-ornskoldsvik/"
        let first = try LoopbackHTTP.get(port: port, page)
        #expect(first.status == 200)
        #expect(first.headers["content-type"] == "text/html; charset=utf-8")
        #expect(first.body.contains(#"<script src="/_sitegen/live.js"></script></body>"#))
        // The sample's article scheduled for 2027 is in the preview, with its banner.
        let scheduled = try LoopbackHTTP.get(port: port, "/nyheter/2027/industridagen-skelleftea/")
        #expect(scheduled.body.contains("<strong>Schemalagd: publiceras 15 januari 2027</strong>"))
        let missing = try LoopbackHTTP.get(port: port, "/finns/inte/")
        #expect(missing.status == 404)
        #expect(try LoopbackHTTP.get(port: port, "/%2e%2e/site.yml").status == 400)
        // The script is not in the files on disk, and site/ is not made.
        let onDisk = try String(contentsOf: root.appendingPathComponent(".sitegen/preview/site\(page)index.html"), encoding: .utf8)
        #expect(!onDisk.contains("live.js"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))

        let events = try LoopbackHTTP.EventStream(port: port)
        #expect(events.connected(), "the event stream did not start")
        let file = root.appendingPathComponent(article)
        let original = try String(contentsOf: file, encoding: .utf8)
        let edited = original.replacingOccurrences(of: "title: Industrikommunerna möttes i Örnsköldsvik", with: "title: Ny rubrik från testet")
        #expect(edited != original, "the sample article's title line changed; update the test")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        #expect(events.next("reload") != nil, "\(output.text)")
        #expect(try LoopbackHTTP.get(port: port, page).body.contains("Ny rubrik från testet"))
        // The reload came with the quick page; the rest of the site is still being built. A
        // file broken before that build has read it would fail that build instead (the test
        // then raced it: on 2026-11-26 a faster template load lost the race every time).
        #expect(output.wait { $0.components(separatedBy: "Built ").count == 3 }, "\(output.text)")

        // Broken front matter: an error event with the place, the terminal's message, and
        // the last good page still served.
        try "---\ntitle: [trasig\n---\n".write(to: file, atomically: true, encoding: .utf8)
        let error = try #require(events.next("error"), "\(output.text)")
        #expect(error.contains(#""file":"\#(article)""#))
        #expect(error.contains(#""line":2"#))
        #expect(output.wait { $0.contains("\(article):2:8: error: 'title' begins with '[', which YAML reads as the start of a list") }, "\(output.text)")
        #expect(try LoopbackHTTP.get(port: port, page).body.contains("Ny rubrik från testet"))

        try original.write(to: file, atomically: true, encoding: .utf8)
        #expect(events.next("reload") != nil, "\(output.text)")
        #expect(try LoopbackHTTP.get(port: port, page).body.contains("Industrikommunerna möttes i Örnsköldsvik"))
        #expect(output.wait { $0.components(separatedBy: "Built ").count == 4 }, "\(output.text)")

        // A body edit: the page is made first and its tab reloads once; a tab on another page
        // only hears that the build went well.
        let onPage = try LoopbackHTTP.EventStream(port: port, page: page)
        let elsewhere = try LoopbackHTTP.EventStream(port: port, page: "/nyheter/amnen/")
        #expect(onPage.connected() && elsewhere.connected())
        try (original + "\nEn mening som kommer med den snabba sidan.\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(onPage.next("reload") != nil, "\(output.text)")
        #expect(try LoopbackHTTP.get(port: port, page).body.contains("En mening som kommer med den snabba sidan."))
        #expect(output.wait { $0.contains("Updated nyheter/2019/industrikommunerna-ornskoldsvik/index.html in ") }, "\(output.text)")
        #expect(output.wait { $0.components(separatedBy: "Built ").count == 5 }, "\(output.text)")
        #expect(elsewhere.next("built") != nil)
        #expect(onPage.next("built") != nil, "the full build wrote the same page: no second reload")
        #expect(elsewhere.next("reload", timeout: .milliseconds(500)) == nil)
        #expect(process.isRunning)
    }

    @Test func aFolderWithoutSiteYmlIsNotServed() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try CLITests.run(["serve", "--source", empty.path, "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: there is no site.yml in"))
        #expect(!FileManager.default.fileExists(atPath: empty.appendingPathComponent(".sitegen").path))
    }
}
