extension FrontMatterSplitter {
    /// `+++` … `+++`: the TOML between them, from file line 2.
    static func splitTOML(_ source: SourceText) -> Result<FrontMatterSplit, Diagnostic> {
        let text = source.text
        var lines = LineCursor(text)
        guard let first = lines.next() else {
            return .failure(.error("the file has no front matter", at: SourceLocation(file: source.path)))
        }
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            if line.line.trimmingTrailingWhitespace() == "+++" {
                var toml = String(text[first.end..<line.start])
                if toml.hasSuffix("\n") { toml.removeLast() }
                return .success(FrontMatterSplit(yaml: toml, yamlFirstLine: 2, body: String(text[line.end...]),
                                                 bodyFirstLine: lineNumber + 1))
            }
        }
        return .failure(.error(
            "the front matter is not closed: no line '+++' follows the opening one",
            at: SourceLocation(file: source.path),
            hint: "add a line '+++' after the last front-matter field, before the article text"))
    }

    /// `{` … `}` at the top: the object up to its matching brace (braces inside strings do not
    /// count); the body starts on the line after it.
    static func splitJSON(_ source: SourceText) -> Result<FrontMatterSplit, Diagnostic> {
        let text = source.text
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" { line += 1 }
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "{" {
                depth += 1
            } else if character == "}" {
                depth -= 1
                if depth == 0 {
                    let end = text.index(after: index)
                    let json = String(text[..<end])
                    var rest = text[end...]
                    var bodyLine = line
                    // The rest of the closing line, when blank, is not part of the body.
                    let lineRest = rest.prefix { $0 != "\n" }
                    if lineRest.allSatisfy(\.isWhitespace) {
                        rest = rest.dropFirst(lineRest.count)
                        if rest.first == "\n" {
                            rest = rest.dropFirst()
                            bodyLine += 1
                        }
                    }
                    return .success(FrontMatterSplit(yaml: json, yamlFirstLine: 1, body: String(rest), bodyFirstLine: bodyLine))
                }
            }
            index = text.index(after: index)
        }
        return .failure(.error(
            "the front matter is not closed: the '{' on line 1 has no matching '}'",
            at: SourceLocation(file: source.path),
            hint: "end the JSON front matter with '}' on a line of its own, before the article text"))
    }
}
