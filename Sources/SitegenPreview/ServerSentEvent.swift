/// One message of the `text/event-stream` that open tabs listen to (`/_sitegen/events`).
///
///     event: reload
///     data: {}
///
/// The data's lines each get their own `data:` field, as the format asks (a browser joins them
/// again with newlines), and a carriage return never reaches the stream: it would end a field.
public struct ServerSentEvent: Sendable, Equatable {
    public var name: String
    public var data: String

    public init(name: String, data: String) {
        self.name = name
        self.data = data
    }

    /// After a successful build: open pages load themselves again.
    public static let reload = ServerSentEvent(name: "reload", data: "{}")

    /// After a successful build that did not change a tab's page: a failed build's overlay goes.
    public static let built = ServerSentEvent(name: "built", data: "{}")

    /// After a failed build: the pages show ``BuildProblems`` in an overlay.
    public static func error(_ problems: BuildProblems) -> ServerSentEvent {
        ServerSentEvent(name: "error", data: problems.json())
    }

    public var text: String {
        let lines = data.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var text = "event: \(name.filter { $0 != "\n" && $0 != "\r" })\n"
        for line in lines { text += "data: \(line.replacingOccurrences(of: "\r", with: ""))\n" }
        return text + "\n"
    }

    /// Sent first on every connection: how soon a browser reconnects after the server went away.
    public static let retry = "retry: 1000\n\n"
    /// A comment, which browsers ignore; sent now and then so a closed tab's connection is noticed.
    public static let keepAlive = ": keep-alive\n\n"
}
