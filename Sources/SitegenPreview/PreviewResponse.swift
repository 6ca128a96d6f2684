import Foundation

/// What the preview answers to one request, before it is written to the socket: kept apart
/// so the answers can be tested without a socket.
public struct PreviewResponse: Sendable, Equatable {
    public enum Body: Sendable, Equatable {
        case data(Data)
        /// Sent from the disk as it is read: attachments can be large.
        case file(URL, size: Int)
    }

    public var status: Int
    public var headers: [String: String]
    public var body: Body

    public init(status: Int, headers: [String: String], body: Body) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body's bytes, for tests and for HTML (read whole to inject the script).
    public var data: Data {
        switch body {
        case .data(let data): data
        case .file(let url, _): (try? Data(contentsOf: url)) ?? Data()
        }
    }
}
