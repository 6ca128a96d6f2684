/// Reads Mustache template text into ``TemplateNode``s, following the Mustache spec
/// (github.com/mustache/spec): variables, `{{{raw}}}` and `{{&raw}}`, sections, inverted
/// sections, comments, partials and delimiter changes, with the spec's standalone lines (a
/// section, comment, partial or delimiter tag alone on its line leaves no blank line behind).
///
/// Template inheritance (`{{<parent}}`, `{{$block}}`) and pragmas (`{{%...}}`) are optional
/// parts of the spec that sitegen's themes do not use; they are reported, never ignored.
struct TemplateParser {
    private let source: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    private init(_ text: String) {
        source = Array(text.utf8)
    }

    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(text)
        return try parser.parse()
    }

    private enum TagKind {
        case variable, raw, section, inverted, close, comment, partial, delimiters
        /// Tags that, alone on a line, take the line with them.
        var canStandAlone: Bool {
            switch self {
            case .variable, .raw: false
            case .section, .inverted, .close, .comment, .partial, .delimiters: true
            }
        }
    }

    private struct OpenSection {
        var name: TemplateName
        var inverted: Bool
        var outer: [TemplateNode]
        var at: Int
    }

    private mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        var sections: [OpenSection] = []
        var nodes: [TemplateNode] = []
        var textStart = 0
        while let tagStart = find(open, from: textStart) {
            let (kind, content, tagEnd) = try readTag(at: tagStart)

            // A standalone tag: only spaces and tabs around it on its line.
            var lineStart = tagStart
            while lineStart > 0, source[lineStart - 1] == 0x20 || source[lineStart - 1] == 0x09 { lineStart -= 1 }
            var lineEnd = tagEnd
            while lineEnd < source.count, source[lineEnd] == 0x20 || source[lineEnd] == 0x09 { lineEnd += 1 }
            let startsLine = lineStart == 0 || source[lineStart - 1] == 0x0A
            var endsLine = lineEnd == source.count
            if lineEnd < source.count, source[lineEnd] == 0x0A {
                lineEnd += 1
                endsLine = true
            } else if lineEnd + 1 < source.count, source[lineEnd] == 0x0D, source[lineEnd + 1] == 0x0A {
                lineEnd += 2
                endsLine = true
            }
            let standalone = kind.canStandAlone && startsLine && endsLine && lineStart >= textStart
            let indentation: String
            if standalone {
                append(textStart..<lineStart, to: &nodes)
                indentation = String(decoding: source[lineStart..<tagStart], as: UTF8.self)
                textStart = lineEnd
            } else {
                append(textStart..<tagStart, to: &nodes)
                indentation = ""
                textStart = tagEnd
            }

            switch kind {
            case .comment:
                break
            case .delimiters:
                try changeDelimiters(content, at: tagStart)
            case .variable, .raw:
                nodes.append(.variable(try name(content, at: tagStart), escaped: kind == .variable))
            case .partial:
                nodes.append(.partial(try name(content, at: tagStart).written, indentation: indentation))
            case .section, .inverted:
                sections.append(OpenSection(name: try name(content, at: tagStart), inverted: kind == .inverted,
                                            outer: nodes, at: tagStart))
                nodes = []
            case .close:
                let closing = try name(content, at: tagStart)
                guard let section = sections.popLast() else {
                    throw error(.unexpectedClose(closing.written), at: tagStart)
                }
                guard section.name == closing else {
                    throw error(.mismatchedClose(opened: section.name.written, closed: closing.written), at: tagStart)
                }
                let inner = nodes
                nodes = section.outer
                nodes.append(.section(section.name, inner, inverted: section.inverted))
            }
        }
        append(textStart..<source.count, to: &nodes)
        if let unclosed = sections.last {
            throw error(.unclosedSection(unclosed.name.written), at: unclosed.at)
        }
        return nodes
    }

    /// The tag starting at `start`: its kind, its content between sigil and closing
    /// delimiter, and where it ends.
    private func readTag(at start: Int) throws(TemplateSyntaxError) -> (TagKind, String, Int) {
        let afterOpen = start + open.count
        guard afterOpen < source.count else { throw error(.unclosedTag, at: start) }
        let sigil = source[afterOpen]
        let kind: TagKind
        var contentStart = afterOpen + 1
        var closing = close
        switch sigil {
        case UInt8(ascii: "{") where open == Array("{{".utf8):
            kind = .raw
            closing = [UInt8(ascii: "}")] + close
        case UInt8(ascii: "="):
            kind = .delimiters
            closing = [UInt8(ascii: "=")] + close
        case UInt8(ascii: "&"): kind = .raw
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"), UInt8(ascii: "$"):
            throw error(.unsupported("template inheritance ({{<parent}} and {{$block}})"), at: start)
        case UInt8(ascii: "%"):
            throw error(.unsupported("a pragma ({{%...}})"), at: start)
        default:
            kind = .variable
            contentStart = afterOpen
        }
        guard let contentEnd = find(closing, from: contentStart) else { throw error(.unclosedTag, at: start) }
        let content = String(decoding: source[contentStart..<contentEnd], as: UTF8.self)
        return (kind, content, contentEnd + closing.count)
    }

    private func name(_ content: String, at offset: Int) throws(TemplateSyntaxError) -> TemplateName {
        let trimmed = content.trimmingASCIIWhitespace()
        guard !trimmed.isEmpty else { throw error(.emptyName, at: offset) }
        guard !trimmed.utf8.contains(where: Self.isWhitespace) else { throw error(.spaceInName(trimmed), at: offset) }
        return TemplateName(trimmed)
    }

    private mutating func changeDelimiters(_ content: String, at offset: Int) throws(TemplateSyntaxError) {
        let parts = content.utf8.split(whereSeparator: Self.isWhitespace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw error(.invalidDelimiters(content.trimmingASCIIWhitespace()), at: offset)
        }
        open = Array(parts[0])
        close = Array(parts[1])
    }

    private func append(_ range: Range<Int>, to nodes: inout [TemplateNode]) {
        if !range.isEmpty { nodes.append(.text(Array(source[range]))) }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start + needle.count <= source.count else { return nil }
        var index = start
        while index + needle.count <= source.count {
            if source[index] == first, source[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func error(_ problem: TemplateSyntaxError.Problem, at offset: Int) -> TemplateSyntaxError {
        var lineStart = offset
        while lineStart > 0, source[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = offset
        while lineEnd < source.count, source[lineEnd] != 0x0A, source[lineEnd] != 0x0D { lineEnd += 1 }
        let line = source[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let column = String(decoding: source[lineStart..<offset], as: UTF8.self).count + 1
        return TemplateSyntaxError(problem: problem, line: line, column: column,
                                   lineText: String(decoding: source[lineStart..<lineEnd], as: UTF8.self))
    }
}
