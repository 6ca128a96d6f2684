import Foundation

/// A request's path as the segments of a place in the preview folder, or forbidden.
///
/// Decided from the path alone, before the disk is asked: the raw (percent-encoded) path is split
/// at its slashes first and each segment decoded after, so `%2F` cannot make a separator and
/// `%2e%2e` is caught as the `..` it decodes to. Any `.` or `..` segment, a segment with a
/// slash, backslash or NUL in it, or one that does not decode, is refused rather than
/// normalised: a browser never sends one, and nothing legitimate needs it.
public struct RequestPath: Sendable, Equatable {
    /// Decoded, without empty segments: `/amnen/export/` is `["amnen", "export"]`.
    public var segments: [String]
    /// Whether the path ended with `/` (or was the root): a folder, served by its `index.html`.
    public var isFolder: Bool

    public init(segments: [String], isFolder: Bool) {
        self.segments = segments
        self.isFolder = isFolder
    }

    /// `nil` when the path is refused. A query or fragment, if any, is ignored.
    public init?(raw: String) {
        var path = Substring(raw)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard path.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = String(part).removingPercentEncoding,
                  decoded != ".", decoded != "..", !decoded.isEmpty,
                  !decoded.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) else { return nil }
            segments.append(decoded)
        }
        self.segments = segments
        self.isFolder = path.hasSuffix("/")
    }

    /// The path percent-encoded again, for a `Location` header: `/amnen/export/`.
    public var encoded: String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove("/")
        let parts = segments.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        let joined = "/" + parts.joined(separator: "/")
        return isFolder && !segments.isEmpty ? joined + "/" : joined
    }

    /// Without the site's base path (`/nyheter/` when base_url is `https://example.se/nyheter/`),
    /// when it starts with it; links that cannot be relative (the 404 page's) carry it.
    public func removingBase(_ basePath: [String]) -> RequestPath {
        guard !basePath.isEmpty, segments.starts(with: basePath) else { return self }
        return RequestPath(segments: Array(segments.dropFirst(basePath.count)), isFolder: isFolder)
    }
}
