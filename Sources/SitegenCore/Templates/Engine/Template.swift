/// The site's templates, parsed once, rendered many times on all cores.
///
/// sitegen renders Mustache itself instead of with swift-mustache (which it used until
/// 2026-11). The profile of a 10,000-article build (`perf record -g`, `--jobs 1`) had half of
/// all time inside swift-mustache: every name lookup split the name again and cast `Any` to
/// its protocols at each level of the context stack (`swift_conformsToProtocol` alone was 6%),
/// and HTML escaping went through a dictionary one `Character` at a time (16%). Here the names
/// are split when parsing, view-models answer with a typed ``TemplateValue``, and escaping and
/// output work on UTF-8 bytes. The behaviour is swift-mustache's where the spec leaves room (an
/// absent value lets the lookup go on up the stack; text is escaped with `&#39;` for `'`), so
/// themes written for it render the same; `TemplateEngineTests` holds the spec's cases we rely on.
struct TemplateLibrary: Sendable {
    private var templates: [String: [TemplateNode]] = [:]
    /// Partials put on their own line with indentation: their source re-indented and parsed,
    /// keyed by indentation and name.
    private var indented: [IndentedKey: [TemplateNode]] = [:]

    private struct IndentedKey: Hashable {
        var name: String
        var indentation: String
    }

    /// Deeper partial nesting than this renders nothing more: a partial that includes itself
    /// with nothing to stop it would otherwise never end.
    static let maximumDepth = 64
    /// At most this many re-indented partials are made; beyond it a partial renders without
    /// the extra indentation (only a partial that includes itself on an indented line gets here).
    static let maximumIndentedVariants = 256

    /// The parsed templates by name, and their sources for re-indenting partials.
    init(templates: [String: [TemplateNode]], sources: [String: String]) {
        self.templates = templates
        // Breadth first, so a partial that includes itself cannot use up the variants before
        // the other partials have theirs.
        var pending = templates.keys.sorted().flatMap { Self.indentedPartials(in: templates[$0]!) }
        var next = 0
        while next < pending.count, indented.count < Self.maximumIndentedVariants {
            let key = pending[next]
            next += 1
            guard indented[key] == nil, let source = sources[key.name],
                  let nodes = try? TemplateParser.parse(Self.indent(source, with: key.indentation)) else { continue }
            indented[key] = nodes
            pending += Self.indentedPartials(in: nodes)
        }
    }

    var names: Set<String> { Set(templates.keys) }

    /// Renders the template `name` with `context` as the bottom of the stack, as UTF-8.
    func render(_ name: String, _ context: some TemplateObject) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(32 * 1024)
        var stack: [TemplateValue] = [context.templateValue]
        if let nodes = templates[name] {
            render(nodes, &stack, into: &output, depth: 0)
        }
        return output
    }

    private func render(_ nodes: [TemplateNode], _ stack: inout [TemplateValue], into output: inout [UInt8], depth: Int) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case let .variable(name, escaped):
                switch Self.lookup(name, in: stack) {
                case .text(let text):
                    if escaped { HTMLEscape.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
                case .number(let number): output.append(contentsOf: String(number).utf8)
                case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
                case .missing, .list, .object: break
                }
            case let .section(name, inner, inverted):
                let value = Self.lookup(name, in: stack)
                if inverted {
                    if !value.isTruthy { render(inner, &stack, into: &output, depth: depth) }
                    continue
                }
                switch value {
                case .missing, .bool(false): break
                case .bool(true): render(inner, &stack, into: &output, depth: depth)
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(inner, &stack, into: &output, depth: depth)
                        stack.removeLast()
                    }
                case .text, .number, .object:
                    stack.append(value)
                    render(inner, &stack, into: &output, depth: depth)
                    stack.removeLast()
                }
            case let .partial(name, indentation):
                guard depth < Self.maximumDepth else { continue }
                let nodes = indentation.isEmpty ? templates[name]
                    : indented[IndentedKey(name: name, indentation: indentation)] ?? templates[name]
                if let nodes { render(nodes, &stack, into: &output, depth: depth + 1) }
            }
        }
    }

    /// The value a name stands for: `.` is the innermost value; `a.b` finds `a` in the
    /// innermost value that has it, then `b` in that; `.a` looks only at the innermost value.
    static func lookup(_ name: TemplateName, in stack: [TemplateValue]) -> TemplateValue {
        guard let first = name.parts.first else { return stack.last ?? .missing }
        let rest = name.parts.dropFirst()
        if first.isEmpty { return (stack.last ?? .missing).walking(rest) }
        for index in stack.indices.reversed() {
            guard case .object(let object) = stack[index] else { continue }
            if let found = object.value(named: first, then: rest) { return found }
        }
        return .missing
    }

    private static func indentedPartials(in nodes: [TemplateNode]) -> [IndentedKey] {
        nodes.flatMap { node -> [IndentedKey] in
            switch node {
            case let .partial(name, indentation) where !indentation.isEmpty: [IndentedKey(name: name, indentation: indentation)]
            case let .section(_, inner, _): indentedPartials(in: inner)
            default: []
            }
        }
    }

    /// `source` with `indentation` before each of its lines (not after a final line break).
    static func indent(_ source: String, with indentation: String) -> String {
        var result: [UInt8] = Array(indentation.utf8)
        let bytes = Array(source.utf8)
        for (offset, byte) in bytes.enumerated() {
            result.append(byte)
            if byte == 0x0A, offset + 1 < bytes.count { result += indentation.utf8 }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
