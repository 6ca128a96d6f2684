import Foundation

/// Places in an article's body as places in its file, for messages about the body.
///
/// cmark-gfm counts lines from the start of the body; the file has the front matter above it,
/// so the body's first line (``Article/bodyLine``) is added. The line itself is shown under the
/// message with a caret, as for front-matter problems. Builds do not keep the Markdown once it
/// is rendered (``ArticleOutcome``), so the line is read from the file, once per article and
/// only when a message needs it.
struct BodyPlaces {
    let article: Article
    /// The site folder the article's ``Article/sourcePath`` is in.
    let siteRoot: URL?
    private let text = LazyText()

    init(article: Article, siteRoot: URL?) {
        self.article = article
        self.siteRoot = siteRoot
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: article.sourcePath, line: article.bodyLine + line - 1, column: column)
    }

    func diagnostic(_ severity: Diagnostic.Severity, line: Int, column: Int, _ message: String, hint: String?) -> Diagnostic {
        Diagnostic(severity, at: location(line: line, column: column), message, hint: hint, excerpt: bodyLine(line))
    }

    /// Line `number` (from 1) of the body.
    private func bodyLine(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        if !article.body.isEmpty {
            return Self.line(number, of: article.body)
        }
        guard let siteRoot, let whole = text.read(siteRoot.appendingPathComponent(article.sourcePath), article.sourcePath) else { return nil }
        return Self.line(article.bodyLine + number - 1, of: whole)
    }

    private static func line(_ number: Int, of text: String) -> String? {
        var current = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return String(line) }
            current += 1
        }
        return nil
    }

    /// The article file's text, decoded as loading decoded it, read on first use.
    private final class LazyText: @unchecked Sendable {
        private var loaded: String??

        func read(_ file: URL, _ relativePath: String) -> String? {
            if let loaded { return loaded }
            let text = try? SourceText.read(file: file, relativePath: relativePath).get().text
            loaded = .some(text)
            return text
        }
    }
}

/// The ids in a body's HTML: the headings' and footnotes' (`fn-1`, `fnref-1`, `fotnoter`) and any
/// in raw HTML (`<a id="tabell">`), which a `#fragment` may name.
enum HTMLIDs {
    static func find(in html: String) -> Set<String> {
        var ids: Set<String> = []
        let bytes = Array(html.utf8)
        let needle = Array(" id=\"".utf8)
        var position = 0
        while position + needle.count <= bytes.count {
            guard bytes[position] == needle[0], Array(bytes[position..<(position + needle.count)]) == needle else {
                position += 1
                continue
            }
            let start = position + needle.count
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
            ids.insert(String(decoding: bytes[start..<end], as: UTF8.self))
            position = end
        }
        return ids
    }
}
