/// One problem the checks found in an article body, with what it is about, so the editorial
/// report can list the broken links and the images without alt text apart from the rest.
public struct ContentProblem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A link to a page, file or article that the site does not have (an error).
        case brokenLink
        /// A `#fragment` that names no heading on the page it leads to (an error).
        case brokenAnchor
        /// An image whose file the site does not have (an error).
        case missingImage
        /// The accessibility warnings: an image without alternative text, a skipped heading
        /// level, a link with no text or with text such as "klicka här", no summary.
        case imageWithoutAlt
        case skippedHeading
        case emptyLinkText
        case vagueLinkText
        case noSummary

        /// Broken links, anchors and images: what the report lists as broken.
        public var isBroken: Bool { self == .brokenLink || self == .brokenAnchor || self == .missingImage }
    }

    public var kind: Kind
    /// The article's source file: `content/2020/x.md`.
    public var article: String
    /// The link or image destination as written, when the problem is about one.
    public var destination: String?
    public var diagnostic: Diagnostic
}

/// What the checks of all article bodies found.
public struct ContentCheckResult: Sendable {
    public var problems: [ContentProblem] = []
    /// Every `http(s)` address linked from the bodies, with the places that link to it, for
    /// `sitegen check --external`; in the order first linked.
    public var externalLinks: [ExternalLink] = []

    public init() {}

    /// The results of consecutive runs of articles, in order, as one: an address linked from
    /// several runs is listed where it was first linked, with all its places in order.
    init(joining parts: [ContentCheckResult]) {
        var first: [String: Int] = [:]
        for part in parts {
            problems += part.problems
            for link in part.externalLinks {
                if let known = first[link.url] {
                    externalLinks[known].places += link.places
                } else {
                    first[link.url] = externalLinks.count
                    externalLinks.append(link)
                }
            }
        }
    }
}

/// An address outside the site and where the articles link to it.
public struct ExternalLink: Sendable, Hashable {
    public var url: String
    public var places: [SourceLocation]

    public init(url: String, places: [SourceLocation]) {
        self.url = url
        self.places = places
    }
}
