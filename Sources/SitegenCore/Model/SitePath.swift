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

    /// Looked at in UTF-8 bytes, which is also what the file system sees: a slash followed by a
    /// combining mark is one `Character` that is not `/`, but still a slash in the path. (By
    /// `Character`, this was most of making the sitemap's 17,000 paths.)
    static func isSafe(_ segment: String) -> Bool {
        !segment.isEmpty && segment != "." && segment != ".."
            && !segment.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 == 0 })
    }

    public var description: String {
        segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
    }

    public func appending(_ more: String...) -> SitePath? {
        SitePath(segments: segments + more)
    }

    /// The file that holds this page inside the output folder: `regioner/kronoberg/index.html`.
    /// Made at its size, without an array of the segments and the name: asked for every page
    /// of every build, to keep or write it, the array and the join were 1.5% of a one-edit
    /// rebuild of 10,000 articles (`perf`, under `PageWriter.file(of:)`). The bytes are copied
    /// into the string's storage: appended as strings, each of the eight appends of a page's
    /// file cost some 300 instructions, 2.3% of a one-edit rebuild's (`callgrind`).
    public var indexFile: String {
        let name: StaticString = "index.html"
        let count = segments.reduce(name.utf8CodeUnitCount) { $0 + $1.utf8.count + 1 }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var position = 0
            func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
                _ = UnsafeMutableBufferPointer(rebasing: buffer[position..<(position + bytes.count)]).initialize(from: bytes)
                position += bytes.count
            }
            for var segment in segments {
                segment.withUTF8(copy)
                buffer[position] = UInt8(ascii: "/")
                position += 1
            }
            name.withUTF8Buffer(copy)
            return position
        }
    }

    /// A link from `page` to this path, e.g. `../../regioner/kronoberg/`.
    public func relative(from page: SitePath) -> String {
        var common = 0
        while common < page.segments.count, common < segments.count,
              page.segments[common] == segments[common] {
            common += 1
        }
        let ups = page.segments.count - common
        if ups == 0, common == segments.count { return "./" }
        // Written into the string's storage in one go: building it from `String(repeating:)`,
        // one string per segment and `joined()` was 1.7% of a cold 10,000-article build
        // (every card, navigation and term link of every page is made here).
        let downs = segments[common...]
        let length = 3 * ups + downs.reduce(0) { $0 + $1.utf8.count + 1 }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var index = 0
            for _ in 0..<ups {
                buffer[index] = UInt8(ascii: "."); buffer[index + 1] = UInt8(ascii: "."); buffer[index + 2] = UInt8(ascii: "/")
                index += 3
            }
            for segment in downs {
                index = buffer[index...].initialize(fromContentsOf: segment.utf8)
                buffer[index] = UInt8(ascii: "/")
                index += 1
            }
            return index
        }
    }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool {
        lhs.segments.lexicographicallyPrecedes(rhs.segments)
    }
}
