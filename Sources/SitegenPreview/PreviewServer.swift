import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP server of `sitegen serve`, on 127.0.0.1 only: the preview folder through
/// ``PreviewResponder``, and the tabs' event streams at `/_sitegen/events`.
public struct PreviewServer: Sendable {
    public let responder: PreviewResponder
    public let events: PreviewEvents

    public init(responder: PreviewResponder, events: PreviewEvents) {
        self.responder = responder
        self.events = events
    }

    /// A server listening on `port` (0: any free one), started in the background.
    public func start(port: UInt16) async throws(PreviewServerError) -> RunningPreviewServer {
        let address: sockaddr_in
        do { address = try .inet(ip4: "127.0.0.1", port: port) } catch { throw .cannotListen(port: port, reason: "\(error)") }
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled)
        let events = self.events
        let responder = self.responder
        await server.appendRoute(HTTPRoute("GET \(LiveScript.eventsPath)")) { request in
            // The live script says which page its tab shows, so only tabs whose page changed reload.
            let page = request.query["page"].flatMap(RequestPath.init(raw:)).map(responder.folder.file(for:))
            let body = HTTPBodySequence(from: EventStreamBody(events: await events.listen(page: page)))
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream; charset=utf-8",
                                                           .cacheControl: "no-store"], body: body)
        }
        await server.appendRoute("*") { request in
            Self.response(responder.respond(method: request.method.rawValue, rawPath: request.target.path()),
                          head: request.method == .HEAD)
        }
        let failure = StartFailure()
        let task = Task {
            do { try await server.run() } catch { await failure.record(error) }
        }
        // run() either starts listening or fails at once (the port is taken).
        for _ in 0..<500 {
            if await server.isListening, let listening = await server.listeningAddress, case .ip4(_, let bound) = listening {
                return RunningPreviewServer(server: server, task: task, events: events, port: bound)
            }
            if let error = await failure.error { throw .cannotListen(port: port, reason: "\(error)") }
            try? await Task.sleep(for: .milliseconds(10))
        }
        task.cancel()
        throw .cannotListen(port: port, reason: "the server did not start within 5 seconds")
    }

    static func response(_ answer: PreviewResponse, head: Bool) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in answer.headers { headers[HTTPHeader(name)] = value }
        let body: HTTPBodySequence
        switch answer.body {
        case .data(let data):
            headers[.contentLength] = String(data.count)
            body = head ? HTTPBodySequence() : HTTPBodySequence(data: data)
        case .file(let url, let size):
            headers[.contentLength] = String(size)
            body = head ? HTTPBodySequence() : ((try? HTTPBodySequence(file: url)) ?? HTTPBodySequence())
        }
        return HTTPResponse(statusCode: HTTPStatusCode(answer.status, phrase: phrase(answer.status)), headers: headers, body: body)
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

/// The first error of a server's run, seen by the task waiting for it to listen.
private actor StartFailure {
    var error: (any Error)?
    func record(_ error: any Error) { self.error = error }
}

/// A started ``PreviewServer``: its port, and the way to stop it.
public struct RunningPreviewServer: Sendable {
    let server: HTTPServer
    let task: Task<Void, Never>
    let events: PreviewEvents
    public let port: UInt16

    /// Ends the event streams, so open connections close, then the server.
    public func stop() async {
        await events.finish()
        await server.stop(timeout: 1)
        task.cancel()
    }
}

public enum PreviewServerError: Error, Sendable, Equatable {
    case cannotListen(port: UInt16, reason: String)
}
