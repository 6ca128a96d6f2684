import Foundation

/// The open tabs' event streams, and what each new one must hear first.
///
/// A tab opened while the last build failed gets that build's `error` at once, so the overlay
/// is there whichever page the writer opens; a `reload` forgets it.
public actor PreviewEvents {
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var lastError: ServerSentEvent?

    public init() {}

    /// A new listener's stream of event-stream text; it ends when ``finish()`` is called, and
    /// is forgotten when its reader stops reading.
    public func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = UUID()
        continuation.yield(ServerSentEvent.retry)
        if let lastError { continuation.yield(lastError.text) }
        continuation.onTermination = { _ in Task { await self.forget(id) } }
        listeners[id] = continuation
        return stream
    }

    public func send(_ event: ServerSentEvent) {
        lastError = event.name == "error" ? event : nil
        for listener in listeners.values { listener.yield(event.text) }
    }

    /// A comment to every listener, so the server learns of connections whose tab has gone.
    public func keepAlive() {
        for listener in listeners.values { listener.yield(ServerSentEvent.keepAlive) }
    }

    public var count: Int { listeners.count }

    /// Ends every stream, for a server that stops.
    public func finish() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func forget(_ id: UUID) {
        listeners[id] = nil
    }
}
