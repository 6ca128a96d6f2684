/// What the Markdown renderer returns for one article body: HTML plus what later phases need.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The body HTML, with ids on headings.
    public var html: String
    /// Headings in order, with the ids given them (for tables of contents and link checks).
    public var headings: [Heading]
    /// The first paragraph as plain text, the default summary.
    public var firstParagraph: String?
    /// The text of the paragraphs before a `<!--more-->` line, when the body has one: the
    /// summary the writer marked.
    public var beforeMore: String?
    /// Words a reader reads: text and inline code, not code blocks.
    public var wordCount: Int
    /// Link destinations as written.
    public var links: [String]
    /// Image sources as written.
    public var images: [String]
    /// The whole body as a reader sees it, without markup, for the search index.
    public var plainText: String = ""

    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var id: String
    }
}

extension RenderedMarkdown {
    static let empty = RenderedMarkdown(html: "", headings: [], firstParagraph: nil, beforeMore: nil,
                                        wordCount: 0, links: [], images: [])
}

/// How Markdown becomes HTML; set from `site.yml`.
public struct MarkdownOptions: Sendable, Hashable {
    /// Raw HTML passes through (GitHub's tagfilter still disarms `<script>` and friends);
    /// when false it is left out.
    public var rawHTML: Bool
    /// Typographic quotes and dashes, the Swedish way: ”citat”, ’så’, –.
    public var smartPunctuation: Bool

    public init(rawHTML: Bool = true, smartPunctuation: Bool = true) {
        self.rawHTML = rawHTML
        self.smartPunctuation = smartPunctuation
    }
}
