import Foundation
import Testing
@testable import SitegenPreview
#if canImport(Glibc)
import Glibc
#endif

/// The preview's own HTTP server (``LoopbackServer``, ``PreviewServer``) over real sockets on
/// 127.0.0.1, and the request heads it reads. Every read has a time limit.
@Suite struct PreviewServerTests {
    // MARK: Request heads

    @Test func aRequestHeadIsReadWithItsQuery() throws {
        let head = try #require(HTTPRequestHead(Data("GET /_sitegen/events?page=%2Fnyheter%2F&x=a+b HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept:  text/event-stream \r\n".utf8)))
        #expect(head.method == "GET")
        #expect(head.path == "/_sitegen/events")
        #expect(head.query("page") == "/nyheter/")
        #expect(head.query("x") == "a b")
        #expect(head.query("y") == nil)
        #expect(head.headers["accept"] == "text/event-stream")
    }

    @Test func anAbsoluteTargetIsTakenByItsPath() throws {
        #expect(HTTPRequestHead(Data("HEAD http://127.0.0.1:8080/amnen/?a=1#x HTTP/1.0".utf8)).map { [$0.method, $0.path, $0.query] }
                == ["HEAD", "/amnen/", "a=1"])
        #expect(HTTPRequestHead(Data("GET http://127.0.0.1:8080 HTTP/1.1".utf8))?.path == "/")
    }

    @Test func whatIsNotAnHTTPRequestIsRefused() {
        for text in ["", "GET /", "GET / HTTP/2", "get / HTTP/1.1", "GET  HTTP/1.1", "GET / HTTP/1.1\r\nno colon here",
                     "\u{16}\u{03}\u{01} binary"] {
            #expect(HTTPRequestHead(Data(text.utf8)) == nil, "\(text)")
        }
    }

    // MARK: The server

    static let site = [
        "site/index.html": "<html><body><h1>Start</h1></body></html>",
        "site/css/site.css": String(repeating: "body{color:red}\n", count: 20_000),
    ]

    /// A server on a free port over `site`, stopped after `body`.
    func withServer(_ body: (RunningPreviewServer, PreviewEvents, TempFolder) async throws -> Void) async throws {
        let folder = try TempFolder(Self.site)
        defer { folder.remove() }
        let events = PreviewEvents()
        let responder = PreviewResponder(folder: PreviewFolder(root: folder.url.appendingPathComponent("site"), basePath: "/"))
        let running = try await PreviewServer(responder: responder, events: events).start(port: 0)
        do {
            try await body(running, events, folder)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    @Test func filesPagesHeadAndMethodsItDoesNotAnswer() async throws {
        try await withServer { server, _, folder in
            let port = server.port
            let css = try await offPool { try Client.exchange(port: port, "GET /css/site.css HTTP/1.1\r\nHost: x\r\n\r\n") }
            #expect(css.status == 200)
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            let file = try Data(contentsOf: folder.url.appendingPathComponent("site/css/site.css"))
            #expect(css.headers["content-length"] == String(file.count))
            #expect(css.body == file, "a file larger than one write comes whole")
            let page = try await offPool { try Client.exchange(port: port, "GET / HTTP/1.1\r\n\r\n") }
            #expect(String(decoding: page.body, as: UTF8.self) == "<html><body><h1>Start</h1>\(LiveScript.tag)</body></html>")
            let head = try await offPool { try Client.exchange(port: port, "HEAD /css/site.css HTTP/1.1\r\n\r\n") }
            #expect(head.status == 200 && head.headers["content-length"] == String(file.count) && head.body.isEmpty)
            let post = try await offPool { try Client.exchange(port: port, "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello") }
            #expect(post.status == 405 && post.headers["allow"] == "GET, HEAD")
            #expect(try await offPool { try Client.exchange(port: port, "HELLO\r\n\r\n") }.status == 400)
            #expect(try await offPool { try Client.exchange(port: port, "GET /%2e%2e/site.yml HTTP/1.1\r\n\r\n") }.status == 400)
        }
    }

    @Test func aHeadInPiecesIsReadWhole() async throws {
        try await withServer { server, _, _ in
            let client = try Client(port: server.port)
            let answer = try await offPool {
                for piece in ["GET /css/s", "ite.css HTTP/1.1\r", "\n", "Host: x\r\n\r", "\n"] {
                    client.send(piece)
                    usleep(20_000)
                }
                return try Client.response(client.readAll())
            }
            #expect(answer.status == 200)
        }
    }

    @Test func eventStreamsLiveUntilTheTabOrTheServerGoes() async throws {
        try await withServer { server, events, _ in
            let staying = try Client(port: server.port)
            staying.send("GET /_sitegen/events?page=%2F HTTP/1.1\r\n\r\n")
            #expect(await offPool { staying.text(until: ServerSentEvent.retry) }.contains("Content-Type: text/event-stream"))
            let leaving = try Client(port: server.port)
            leaving.send("GET /_sitegen/events HTTP/1.1\r\n\r\n")
            #expect(await offPool { leaving.text(until: ServerSentEvent.retry) }.contains(ServerSentEvent.retry))
            #expect(await wait { await events.count == 2 })
            await events.send(.reload)
            #expect(await offPool { staying.text(until: ServerSentEvent.reload.text) }.hasSuffix(ServerSentEvent.reload.text))
            // A tab closed: its stream is forgotten once a write to it fails.
            leaving.close()
            #expect(await wait {
                await events.keepAlive()
                return await events.count == 1
            })
            // Stopping ends the streams that are left, and frees the port.
            await server.stop()
            #expect(await offPool { staying.closedByPeer() }, "the stream ended when the server stopped")
            let again = try LoopbackServer.listen(port: server.port)
            again.stop()
        }
    }

    /// `work`, which waits on a socket, on a thread of its own: waiting on one of the few
    /// threads Swift's tasks share could keep the server's event streams (tasks) from running
    /// while the tests run in parallel.
    func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }

    /// A file is sent as long as its head said, never longer; a file shorter than that (replaced
    /// by a build since its size was taken) is a failure.
    @Test func aFileIsSentAsLongAsAnnounced() throws {
        let text = String(repeating: "0123456789", count: 10_000)
        let folder = try TempFolder(["f.bin": text])
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("f.bin")
        for count in [40, 65_537, 100_000, 100_001] {
            var pair: [Int32] = [0, 0]
            #if canImport(Glibc)
            try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0)
            #endif
            let sender = LoopbackConnection(descriptor: pair[0])
            let reader = Client(descriptor: pair[1])
            // Sent on a thread of its own: the pair's buffers hold less than the file.
            let done = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var whole = false
            Thread.detachNewThread {
                whole = sender.writeFile(file, count: count)
                sender.close()
                done.signal()
            }
            let received = reader.readAll()
            done.wait()
            #expect(received == Data(text.utf8.prefix(count)), "\(count)")
            #expect(whole == (count <= 100_000), "\(count)")
        }
    }

    /// Polls `condition` for up to five seconds.
    func wait(_ condition: () async -> Bool) async -> Bool {
        for _ in 0..<500 {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return await condition()
    }

    /// A bare client on blocking sockets with short receive timeouts; used by one thread at a time.
    final class Client: @unchecked Sendable {
        let descriptor: Int32
        private(set) var peerClosed = false
        private var closed = false

        init(descriptor: Int32) {
            self.descriptor = descriptor
            var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        init(port: UInt16) throws {
            #if canImport(Glibc)
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
            descriptor = socket(AF_INET, SOCK_STREAM, 0)
            #endif
            var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw CancellationError() }
        }

        deinit { close() }

        /// Once only: a number closed twice may by then be another test's file.
        func close() {
            guard !closed else { return }
            closed = true
            #if canImport(Glibc)
            _ = Glibc.close(descriptor)
            #endif
        }

        func send(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        }

        /// Bytes until the server closes, or ten seconds pass.
        func readAll() -> Data {
            var data = Data()
            let end = ContinuousClock.now + .seconds(10)
            var buffer = [UInt8](repeating: 0, count: 65536)
            while !peerClosed, ContinuousClock.now < end {
                let count = read(descriptor, &buffer, buffer.count)
                if count == 0 { peerClosed = true }
                if count > 0 { data.append(contentsOf: buffer[..<count]) }
            }
            return data
        }

        /// Text until `marker` has come (or ten seconds pass).
        func text(until marker: String) -> String {
            var text = ""
            let end = ContinuousClock.now + .seconds(10)
            var buffer = [UInt8](repeating: 0, count: 65536)
            while !text.contains(marker), !peerClosed, ContinuousClock.now < end {
                let count = read(descriptor, &buffer, buffer.count)
                if count == 0 { peerClosed = true }
                if count > 0 { text += String(decoding: buffer[..<count], as: UTF8.self) }
            }
            return text
        }

        func closedByPeer() -> Bool {
            _ = readAll()
            return peerClosed
        }

        /// One request on a new connection, read to the end.
        static func exchange(port: UInt16, _ request: String) throws -> (status: Int, headers: [String: String], body: Data) {
            let client = try Client(port: port)
            client.send(request)
            return try response(client.readAll())
        }

        static func response(_ data: Data) throws -> (status: Int, headers: [String: String], body: Data) {
            let split = try #require(data.range(of: Data("\r\n\r\n".utf8)))
            let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
            var headers: [String: String] = [:]
            for line in head.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return (Int(head[0].split(separator: " ")[1]) ?? 0, headers, Data(data[split.upperBound...]))
        }
    }
}
