import Foundation

/// Fills URL patterns such as `/nyheter/{year}/{slug}/` from `site.yml`.
public enum URLPattern {
    /// Replaces `{name}` placeholders; `nil` if the result is not a safe path or a placeholder
    /// has no value.
    ///
    /// One pass over the pattern's bytes: Foundation's `replacingOccurrences` per value was 11%
    /// of reading an article.
    public static func expand(_ pattern: String, _ values: [String: String]) -> SitePath? {
        var result = ""
        var rest = Substring(pattern)
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            result += rest[..<open]
            guard let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")),
                  let value = values[String(rest[rest.utf8.index(after: open)..<close])] else { return nil }
            result += value
            rest = rest[rest.utf8.index(after: close)...]
        }
        result += rest
        // A value with a brace would leave a placeholder-like text behind: not an address.
        guard !result.utf8.contains(UInt8(ascii: "{")) else { return nil }
        return SitePath(result)
    }

    /// The overview page of a term pattern: `/amnen/{slug}/` -> `/amnen/`.
    public static func overview(of pattern: String, placeholder: String = "slug") -> SitePath? {
        guard let range = pattern.range(of: "{\(placeholder)}") else { return nil }
        return SitePath(String(pattern[..<range.lowerBound]))
    }

    /// Why a pattern cannot be used, or `nil` when it can.
    static func problem(in pattern: String, allowed: [String], required: [String]) -> String? {
        guard pattern.hasPrefix("/") else { return "must start with '/'" }
        var rest = Substring(pattern)
        var found: [String] = []
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { return "has a '{' without '}'" }
            let name = String(rest[rest.index(after: open)..<close])
            guard allowed.contains(name) else {
                return "uses {\(name)}; allowed are " + allowed.map { "{\($0)}" }.joined(separator: ", ")
            }
            found.append(name)
            rest = rest[rest.index(after: close)...]
        }
        for name in required where !found.contains(name) { return "must contain {\(name)}" }
        let literal = pattern.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
        for segment in literal.split(separator: "/") where !Slug.isValid(String(segment)) {
            return "has the folder '\(segment)'; folders may contain only a-z, 0-9 and hyphens"
        }
        return nil
    }
}
