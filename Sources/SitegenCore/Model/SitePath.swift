/// A page's place in the site, as a URL path from the site root: `/`, `/regioner/kronoberg/`.
///
/// Always starts and ends with `/` and holds only slug-safe segments, so a `SitePath` can never
/// name a place outside the output folder. Links between pages are made relative with
/// ``relative(from:)`` so the site works under any base path and when opened from disk.
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The segments between the slashes; empty for the root.
    public let segments: [String]

    public static let root = SitePath(checkedSegments: [])

    init(checkedSegments: [String]) {
        self.segments = checkedSegments
    }

    /// Makes a path from segments, or `nil` if a segment is empty, `.` or `..`, or holds a
    /// slash, a backslash or a NUL.
    public init?(segments: [String]) {
        for segment in segments where !SitePath.isSafe(segment) {
            return nil
        }
        self.segments = segments
    }

    /// Parses `/a/b/` (slashes at either end optional).
    public init?(_ string: String) {
        let parts = string.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        self.init(segments: parts)
    }

    static func isSafe(_ segment: String) -> Bool {
        !segment.isEmpty && segment != "." && segment != ".."
            && !segment.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" })
    }

    public var description: String {
        segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
    }

    public func appending(_ more: String...) -> SitePath? {
        SitePath(segments: segments + more)
    }

    /// The file that holds this page inside the output folder: `regioner/kronoberg/index.html`.
    public var indexFile: String {
        (segments + ["index.html"]).joined(separator: "/")
    }

    /// A link from `page` to this path, e.g. `../../regioner/kronoberg/`.
    public func relative(from page: SitePath) -> String {
        var common = 0
        while common < page.segments.count, common < segments.count,
              page.segments[common] == segments[common] {
            common += 1
        }
        let ups = String(repeating: "../", count: page.segments.count - common)
        let downs = segments[common...].map { $0 + "/" }.joined()
        let link = ups + downs
        return link.isEmpty ? "./" : link
    }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool {
        lhs.segments.lexicographicallyPrecedes(rhs.segments)
    }
}
