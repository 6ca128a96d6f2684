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
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ line: Substring) -> Bool {
            line.trimmingTrailingWhitespace() == "---"
        }
        guard let first = lines.first, isFence(first) else {
            if let fence = lines.firstIndex(where: isFence),
               lines[..<fence].allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
                return .failure(.error(
                    "the front matter must start on the first line, but line\(fence == 1 ? "" : "s") 1\(fence == 1 ? "" : "-\(fence)") \(fence == 1 ? "is" : "are") empty",
                    at: SourceLocation(file: source.path, line: fence + 1),
                    hint: "delete the empty line\(fence == 1 ? "" : "s") above '---'"))
            }
            return .failure(.error(
                "the file has no front matter: its first line must be '---'",
                at: SourceLocation(file: source.path),
                hint: "start the article with a line '---', then 'title:', 'date:', 'kind:' and 'regions:' on lines of their own, then a line '---', then the text"))
        }
        guard let closing = lines.dropFirst().firstIndex(where: {
            isFence($0) || $0.trimmingTrailingWhitespace() == "..."
        }) else {
            return .failure(.error(
                "the front matter is not closed: no line '---' follows the opening one",
                at: SourceLocation(file: source.path),
                hint: "add a line '---' after the last front-matter field, before the article text"))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
