import CCmarkGFM
import Foundation

/// Renders Markdown with Debian's cmark-gfm: GFM tables, strikethrough, autolinks, task lists,
/// footnotes and the tagfilter, with ids on headings and Swedish typographic quotes.
///
/// This is the only file that touches C. Pointers never leave it, and every parser, node tree
/// and returned string is freed on every path.
///
/// Debian's cmark-gfm keeps a process-wide table of special inline characters that parsing with
/// extensions changes and restores, so two parses at once corrupt each other's output (upstream
/// cmark-gfm PR #176). Parsing therefore runs under one lock; rendering the finished tree to
/// HTML touches no shared state and runs in parallel.
public struct MarkdownRenderer: Sendable {
    public let options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// The cmark-gfm library's version ("0.29.0.gfm.6"): another version may give other HTML,
    /// so the build cache keys on it.
    public static var engineVersion: String { String(cString: cmark_version_string()) }

    private static let parseLock = NSLock()
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Without `CMARK_OPT_VALIDATE_UTF8`: the Markdown is a `String`, whose UTF-8 is always
    /// valid (a file that is not UTF-8 is refused as it is read, ``SourceText``), so the option
    /// only copied every line through cmark-gfm's UTF-8 check, 1% of a cold build of 10,000
    /// articles (`perf`, 2026-11-27). It changes nothing else: a NUL, which is valid UTF-8, is
    /// made U+FFFD by cmark-gfm's reader with or without it (`S_parser_feed`); a test renders one.
    private var cmarkOptions: Int32 {
        var flags = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        if options.rawHTML { flags |= CMARK_OPT_UNSAFE }
        return flags
    }

    /// Renders one body. Its links and images are kept, as written and with their places, in
    /// ``RenderedMarkdown/references`` for the checks (``ContentChecks``).
    public func render(_ markdown: String) -> RenderedMarkdown {
        _ = Self.registration
        let flags = cmarkOptions
        // Tables past cmark-gfm's safe size stay text (the loader reports them; this is for
        // `sitegen markdown` and any other caller).
        let tables = TableSize.excess(in: markdown) == nil
        Self.parseLock.lock()
        guard let parser = cmark_parser_new(flags) else {
            Self.parseLock.unlock()
            return .empty
        }
        for name in Self.extensionNames where tables || name != "table" {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var utf8 = markdown
        utf8.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let document = cmark_parser_finish(parser)
        Self.parseLock.unlock()
        defer { cmark_parser_free(parser) }
        guard let document else { return .empty }
        defer { cmark_node_free(document) }

        var result = RenderedMarkdown.empty
        var headingNodes: [OpaquePointer] = []
        var firstParagraph: OpaquePointer?
        var topParagraphs: [OpaquePointer] = []
        var moreFound = false
        var referenceNodes: [(node: OpaquePointer, kind: RenderedMarkdown.Reference.Kind, destination: String)] = []
        // Gathered as bytes and made a String once: a String of each text node was a fifth of
        // this function's time.
        var plain: [UInt8] = []
        plain.reserveCapacity(markdown.utf8.count)
        var words = WordCount()
        walk(document) { node, entering in
            let type = cmark_node_get_type(node)
            // After the switch, so text nodes have their Swedish quotes.
            defer {
                Self.addPlainText(node, type, entering: entering, to: &plain)
                words.visit(node, type, entering: entering)
            }
            guard entering else { return }
            switch type {
            case CMARK_NODE_TEXT where options.smartPunctuation:
                swedishQuotes(node)
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
            case CMARK_NODE_PARAGRAPH where cmark_node_parent(node) == document:
                if firstParagraph == nil { firstParagraph = node }
                if !moreFound { topParagraphs.append(node) }
            case CMARK_NODE_HTML_BLOCK where !moreFound && cmark_node_parent(node) == document:
                moreFound = Self.isMoreMarker(string(cmark_node_get_literal(node)))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = string(cmark_node_get_url(node))
                if Self.isDangerous(url) { cmark_node_set_url(node, "") }
                let kind: RenderedMarkdown.Reference.Kind = type == CMARK_NODE_LINK ? .link : .image
                referenceNodes.append((node, kind, url))
            default:
                break
            }
        }
        // Read after the walk, when its text nodes have their Swedish quotes; cut here, once per
        // rendering, not on every build that lists the article (``RenderedMarkdown/firstParagraph``).
        result.firstParagraph = firstParagraph.map { Wording.summary(plainText($0)) }
        if moreFound {
            result.beforeMore = topParagraphs.map(plainText).joined(separator: " ")
        }
        result.wordCount = words.count
        // Bytes, as the HTML below: the text nodes' literals are cmark-gfm's UTF-8.
        let wholeText = Whitespace.trimmed(utf8: plain)
        result.plainTextStore = BodyText(utf8: wholeText)
        result.plainTextHash = wholeText.withUnsafeBytes { XXHash64.hash($0) }
        // Before the headings are replaced below, which frees the links inside them.
        var columns = LineColumns(markdown)
        for (node, kind, destination) in referenceNodes {
            let (line, column) = place(of: node, &columns)
            result.references.append(.init(kind: kind, destination: destination, text: plainText(node), line: line, column: column))
        }
        var ids = HeadingIDs()
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node))
            let text = plainText(node)
            let id = ids.make(for: text)
            let (line, column) = place(of: node, &columns)
            result.headings.append(.init(level: level, text: text, id: id, line: line, column: column))
            replaceHeading(node, level: level, id: id, flags: flags, extensions: cmark_parser_get_syntax_extensions(parser))
        }
        guard let html = cmark_render_html(document, flags, cmark_parser_get_syntax_extensions(parser)) else {
            return result
        }
        // As bytes, not a `String`: cmark-gfm's contract is UTF-8 out for UTF-8 in, and a
        // `String` of its HTML checked every byte of it (``BodyText/init(utf8:)``).
        let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(html).assumingMemoryBound(to: UInt8.self), count: strlen(html)))
        free(html)
        let footnoted = Self.swedishFootnotes(bytes)
        result.htmlText = BodyText(utf8: footnoted)
        result.mayHaveSiteLinks = BodyLinks.mayNeedRewriting(footnoted)
        return result
    }

    /// ``swedishFootnotes(_:)-(String)`` of HTML as UTF-8 bytes; most bodies have no footnotes.
    static func swedishFootnotes(_ html: [UInt8]) -> [UInt8] {
        guard html.withUnsafeBufferPointer({ String.occurs("data-footnotes", inUTF8: $0) }) else { return html }
        return Array(swedishFootnotes(String(decoding: html, as: UTF8.self)).utf8)
    }

    /// cmark-gfm writes its footnotes section without a heading and with an English label on the
    /// back-links; readers of screen readers get a heading and Swedish instead. The exact strings
    /// come from cmark-gfm 0.29's HTML renderer.
    static func swedishFootnotes(_ html: String) -> String {
        guard html.containsUTF8("data-footnotes") else { return html }
        return html
            .replacingUTF8("<section class=\"footnotes\" data-footnotes>\n",
                           with: "<section class=\"footnotes\" data-footnotes>\n<h2 id=\"fotnoter\">Fotnoter</h2>\n")
            .replacingUTF8("aria-label=\"Back to content\"", with: "aria-label=\"Tillbaka till texten\"")
    }

    /// Where a node starts in the body: cmark-gfm's line, and its byte column as characters.
    private func place(of node: OpaquePointer, _ columns: inout LineColumns) -> (line: Int, column: Int) {
        let line = Int(cmark_node_get_start_line(node))
        return (line, columns.column(line: line, byteColumn: Int(cmark_node_get_start_column(node))))
    }

    /// Visits every node in document order. The callback must not unlink nodes.
    private func walk(_ root: OpaquePointer, _ visit: (OpaquePointer, Bool) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, event == CMARK_EVENT_ENTER)
        }
    }

    /// `<!--more-->` on a line of its own (any spacing and case inside the comment).
    static func isMoreMarker(_ literal: String) -> Bool {
        let compact = literal.lowercased().filter { !$0.isWhitespace }
        return compact == "<!--more-->"
    }

    /// Words across a block's inline nodes: "*tre*." is one word, although "tre" and "." are
    /// separate text nodes; a break or a new block ends a word. Counted in the renderer's one
    /// walk of the tree: a walk of its own was 0.7% of a cold build (`perf`, 2026-11-27).
    private struct WordCount {
        private(set) var count = 0
        private var inWord = false

        mutating func visit(_ node: OpaquePointer, _ type: cmark_node_type, entering: Bool) {
            guard type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE else {
                if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
                    || (type.rawValue & UInt32(CMARK_NODE_TYPE_MASK)) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                    inWord = false
                }
                return
            }
            guard entering, var byte = cmark_node_get_literal(node) else { return }
            // The C string's bytes as they are: making a String of each text node first was
            // most of this count's time.
            while byte.pointee != 0 {
                let value = UInt8(bitPattern: byte.pointee)
                let isSpace = value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D
                if !isSpace, !inWord { count += 1 }
                inWord = !isSpace
                byte += 1
            }
        }
    }

    /// The text a reader sees in a node: text, code, and line breaks as spaces.
    private func plainText(_ node: OpaquePointer) -> String {
        var text: [UInt8] = []
        walk(node) { child, entering in
            guard entering else { return }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                Self.append(cmark_node_get_literal(child), to: &text)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.append(0x20)
            default:
                break
            }
        }
        return Whitespace.collapsed(utf8: text)
    }

    /// Adds what a reader sees of a node to the body's plain text (UTF-8): text and code, a
    /// space for a line break and between blocks (inline text runs on). Raw HTML is not text.
    /// (No space is added after a space byte; the `String` version asked for the last
    /// grapheme, which differs only after a Prepend scalar such as U+0600, where it doubled it.)
    private static func addPlainText(_ node: OpaquePointer, _ type: cmark_node_type, entering: Bool, to plain: inout [UInt8]) {
        if type.rawValue & 0xC000 == 0x8000, plain.last != 0x20 { plain.append(0x20) } // CMARK_NODE_TYPE_BLOCK
        guard entering else { return }
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
            append(cmark_node_get_literal(node), to: &plain)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            plain.append(0x20)
        default:
            break
        }
    }

    /// A C string's bytes (cmark-gfm's literals: UTF-8, as the Markdown it was given is a `String`).
    private static func append(_ literal: UnsafePointer<CChar>?, to bytes: inout [UInt8]) {
        guard let literal else { return }
        bytes.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
    }

    /// cmark's smart punctuation gives English quotes (“…”, ‘…’); Swedish closes both ends (”…”, ’…’).
    private func swedishQuotes(_ node: OpaquePointer) {
        // Looked for in the C string first: most text nodes have no quote, and making each a
        // String to search it was a fifth of this renderer's time.
        guard let literal = cmark_node_get_literal(node), Self.hasEnglishQuote(literal) else { return }
        let swedish = String(cString: literal).replacingUTF8("\u{201C}", with: "\u{201D}").replacingUTF8("\u{2018}", with: "\u{2019}")
        cmark_node_set_literal(node, swedish)
    }

    /// Whether UTF-8 text holds “ (E2 80 9C) or ‘ (E2 80 98).
    static func hasEnglishQuote(_ text: UnsafePointer<CChar>) -> Bool {
        var byte = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        while byte.pointee != 0 {
            if byte.pointee == 0xE2, byte[1] == 0x80, byte[2] == 0x9C || byte[2] == 0x98 { return true }
            byte += 1
        }
        return false
    }

    /// cmark cannot put attributes on a heading, so the heading is rendered on its own and put
    /// back as a custom block holding that HTML with the id added: `<h2 id="x">…</h2>`.
    /// (Custom blocks are written as they are also when raw HTML is off.)
    private func replaceHeading(_ heading: OpaquePointer, level: Int, id: String, flags: Int32, extensions: UnsafeMutablePointer<cmark_llist>?) {
        guard let rendered = cmark_render_html(heading, flags, extensions) else { return }
        var html = String(cString: rendered)
        free(rendered)
        let plainOpen = "<h\(level)>"
        guard html.hasPrefix(plainOpen), let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        html = "<h\(level) id=\"\(id)\">" + html.dropFirst(plainOpen.count)
        while html.last == "\n" { html.removeLast() }
        cmark_node_set_on_enter(block, html)
        cmark_node_set_on_exit(block, "")
        if cmark_node_replace(heading, block) != 0 {
            cmark_node_free(heading)
        } else {
            cmark_node_free(block)
        }
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Link schemes that run code when clicked; cmark's safe mode drops these, and so do we,
    /// also when raw HTML is allowed.
    static func isDangerous(_ url: String) -> Bool {
        let scheme = url.prefix(12).lowercased().filter { !$0.isWhitespace && !$0.isASCIIControl }
        if scheme.hasPrefix("data:image/") { return false }
        return scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("file:")
            || scheme.hasPrefix("data:")
    }
}

private extension Character {
    var isASCIIControl: Bool { asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false }
}
