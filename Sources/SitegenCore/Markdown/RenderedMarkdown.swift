/// What the Markdown renderer returns for one article body: HTML plus what later phases need.
///
/// A build keeps the HTML and the plain text in a ``BodyFile`` once the body is rendered
/// (``spill(into:)``), not in memory: ``html`` and ``plainText`` then read them from there.
///
/// Its fields live in one shared box, copied when a copy is changed (``CopyOnWrite``), as
/// ``Article``'s do: a body is copied from the cache's entry into the outcome, the bodies by
/// path, the texts of phase 3 and the fingerprints' inputs; each copy was a retain and a release of its seven
/// counted fields, 2.4% of a one-edit rebuild of 10,000 articles (`perf`). Now it is one.
public struct RenderedMarkdown: Sendable, Hashable {
    struct Fields: Sendable, Hashable {
        var htmlText: BodyText
        var headings: [Heading]
        var firstParagraph: String?
        var beforeMore: String?
        var wordCount: Int
        var plainTextStore = BodyText()
        var plainTextHash: UInt64
        var references: [Reference]
        var mayHaveSiteLinks: Bool
    }

    private var storage: CopyOnWrite<Fields>

    /// The body HTML, with ids on headings.
    public var html: String {
        get { htmlText.string }
        set { htmlText = BodyText(newValue) }
    }
    /// Where ``html`` is.
    var htmlText: BodyText {
        get { storage.fields.htmlText }
        _modify { yield &storage.fields.htmlText }
    }
    /// Headings in order, with the ids given them (for tables of contents and link checks).
    public var headings: [Heading] {
        get { storage.fields.headings }
        _modify { yield &storage.fields.headings }
    }
    /// The first paragraph as plain text, cut at a word near 300 characters
    /// (``Wording/summary(_:limit:)``): the default summary. Cut as the body is rendered, and
    /// kept cut in the build cache: cutting (and so counting the characters of) every article's
    /// first paragraph on every build was 4% of a one-edit rebuild of 10,000 articles.
    public var firstParagraph: String? {
        get { storage.fields.firstParagraph }
        _modify { yield &storage.fields.firstParagraph }
    }
    /// The text of the paragraphs before a `<!--more-->` line, when the body has one: the
    /// summary the writer marked.
    public var beforeMore: String? {
        get { storage.fields.beforeMore }
        _modify { yield &storage.fields.beforeMore }
    }
    /// Words a reader reads: text and inline code, not code blocks.
    public var wordCount: Int {
        get { storage.fields.wordCount }
        set { storage.fields.wordCount = newValue }
    }
    /// The whole body as a reader sees it, without markup, for the search index. Only a body
    /// rendered in this build has it: the build cache keeps ``plainTextHash`` instead (see
    /// ``hasPlainText``).
    public var plainText: String {
        get { plainTextStore.string }
        set { plainTextStore = BodyText(newValue) }
    }
    /// Where ``plainText`` is.
    var plainTextStore: BodyText {
        get { storage.fields.plainTextStore }
        _modify { yield &storage.fields.plainTextStore }
    }
    /// XXH64 of ``plainText``'s UTF-8, which the search index's weights are kept under.
    public var plainTextHash: UInt64 {
        get { storage.fields.plainTextHash }
        set { storage.fields.plainTextHash = newValue }
    }
    /// Every link and image with its place in the body and its text, for the checks
    /// (`sitegen check`): where a broken link or a missing alt text is, in the writer's file.
    public var references: [Reference] {
        get { storage.fields.references }
        _modify { yield &storage.fields.references }
    }
    /// Whether the HTML may have links that ``BodyLinks`` makes fit the site (to an article's
    /// file, or from the site's root), found once as the body is rendered and kept in the build
    /// cache: looking through every body's HTML on every build was 4% of a rebuild.
    public var mayHaveSiteLinks: Bool {
        get { storage.fields.mayHaveSiteLinks }
        set { storage.fields.mayHaveSiteLinks = newValue }
    }

    init(html: String, headings: [Heading], firstParagraph: String?, beforeMore: String?, wordCount: Int,
         plainText: String = "", plainTextHash: UInt64 = RenderedMarkdown.hash(of: ""),
         references: [Reference] = [], mayHaveSiteLinks: Bool = false) {
        self.init(htmlText: BodyText(html), headings: headings, firstParagraph: firstParagraph, beforeMore: beforeMore,
                  wordCount: wordCount, plainTextHash: plainTextHash, references: references,
                  mayHaveSiteLinks: mayHaveSiteLinks)
        self.plainText = plainText
    }

    init(htmlText: BodyText, headings: [Heading], firstParagraph: String?, beforeMore: String?, wordCount: Int,
         plainTextHash: UInt64, references: [Reference], mayHaveSiteLinks: Bool) {
        storage = CopyOnWrite(Fields(htmlText: htmlText, headings: headings, firstParagraph: firstParagraph,
                                     beforeMore: beforeMore, wordCount: wordCount, plainTextHash: plainTextHash,
                                     references: references, mayHaveSiteLinks: mayHaveSiteLinks))
    }

    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var id: String
        /// Where the heading starts in the body (line and column from 1, column in characters),
        /// for messages about skipped levels; 0 when not known.
        public var line: Int = 0
        public var column: Int = 0
    }

    /// A link or an image of the body, as the writer wrote it.
    public struct Reference: Sendable, Hashable {
        public enum Kind: Sendable, Hashable { case link, image }
        public var kind: Kind
        /// The destination as written, before any rewriting (`../2020/rapport.md#resultat`).
        public var destination: String
        /// What a reader sees: the link's text, or the image's alternative text.
        public var text: String
        /// Line and column in the body, from 1; the column counts characters, not bytes.
        public var line: Int
        public var column: Int
    }
}

extension RenderedMarkdown {
    /// Whether ``plainText`` is the text ``plainTextHash`` was made from; false for a body
    /// from the build cache, whose text would have to be rendered again.
    var hasPlainText: Bool {
        !plainTextStore.isEmpty || plainTextHash == Self.hash(of: "")
    }

    /// The HTML and the plain text moved into `file` (each stays in memory if the file cannot
    /// take it).
    mutating func spill(into file: BodyFile) {
        htmlText = htmlText.spilled(into: file)
        plainTextStore = plainTextStore.spilled(into: file)
    }

    static func hash(of plainText: String) -> UInt64 {
        var text = plainText
        return text.withUTF8 { XXHash64.hash(UnsafeRawBufferPointer($0)) }
    }

    static let empty = RenderedMarkdown(html: "", headings: [], firstParagraph: nil, beforeMore: nil,
                                        wordCount: 0)
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
