/// Places in an article's body as places in its file, for messages about the body.
///
/// cmark-gfm counts lines from the start of the body; the file has the front matter above it,
/// so the body's first line (``Article/bodyLine``) is added. The line itself is shown under the
/// message with a caret, as for front-matter problems.
struct BodyPlaces {
    let article: Article

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: article.sourcePath, line: article.bodyLine + line - 1, column: column)
    }

    func diagnostic(_ severity: Diagnostic.Severity, line: Int, column: Int, _ message: String, hint: String?) -> Diagnostic {
        Diagnostic(severity, at: location(line: line, column: column), message, hint: hint, excerpt: bodyLine(line))
    }

    /// Line `number` (from 1) of the body.
    private func bodyLine(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        for line in article.body.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return String(line) }
            current += 1
        }
        return nil
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
