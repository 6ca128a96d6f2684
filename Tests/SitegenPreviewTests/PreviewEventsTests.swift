import Foundation
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

    @Test func onlyTheTabsWhosePageChangedReload() async {
        let events = PreviewEvents()
        var edited = await events.listen(page: "nyheter/x/index.html").makeAsyncIterator()
        var other = await events.listen(page: "amnen/index.html").makeAsyncIterator()
        var unknown = await events.listen().makeAsyncIterator()
        _ = await (edited.next(), other.next(), unknown.next()) // retry
        await events.send(ServerSentEvent(name: "error", data: "{}"))
        _ = await (edited.next(), other.next(), unknown.next())

        await events.built(changed: ["nyheter/x/index.html", "feed.xml", "sok/index.json"])
        #expect(await edited.next() == ServerSentEvent.reload.text)
        #expect(await other.next() == ServerSentEvent.built.text, "its page did not change: the overlay only goes")
        #expect(await unknown.next() == ServerSentEvent.reload.text, "a tab that did not say its page")
        var late = await events.listen(page: "amnen/index.html").makeAsyncIterator()
        #expect(await late.next() == ServerSentEvent.retry)

        await events.built(changed: nil)
        #expect(await other.next() == ServerSentEvent.reload.text, "not known what changed")
        #expect(await late.next() == ServerSentEvent.reload.text, "the failure was forgotten after the build")
    }

    @Test func whatAPageShowsBesidesItself() {
        let page = "nyheter/x/index.html"
        #expect(PreviewEvents.concerns([page], page: page))
        #expect(!PreviewEvents.concerns([], page: page))
        #expect(!PreviewEvents.concerns(["index.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "sok/t-3.json"], page: page))
        for asset in ["css/site.css", "js/sok.js", "bilder/karta.PNG", "nyheter/x/foto.jpg", "fonts/a.woff2", "LICENSE"] {
            #expect(PreviewEvents.concerns([asset], page: page), "\(asset)")
        }
        #expect(PreviewEvents.concerns(nil, page: page))
        #expect(PreviewEvents.concerns([], page: nil))
    }

    @Test func aTabsPageIsTheFileItShows() {
        let folder = PreviewFolder(root: URL(fileURLWithPath: "/tmp/x"), basePath: "/nyheter/")
        func file(_ raw: String) -> String? { RequestPath(raw: raw).map(folder.file(for:)) }
        #expect(file("/nyheter/") == "index.html")
        #expect(file("/") == "index.html")
        #expect(file("/nyheter/amnen/export/") == "amnen/export/index.html")
        #expect(file("/nyheter/amnen/export") == "amnen/export/index.html", "redirected to the folder")
        #expect(file("/nyheter/feed.xml") == "feed.xml")
        #expect(file("/nyheter/%C3%A5r/") == "år/index.html")
    }
}
