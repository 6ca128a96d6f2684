import Foundation

/// The HTTP server of `sitegen serve`, on 127.0.0.1 only: the preview folder through
/// ``PreviewResponder``, and the tabs' event streams at `/_sitegen/events`. Its sockets are
/// ``LoopbackServer``'s (why not an HTTP server package: see there).
public struct PreviewServer: Sendable {
    public let responder: PreviewResponder
    public let events: PreviewEvents

    public init(responder: PreviewResponder, events: PreviewEvents) {
        self.responder = responder
        self.events = events
    }

    /// A server listening on `port` (0: any free one), answering in the background.
    public func start(port: UInt16) async throws(PreviewServerError) -> RunningPreviewServer {
        let server = try LoopbackServer.listen(port: port)
        let (responder, events) = (self.responder, self.events)
        server.run { connection in Self.answer(connection, responder: responder, events: events) }
        return RunningPreviewServer(server: server, events: events, port: server.port)
    }

    /// One connection: one request, one answer, then closed; an event stream stays open until
    /// the tab goes or the server stops.
    static func answer(_ connection: LoopbackConnection, responder: PreviewResponder, events: PreviewEvents) {
        guard let bytes = connection.readHead() else {
            connection.close()
            return
        }
        guard let request = HTTPRequestHead(bytes) else {
            connection.write(head(status: 400, headers: ["Content-Type": "text/plain; charset=utf-8"], length: 0))
            connection.close()
            return
        }
        if request.method == "GET", request.path == LiveScript.eventsPath {
            // The live script says which page its tab shows, so only tabs whose page changed reload.
            let page = request.query("page").flatMap(RequestPath.init(raw:)).map(responder.folder.file(for:))
            stream(events, page: page, to: connection)
            return
        }
        let answer = responder.respond(method: request.method, rawPath: request.path)
        let withBody = request.method != "HEAD"
        switch answer.body {
        case .data(let data):
            if connection.write(head(status: answer.status, headers: answer.headers, length: data.count)), withBody {
                connection.write(data)
            }
        case .file(let url, let size):
            if connection.write(head(status: answer.status, headers: answer.headers, length: size)), withBody {
                connection.writeFile(url, count: size)
            }
        }
        connection.close()
    }

    /// A tab's event stream: written as the events come, for as long as the tab reads them.
    /// There is no length: the stream ends when the connection does.
    static func stream(_ events: PreviewEvents, page: String?, to connection: LoopbackConnection) {
        let head = head(status: 200, headers: ["Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store"],
                        length: nil)
        guard connection.write(head) else {
            connection.close()
            return
        }
        Task {
            var listening = await events.listen(page: page).makeAsyncIterator()
            while let text = await listening.next() {
                // The tab is gone: the reader let go here ends the stream, and
                // ``PreviewEvents`` forgets it.
                guard connection.write(text) else { break }
            }
            connection.close()
        }
    }

    /// The status line and headers of an answer, the headers by name.
    static func head(status: Int, headers: [String: String], length: Int?) -> String {
        var text = "HTTP/1.1 \(status) \(phrase(status))\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        if let length { text += "Content-Length: \(length)\r\n" }
        return text + "Connection: close\r\n\r\n"
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        default: "Error"
        }
    }
}

/// A started ``PreviewServer``: its port, and the way to stop it.
public struct RunningPreviewServer: Sendable {
    let server: LoopbackServer
    let events: PreviewEvents
    public let port: UInt16

    /// Ends the event streams, so their connections close, then stops listening.
    public func stop() async {
        await events.finish()
        server.stop()
    }
}

public enum PreviewServerError: Error, Sendable, Equatable {
    case cannotListen(port: UInt16, reason: String)
}
