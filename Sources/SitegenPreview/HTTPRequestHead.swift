import Foundation

/// The first line and the headers of an HTTP/1.x request, as ``LoopbackServer`` reads them:
/// enough for a preview that answers GET and HEAD, and nothing it does not use.
struct HTTPRequestHead: Sendable, Equatable {
    var method: String
    /// The path as sent, still percent-encoded, without the query: `/amnen/export/`.
    var path: String
    /// The query as sent (after `?`, still encoded), empty when there is none.
    var query: String
    /// Header names in lowercase; a repeated header keeps its last value.
    var headers: [String: String]

    /// The most a request's head may take: a browser's is under 2 KB.
    static let limit = 32 * 1024

    /// The head in `bytes`, everything before the blank line that ends it (which is left out);
    /// `nil` when it is not an HTTP/1.x request line followed by `name: value` lines.
    /// An absolute target (`GET http://127.0.0.1:8080/x HTTP/1.1`, as sent to a proxy) is
    /// taken by its path.
    init?(_ bytes: some Collection<UInt8>) {
        // Headers are ASCII (RFC 9110 5.5); anything else is kept as its replacement characters.
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard !lines.isEmpty else { return nil }
        let request = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: true)
        guard request.count == 3, request[2].hasPrefix("HTTP/1."), !request[0].isEmpty,
              request[0].allSatisfy({ $0.isASCII && ($0.isUppercase || $0 == "-") }) else { return nil }
        method = String(request[0])
        var target = request[1]
        if let scheme = target.range(of: "://"), !target.hasPrefix("/") {
            let afterHost = target[scheme.upperBound...]
            target = afterHost.firstIndex(of: "/").map { afterHost[$0...] } ?? "/"
        }
        if let fragment = target.firstIndex(of: "#") { target = target[..<fragment] }
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = String(target)
            query = ""
        }
        headers = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }

    /// The value of query parameter `name`, percent-decoded (`+` as a space, as forms send it),
    /// or `nil` when it is not there or does not decode.
    func query(_ name: String) -> String? {
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts[0].replacingOccurrences(of: "+", with: " ").removingPercentEncoding == name else { continue }
            return parts.count == 2 ? parts[1].replacingOccurrences(of: "+", with: " ").removingPercentEncoding : ""
        }
        return nil
    }
}
