import Foundation

/// An old address of an article that redirects to it: `/gamla-nyheter/rapport/` or, as old
/// Jekyll and WordPress sites had them, `/2020/07/rapport.html`.
///
/// Percent-encoding is decoded before checking, so `%2e%2e` is `..` and refused like it; the
/// segments may hold letters of any alphabet, digits and `-._~`, nothing that could climb out of
/// the output folder or break the syntax of a redirect file.
public struct AliasPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let segments: [String]
    /// Ends in `.html` or `.htm`: the redirect is that file, not a folder's `index.html`.
    public let isFile: Bool

    public init?(_ raw: String) {
        guard let decoded = raw.removingPercentEncoding, !decoded.contains("\\") else { return nil }
        var text = decoded.trimmingCharacters(in: .whitespaces)
        if let url = URL(string: text), url.scheme != nil { return nil }
        if let query = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<query]) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.isEmpty else { return nil }
        for part in parts {
            guard part != ".", part != "..", !part.hasPrefix("."), part.utf8.count <= Limits.oldAddressPartBytes,
                  part.unicodeScalars.allSatisfy({ Self.allowed($0) }) else { return nil }
        }
        segments = parts.map { $0.precomposedStringWithCanonicalMapping }
        let last = parts.last!.lowercased()
        isFile = last.hasSuffix(".html") || last.hasSuffix(".htm")
    }

    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar)
    }

    /// The address as a path: `/a/b/` or `/a/b.html`.
    public var description: String {
        "/" + segments.joined(separator: "/") + (isFile ? "" : "/")
    }

    /// The redirect page inside the output folder.
    public var outputFile: String {
        isFile ? segments.joined(separator: "/") : (segments + ["index.html"]).joined(separator: "/")
    }

    /// The same place as a page path would be, for collision checks (`nil` for `.html` files).
    public var sitePath: SitePath? {
        isFile ? nil : SitePath(segments: segments)
    }

    public static func < (lhs: AliasPath, rhs: AliasPath) -> Bool {
        lhs.description < rhs.description
    }
}
