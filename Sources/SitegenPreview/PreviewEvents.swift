import Foundation

/// The open tabs' event streams, and what each new one must hear first.
///
/// A tab opened while the last build failed gets that build's `error` at once, so the overlay
/// is there whichever page the writer opens; a `reload` or `built` forgets it.
///
/// Each tab says which page it shows (the live script's `?page=`), so after a build only the
/// tabs whose page changed reload (``built(changed:)``): the one being edited, not the ten
/// others the writer has open.
public actor PreviewEvents {
    private struct Listener {
        var continuation: AsyncStream<String>.Continuation
        /// The file the tab shows, by path inside the site (`nyheter/x/index.html`); `nil` when
        /// not known, and such a tab reloads after every build.
        var page: String?
    }

    private var listeners: [UUID: Listener] = [:]
    private var lastError: ServerSentEvent?

    public init() {}

    /// A new listener's stream of event-stream text, for a tab showing `page` (see
    /// ``PreviewFolder/file(for:)``); it ends when ``finish()`` is called, and is forgotten
    /// when its reader stops reading.
    public func listen(page: String? = nil) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = UUID()
        continuation.yield(ServerSentEvent.retry)
        if let lastError { continuation.yield(lastError.text) }
        continuation.onTermination = { _ in Task { await self.forget(id) } }
        listeners[id] = Listener(continuation: continuation, page: page)
        return stream
    }

    /// The same event to every tab.
    public func send(_ event: ServerSentEvent) {
        lastError = event.name == "error" ? event : nil
        for listener in listeners.values { listener.continuation.yield(event.text) }
    }

    /// After a successful build that changed `changed` (paths inside the site; `nil`: not
    /// known, so everything): `reload` to the tabs it concerns (``concerns(_:page:)``), `built`
    /// to the others, which only close a failed build's overlay.
    public func built(changed: Set<String>?) {
        lastError = nil
        for listener in listeners.values {
            listener.continuation.yield(Self.concerns(changed, page: listener.page) ? ServerSentEvent.reload.text : ServerSentEvent.built.text)
        }
    }

    /// Whether a tab showing `page` must reload after `changed` changed: when its own file
    /// changed, or a file that any page may load (a stylesheet, a script, an image, a font),
    /// or when either is not known. Other pages, feeds, sitemaps and search-index files do
    /// not change what the tab shows.
    public static func concerns(_ changed: Set<String>?, page: String?) -> Bool {
        guard let changed, let page else { return true }
        if changed.contains(page) { return true }
        return changed.contains { file in
            let name = file.split(separator: "/").last ?? ""
            guard let dot = name.lastIndex(of: ".") else { return true }
            return !["html", "xml", "json", "txt"].contains(name[name.index(after: dot)...].lowercased())
        }
    }

    /// A comment to every listener, so the server learns of connections whose tab has gone.
    public func keepAlive() {
        for listener in listeners.values { listener.continuation.yield(ServerSentEvent.keepAlive) }
    }

    public var count: Int { listeners.count }

    /// Ends every stream, for a server that stops.
    public func finish() {
        for listener in listeners.values { listener.continuation.finish() }
        listeners = [:]
    }

    private func forget(_ id: UUID) {
        listeners[id] = nil
    }
}
