/// Separates the YAML front matter of an article from its Markdown body.
public struct FrontMatterSplit: Sendable, Hashable {
    /// The YAML between the `---` lines.
    public var yaml: String
    /// The file line of the YAML's first line (2 when the file starts with `---`).
    public var yamlFirstLine: Int
    public var body: String
    /// The file line where the body starts.
    public var bodyFirstLine: Int
}

public enum FrontMatterSplitter {
    public static func split(_ source: SourceText) -> Result<FrontMatterSplit, Diagnostic> {
        // Lines are walked only up to the closing fence: the body is taken as one slice, so a
        // long article costs nothing here beyond its front matter.
        let text = source.text
        func isFence(_ line: Substring) -> Bool {
            isLine(line, "---")
        }
        var lines = LineCursor(text)
        guard let first = lines.next(), isFence(first.line) else {
            var blank = 0
            var cursor = LineCursor(text)
            while let line = cursor.next(), line.line.allSatisfy(\.isWhitespace) {
                blank += 1
                if let following = cursor.peek(), isFence(following) {
                    let fence = blank
                    return .failure(.error(
                        "the front matter must start on the first line, but line\(fence == 1 ? "" : "s") 1\(fence == 1 ? "" : "-\(fence)") \(fence == 1 ? "is" : "are") empty",
                        at: SourceLocation(file: source.path, line: fence + 1),
                        hint: "delete the empty line\(fence == 1 ? "" : "s") above '---'"))
                }
            }
            return .failure(.error(
                "the file has no front matter: its first line must be '---'",
                at: SourceLocation(file: source.path),
                hint: "start the article with a line '---', then 'title:', 'date:', 'kind:' and 'regions:' on lines of their own, then a line '---', then the text"))
        }
        let yamlStart = first.end
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            if isFence(line.line) || isLine(line.line, "...") {
                var yaml = String(text[yamlStart..<line.start])
                if yaml.hasSuffix("\n") { yaml.removeLast() }
                return .success(FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: String(text[line.end...]),
                                                 bodyFirstLine: lineNumber + 1))
            }
        }
        return .failure(.error(
            "the front matter is not closed: no line '---' follows the opening one",
            at: SourceLocation(file: source.path),
            hint: "add a line '---' after the last front-matter field, before the article text"))
    }
}

/// Whether `line` is `marker` with nothing after it but whitespace. Its first bytes are looked
/// at first: a line that trims to `marker` begins with it, and most lines of front matter
/// (`title: …`) do not, where trimming each from its end a `Character` at a time was nearly a
/// third of splitting an article (callgrind, 2026-11-28).
private func isLine(_ line: Substring, _ marker: String) -> Bool {
    line.utf8.starts(with: marker.utf8) && line.trimmingTrailingWhitespace() == marker
}

/// Walks a text's lines without splitting all of it: each line, where it starts, and where the
/// next one starts.
struct LineCursor {
    let text: String
    var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> (line: Substring, start: String.Index, end: String.Index)? {
        guard position < text.endIndex else { return nil }
        let start = position
        // The byte, not the Character: every LF is a grapheme of its own (CR is gone by now).
        // Looked for in the text's contiguous bytes where it has them (a file's text always
        // does): through the view's indices, a byte at a time, it was some 1,800 instructions
        // a line, most of splitting off the front matter (callgrind, 2026-11-28).
        let utf8 = text.utf8
        let newline: String.Index?
        if let offset = utf8.withContiguousStorageIfAvailable({ bytes in
            let from = utf8.distance(from: utf8.startIndex, to: start)
            return bytes[from...].firstIndex(of: 0x0A) ?? -1
        }) {
            newline = offset < 0 ? nil : utf8.index(utf8.startIndex, offsetBy: offset)
        } else {
            newline = utf8[start...].firstIndex(of: 0x0A)
        }
        let lineEnd = newline ?? text.endIndex
        position = newline.map { text.index(after: $0) } ?? text.endIndex
        return (text[start..<lineEnd], start, position)
    }

    func peek() -> Substring? {
        var copy = self
        return copy.next()?.line
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
