/// A parsed template: text and tags, with sections holding their own nodes.
indirect enum TemplateNode: Sendable {
    /// Text copied as it is, as UTF-8.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when inverted.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{> name}}`; `indentation` is the whitespace before a partial tag alone on its line,
    /// put before every line of the partial (the Mustache spec's "standalone indentation").
    case partial(String, indentation: String)
}

/// A tag's name: `.` (the current value), `title`, or a dotted path such as `article.title`.
struct TemplateName: Sendable, Hashable {
    /// The parts of a dotted name, each with the field it names; empty for `.`.
    let parts: [TemplateKey]
    /// The name as written, for messages.
    let written: String

    init(_ written: String) {
        self.written = written
        self.parts = written == "." ? [] : written.split(separator: ".", omittingEmptySubsequences: false).map { TemplateKey(String($0)) }
    }
}

/// A template that cannot be parsed: what is wrong and where (1-based line and column).
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        case unclosedTag
        case emptyName
        case spaceInName(String)
        case unclosedSection(String)
        case unexpectedClose(String)
        case mismatchedClose(opened: String, closed: String)
        case invalidDelimiters(String)
        case unsupported(String)
    }

    public var problem: Problem
    public var line: Int
    public var column: Int
    /// The source line the problem is on.
    public var lineText: String

    /// The problem in plain words.
    public var message: String {
        switch problem {
        case .unclosedTag: "a tag is opened but not closed"
        case .emptyName: "a tag has no name"
        case .spaceInName(let name): "the tag name '\(name)' contains a space"
        case .unclosedSection(let name): "the section '{{#\(name)}}' is never closed"
        case .unexpectedClose(let name): "'{{/\(name)}}' closes a section that was never opened"
        case .mismatchedClose(let opened, let closed): "the section '\(opened)' is closed with '{{/\(closed)}}'"
        case .invalidDelimiters(let text): "the delimiter change '\(text)' is not valid"
        case .unsupported(let what): "\(what) is not supported"
        }
    }

    /// How to fix it, for a writer of templates.
    public var hint: String {
        switch problem {
        case .unclosedTag: "close the tag with '}}'"
        case .emptyName: "write the name of a value between the braces, e.g. {{page.title}}"
        case .spaceInName: "names are written without spaces, e.g. {{article.title}}"
        case .unclosedSection(let name): "add {{/\(name)}} where the section ends"
        case .unexpectedClose: "remove it, or add the {{#...}} that it closes"
        case .mismatchedClose(let opened, _): "close the innermost open section first: {{/\(opened)}}"
        case .invalidDelimiters: "write two delimiters separated by a space, e.g. {{=<% %>=}}"
        case .unsupported: "sitegen's templates use Mustache's sections, inverted sections, partials, comments and delimiter changes; see README, Templates"
        }
    }
}
