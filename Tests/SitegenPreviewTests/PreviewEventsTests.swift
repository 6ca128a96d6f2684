import Testing
@testable import SitegenPreview

@Suite struct PreviewEventsTests {
    @Test func aNewListenerHearsTheLastFailureUntilAReload() async {
        let events = PreviewEvents()
        let failure = ServerSentEvent(name: "error", data: #"{"problems":[]}"#)
        await events.send(failure)
        var late = await events.listen().makeAsyncIterator()
        #expect(await late.next() == ServerSentEvent.retry)
        #expect(await late.next() == failure.text)
        await events.send(.reload)
        #expect(await late.next() == ServerSentEvent.reload.text)
        var later = await events.listen().makeAsyncIterator()
        await events.finish()
        #expect(await later.next() == ServerSentEvent.retry)
        #expect(await later.next() == nil)
    }

    @Test func aListenerThatStopsIsForgotten() async throws {
        let events = PreviewEvents()
        do {
            let stream = await events.listen()
            _ = stream
        }
        for _ in 0..<200 where await events.count > 0 { try await Task.sleep(for: .milliseconds(5)) }
        #expect(await events.count == 0)
    }
}
