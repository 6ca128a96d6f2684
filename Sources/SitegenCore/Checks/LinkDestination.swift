/// What a link or image in an article body points at, read from its destination as written.
///
/// Writers link to other articles by their files, as Hugo's `ref` and Zola's `@/` do
/// (`../2020/rapport.md`, relative to the article's own file), or by addresses in the site, from
/// its root (`/regioner/kronoberg/`) or relative to the article's page (`foto.jpg` in a page
/// bundle). Anything with a scheme is outside the site: `https:` links can be checked with
/// `sitegen check --external`, `mailto:` and `tel:` are not checked.
enum LinkDestination: Sendable, Hashable {
    /// `[text]()`: nothing to check.
    case empty
    /// An `http(s)://` or `//host/…` address.
    case web(String)
    /// `mailto:`, `tel:`, `ftp:` and other schemes.
    case elsewhere
    /// `#rubrik`: a place on the article's own page.
    case fragment(String)
    /// A Markdown file, relative to the article's file: `../2020/rapport.md#resultat`.
    case article(file: String, suffix: Suffix)
    /// An address in the site: `fromRoot` for `/regioner/kronoberg/`, else relative to the page.
    case site(path: String, fromRoot: Bool, suffix: Suffix)

    /// The `?query` and `#fragment` after the path, kept as written for the rewritten link.
    struct Suffix: Sendable, Hashable {
        var text: String = ""
        /// The fragment without `#`, percent-decoded; `nil` when there is none (or it is empty).
        var fragment: String?
    }

    init(_ raw: String) {
        let written = raw.trimmingASCIIWhitespace()
        if written.isEmpty { self = .empty; return }
        if written.hasPrefix("//") { self = .web("https:" + written); return }
        if URLResolver.hasScheme(written) {
            let scheme = written.prefix(while: { $0 != ":" }).lowercased()
            self = scheme == "http" || scheme == "https" ? .web(written) : .elsewhere
            return
        }
        let suffixStart = written.firstIndex { $0 == "?" || $0 == "#" } ?? written.endIndex
        let pathPart = String(written[..<suffixStart])
        var suffix = Suffix(text: String(written[suffixStart...]))
        if let hash = suffix.text.firstIndex(of: "#") {
            let fragment = String(suffix.text[suffix.text.index(after: hash)...])
            suffix.fragment = fragment.isEmpty ? nil : (fragment.removingPercentEncoding ?? fragment)
        }
        let path = pathPart.removingPercentEncoding ?? pathPart
        if path.isEmpty {
            // `#rubrik` on this page; `?q=x` alone is this page again.
            self = suffix.fragment.map { .fragment($0) } ?? .empty
        } else if path.lowercased().hasSuffix(".md") {
            self = .article(file: path, suffix: suffix)
        } else {
            self = .site(path: path, fromRoot: path.hasPrefix("/"), suffix: suffix)
        }
    }
}

/// Paths as lists of segments, with `.` and `..` worked out.
enum PathSegments {
    /// `a/b` + `../c/./d` -> `a/c/d`; `nil` when `..` climbs above the start of `base`.
    static func join(_ base: [String], _ relative: String) -> [String]? {
        var segments = base
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(part))
            }
        }
        return segments
    }

    /// The path from folder `from` to `to`, as a writer would write it: `../2020/rapport.md`.
    static func relative(from folder: [String], to target: [String]) -> String {
        var common = 0
        while common < folder.count, common < target.count - 1, folder[common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: folder.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}

extension LinkDestination {
    /// The `#fragment`, percent-decoded, when the destination has one.
    var fragment: String? {
        switch self {
        case .fragment(let id): id
        case .article(_, let suffix), .site(_, _, let suffix): suffix.fragment
        case .empty, .web, .elsewhere: nil
        }
    }
}
