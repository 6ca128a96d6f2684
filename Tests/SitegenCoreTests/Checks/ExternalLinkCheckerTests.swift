import Foundation
import Testing
@testable import SitegenCore

/// `sitegen check --external` against a small HTTP server of the test's own on 127.0.0.1 (no
/// internet): a page that is there, one that is not, one that refuses HEAD, one too slow, a
/// port where nothing listens, and no more requests at once than allowed.
@Suite(.serialized) struct ExternalLinkCheckerTests {
    /// Python's http.server serving a temporary folder, with a few paths that behave badly.
    /// It prints the free port it got, and counts the most requests it had under way at once.
    static let serverScript = #"""
    import http.server, os, signal, sys, threading, time
    # The test process may block SIGTERM for its children: unblock it, and also end when the
    # test closes standard input, so the server never outlives its test.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
    threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
    lock = threading.Lock()
    state = {"now": 0, "most": 0}
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args): pass
        def reply(self, status, body=b""):
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command == "GET": self.wfile.write(body)
        def route(self):
            if self.path == "/bara-get":
                return self.reply(405) if self.command == "HEAD" else self.reply(200, b"ok")
            if self.path == "/langsam":
                time.sleep(3); return self.reply(200)
            if self.path.startswith("/vanta"):
                with lock:
                    state["now"] += 1; state["most"] = max(state["most"], state["now"])
                time.sleep(0.3)
                with lock:
                    state["now"] -= 1
                    with open(os.path.join(sys.argv[1], "flest.txt"), "w") as most: most.write(str(state["most"]))
                return self.reply(200)
            return None
        def do_HEAD(self):
            if self.route() is None: super().do_HEAD()
        def do_GET(self):
            if self.route() is None: super().do_GET()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a, **k: Handler(*a, directory=sys.argv[1], **k))
    print(server.server_address[1], flush=True)
    server.serve_forever()
    """#

    /// A running server and its address; `stop()` ends that process.
    struct Server {
        let process: Process
        let input: Pipe
        let folder: URL
        let base: String

        static func start() throws -> Server {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-http-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("<p>Här</p>".utf8).write(to: folder.appendingPathComponent("finns.html"))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", serverScript, folder.path]
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            let port = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return Server(process: process, input: input, folder: folder, base: "http://127.0.0.1:\(port)")
        }

        func stop() {
            try? input.fileHandleForWriting.close()
            process.terminate()
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    static func place(_ line: Int) -> SitegenCore.SourceLocation {
        SitegenCore.SourceLocation(file: "content/x.md", line: line, column: 5)
    }

    @Test func foundMissingHeadRefusedSlowAndUnreachable() async throws {
        let server = try Server.start()
        defer { server.stop() }
        let links = [
            ExternalLink(url: server.base + "/finns.html", places: [Self.place(1)]),
            ExternalLink(url: server.base + "/saknas.html", places: [Self.place(2), Self.place(9)]),
            ExternalLink(url: server.base + "/bara-get", places: [Self.place(3)]),
            ExternalLink(url: server.base + "/langsam", places: [Self.place(4)]),
            ExternalLink(url: "http://127.0.0.1:1/ingen", places: [Self.place(5)]),
        ]
        let problems = await ExternalLinkChecker(concurrency: 8, timeout: 1).check(links)
        #expect(problems.map { "\($0.location!): \($0.severity): \($0.message)" } == [
            "content/x.md:2:5: warning: the link to '\(server.base)/saknas.html' answers 404 Not Found",
            "content/x.md:9:5: warning: the link to '\(server.base)/saknas.html' answers 404 Not Found",
            "content/x.md:4:5: warning: the link to '\(server.base)/langsam' got no answer within 1 seconds",
            "content/x.md:5:5: warning: the link to 'http://127.0.0.1:1/ingen' cannot be reached: the server does not accept connections",
        ])
        #expect(problems.first?.hint == "the page is gone: if it has moved, link to its new address; otherwise remove the link")
    }

    @Test func headThenGetOnlyWhenRefused() async throws {
        let server = try Server.start()
        defer { server.stop() }
        let checker = ExternalLinkChecker(timeout: 5)
        #expect(await checker.visit(server.base + "/bara-get") == .answered(status: 200))
        #expect(await checker.visit(server.base + "/saknas.html") == .answered(status: 404))
        #expect(await checker.visit(server.base + "/finns.html") == .answered(status: 200))
        #expect(await checker.visit("inte en adress") == .unreachable("it is not a complete address"))
        #expect(await checker.visit("ftp://127.0.0.1/fil") == .unreachable("it is not a complete address"))
    }

    @Test func noMoreRequestsAtOnceThanAllowed() async throws {
        let server = try Server.start()
        defer { server.stop() }
        let links = (1...9).map { ExternalLink(url: server.base + "/vanta-\($0)", places: [Self.place($0)]) }
        let problems = await ExternalLinkChecker(concurrency: 3, timeout: 5).check(links)
        #expect(problems.isEmpty)
        let most = try String(contentsOf: server.folder.appendingPathComponent("flest.txt"), encoding: .utf8)
        #expect(most == "3", "three at a time, never more, and all three used")
    }

    /// `check(external:)` collects the places from the bodies and runs the checker after the
    /// other checks; `--strict` makes its warnings errors too.
    @Test func checkRunsItOverTheBodiesLinks() async throws {
        let server = try Server.start()
        defer { server.stop() }
        let body = "Se [sidan](\(server.base)/finns.html) och [den som saknas](\(server.base)/saknas.html).\n\n[Igen](\(server.base)/saknas.html)"
        let site = try TestSite(fixture: "tiny", files: [
            "content/x.md": "---\ntitle: X\ndate: 2020-01-01\nkind: projekt\nregions: [Kronoberg]\n---\n\n" + body + "\n",
        ])
        defer { site.cleanUp() }
        var options = BuildOptions(source: site.root, output: site.output, now: TestSite.now)
        let plain = await Build(options: options).check()
        #expect(plain.diagnostics.isEmpty, "not without asking")
        let result = await Build(options: options).check(external: ExternalLinkChecker(timeout: 5))
        #expect(result.externalLinks == 2)
        #expect(result.diagnostics.map(ContentCheckTests.firstLine) == [
            "content/x.md:8:\(29 + server.base.count): warning: the link to '\(server.base)/saknas.html' answers 404 Not Found",
            "content/x.md:10:1: warning: the link to '\(server.base)/saknas.html' answers 404 Not Found",
        ])
        options.strict = true
        let strict = await Build(options: options).check(external: ExternalLinkChecker(timeout: 5))
        #expect(strict.diagnostics.map(\.severity) == [.error, .error])
    }

    /// What curl's exit codes are told as (its man page, "EXIT CODES"), and its own words for
    /// the rest.
    @Test func curlFailuresInPlainWords() {
        #expect(ExternalLinkChecker.failure(28, message: "curl: (28) Operation timed out") == .timedOut)
        #expect(ExternalLinkChecker.failure(6, message: "") == .unreachable("there is no server with that name"))
        #expect(ExternalLinkChecker.failure(7, message: "") == .unreachable("the server does not accept connections"))
        #expect(ExternalLinkChecker.failure(60, message: "") == .unreachable("its secure connection (TLS) fails"))
        #expect(ExternalLinkChecker.failure(47, message: "") == .unreachable("it redirects in a circle"))
        #expect(ExternalLinkChecker.failure(18, message: "curl: (18) transfer closed with 10 bytes remaining\n")
                == .unreachable("transfer closed with 10 bytes remaining"))
        #expect(ExternalLinkChecker.failure(99, message: "") == .unreachable("curl ended with code 99"))
    }

    /// Without curl nothing is visited, and one warning says why and what to install.
    @Test func withoutCurlOneWarning() async {
        let links = [ExternalLink(url: "https://example.com/", places: [Self.place(1)])]
        let problems = await ExternalLinkChecker(curl: nil).check(links)
        #expect(problems.map(\.message) == ["the web addresses the articles link to were not checked: the curl command is not installed"])
        #expect(problems.first?.location == nil)
        #expect(problems.first?.hint?.contains("apt-get install curl") == true)
    }

    /// curl is looked for on the PATH first.
    @Test func curlIsFoundOnThePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-curl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("curl")
        try Data("#!/bin/sh\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        #expect(ExternalLinkChecker.findCurl(environment: ["PATH": folder.path + ":/usr/bin"])?.path == fake.path)
        #expect(ExternalLinkChecker.findCurl(environment: ["PATH": "/nonexistent"])?.lastPathComponent == "curl",
                "then /usr/bin and /usr/local/bin")
    }
}
