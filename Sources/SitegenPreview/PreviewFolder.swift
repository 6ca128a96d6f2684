import Foundation

/// The built preview on disk, and what a request path finds in it: a file, a redirect to the
/// folder's address with its slash, or nothing.
///
/// As a static host does it: `/amnen/export/` is `amnen/export/index.html`, `/amnen/export`
/// redirects there (so the page's relative links work), and a file is served only when its
/// real path, symbolic links resolved, is inside the folder.
public struct PreviewFolder: Sendable {
    public enum Found: Sendable, Equatable {
        case file(URL)
        case redirect(String)
        case notFound
    }

    public let root: URL
    /// The site's base path as segments (`["nyheter"]` for `/nyheter/`), also accepted in requests.
    public var basePath: [String]

    public init(root: URL, basePath: String = "/") {
        self.root = root.standardizedFileURL
        self.basePath = basePath.split(separator: "/").map(String.init)
    }

    public func find(_ request: RequestPath) -> Found {
        let path = request.removingBase(basePath)
        let target = path.segments.reduce(root) { $0.appendingPathComponent($1) }
        if path.isFolder {
            return inside(target.appendingPathComponent("index.html")).map(Found.file) ?? .notFound
        }
        if let file = inside(target) { return .file(file) }
        if inside(target.appendingPathComponent("index.html")) != nil {
            return .redirect(RequestPath(segments: request.segments, isFolder: true).encoded)
        }
        return .notFound
    }

    /// The file a tab at `request` shows, by path inside the site, whether or not it exists
    /// yet: `nyheter/x/index.html` for `/nyheter/x/` and for `/nyheter/x` (which redirects there),
    /// `feed.xml` for `/feed.xml`.
    public func file(for request: RequestPath) -> String {
        let path = request.removingBase(basePath)
        let joined = path.segments.joined(separator: "/")
        let isFile = !path.isFolder && path.segments.last.map { $0.contains(".") } == true
        return isFile ? joined : (joined.isEmpty ? "" : joined + "/") + "index.html"
    }

    /// The site's `404.html`, when it has one.
    public var notFoundPage: URL? {
        inside(root.appendingPathComponent("404.html"))
    }

    /// `file` if it is a regular file whose real path is inside the root's real path.
    func inside(_ file: URL) -> URL? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        let realRoot = root.resolvingSymlinksInPath().path
        let real = file.resolvingSymlinksInPath().path
        return real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") ? file : nil
    }
}
