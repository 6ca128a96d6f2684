import FlyingFox
import FlyingSocks

/// A listener's events (``PreviewEvents/listen()``) as a response body that FlyingFox sends
/// chunk by chunk as they come, for as long as the tab keeps the connection.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8
    let events: AsyncStream<String>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<String>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            if pending.isEmpty { pending = await nextBuffer(suggested: 1) ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        /// One event's text whole, however large: each is written to the socket as it comes.
        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if !pending.isEmpty { defer { pending = [] }; return pending }
            guard let text = await events.next() else { return nil }
            return Array(text.utf8)
        }
    }
}
