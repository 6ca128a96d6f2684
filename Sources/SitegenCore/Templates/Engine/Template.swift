/// The site's templates, parsed once, rendered many times on all cores.
///
/// sitegen renders Mustache itself instead of with swift-mustache (which it used until
/// 2026-11). The profile of a 10,000-article build (`perf record -g`, `--jobs 1`) had half of
/// all time inside swift-mustache: every name lookup split the name again and cast `Any` to
/// its protocols at each level of the context stack (`swift_conformsToProtocol` alone was 6%),
/// and HTML escaping went through a dictionary one `Character` at a time (16%). Here the names
/// are split, and matched to the view-models' fields (``TemplateKey``), when parsing,
/// view-models answer with a typed ``TemplateValue``, and escaping and output work on UTF-8
/// bytes. The behaviour is swift-mustache's where the spec leaves room (an
/// absent value lets the lookup go on up the stack; text is escaped with `&#39;` for `'`), so
/// themes written for it render the same; `TemplateEngineTests` holds the spec's cases we rely on.
struct TemplateLibrary: Sendable {
    /// Every template, and every partial re-indented for a standalone tag, flattened
    /// (``TemplateProgram``); a partial names the program it renders by its index here.
    private let programs: [TemplateProgram]
    /// The programs of the templates themselves, by name.
    private let programsByName: [String: Int]
    let names: Set<String>

    /// A partial put on its own line with indentation: its source re-indented and parsed.
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
        let templateNames = templates.keys.sorted()
        // Breadth first, so a partial that includes itself cannot use up the variants before
        // the other partials have theirs. Each variant is found first at a depth no greater than
        // any it can render at; none is made deeper than a partial renders (``maximumDepth``): a partial
        // that includes itself on an indented line (the default theme's region tree) made all
        // 256 variants, each with more indentation, nearly a tenth of a small site's build, and only
        // the first 64 can render.
        var indented: [(key: IndentedKey, nodes: [TemplateNode])] = []
        var indentedNumbers: [IndentedKey: Int] = [:]
        var pending = templateNames.flatMap { Self.indentedPartials(in: templates[$0]!) }.map { (key: $0, depth: 1) }
        var next = 0
        while next < pending.count, indented.count < Self.maximumIndentedVariants {
            let (key, depth) = pending[next]
            next += 1
            guard depth <= Self.maximumDepth, indentedNumbers[key] == nil, let source = sources[key.name],
                  let nodes = try? TemplateParser.parse(Self.indent(source, with: key.indentation)) else { continue }
            indentedNumbers[key] = templateNames.count + indented.count
            indented.append((key, nodes))
            pending += Self.indentedPartials(in: nodes).map { (key: $0, depth: depth + 1) }
        }
        let byName = Dictionary(uniqueKeysWithValues: templateNames.enumerated().map { ($1, $0) })
        func partial(_ name: String, _ indentation: String) -> Int? {
            indentation.isEmpty ? byName[name]
                : indentedNumbers[IndentedKey(name: name, indentation: indentation)] ?? byName[name]
        }
        programs = templateNames.map { TemplateProgram(templates[$0]!, partial: partial) }
            + indented.map { TemplateProgram($0.nodes, partial: partial) }
        programsByName = byName
        names = Set(templateNames)
    }

    /// Renders the template `name` with `context` as the bottom of the stack, as UTF-8.
    func render(_ name: String, _ context: some TemplateObject) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(32 * 1024)
        var stack: [TemplateValue] = [context.templateValue]
        if let program = programsByName[name] {
            run(program, &stack, into: &output, depth: 0)
        }
        return output
    }

    private func run(_ number: Int, _ stack: inout [TemplateValue], into output: inout [UInt8], depth: Int) {
        let program = programs[number]
        program.operations.withUnsafeBufferPointer { operations in
            program.text.withUnsafeBufferPointer { text in
                program.names.withUnsafeBufferPointer { names in
                    let code = Code(operations: operations, text: text, names: names)
                    run(code, 0..<operations.count, &stack, into: &output, depth: depth)
                }
            }
        }
    }

    /// One program's operations, text and names, borrowed for the time it renders.
    private struct Code {
        let operations: UnsafeBufferPointer<TemplateProgram.Operation>
        let text: UnsafeBufferPointer<UInt8>
        let names: UnsafeBufferPointer<TemplateName>
    }

    private func run(_ code: Code, _ range: Range<Int>, _ stack: inout [TemplateValue], into output: inout [UInt8],
                     depth: Int) {
        var index = range.lowerBound
        while index < range.upperBound {
            let operation = code.operations[index]
            index += 1
            switch operation {
            case .text(let bytes):
                output.append(contentsOf: UnsafeBufferPointer(rebasing: code.text[bytes]))
            case let .variable(name, escaped):
                switch Self.lookup(code.names, name, in: stack) {
                case .text(let text):
                    if escaped { HTMLEscape.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
                case .utf8(let bytes):
                    if escaped { bytes.withUnsafeBufferPointer { HTMLEscape.append($0, to: &output) } } else { output.append(contentsOf: bytes) }
                case .number(let number): output.append(contentsOf: String(number).utf8)
                case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
                case .missing, .list, .object: break
                }
            case let .section(name, inverted, end):
                let body = index..<end
                index = end
                let value = Self.lookup(code.names, name, in: stack)
                if inverted {
                    if !value.isTruthy { run(code, body, &stack, into: &output, depth: depth) }
                    continue
                }
                switch value {
                case .missing, .bool(false): break
                case .bool(true): run(code, body, &stack, into: &output, depth: depth)
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        run(code, body, &stack, into: &output, depth: depth)
                        stack.removeLast()
                    }
                case .text, .utf8, .number, .object:
                    stack.append(value)
                    run(code, body, &stack, into: &output, depth: depth)
                    stack.removeLast()
                }
            case .partial(let program):
                guard depth < Self.maximumDepth, let program else { continue }
                run(program, &stack, into: &output, depth: depth + 1)
            }
        }
    }

    /// The value the program's name `number` stands for: `.` is the innermost value; `a.b`
    /// finds `a` in the innermost value that has it, then `b` in that; `.a` looks only at the
    /// innermost value.
    ///
    /// It is given the program's names and the name's number, and reads only the name's parts
    /// through the pointer: given the name itself (`code.names[name]`), both of its fields were
    /// copied for every `{{…}}` of every page. Templates rendered 7-12% faster (timed as for
    /// ``TemplateObjectBox``, three runs); keeping only the parts in ``TemplateProgram``, and
    /// passing them, measured nothing.
    private static func lookup(_ names: UnsafeBufferPointer<TemplateName>, _ number: Int,
                               in stack: [TemplateValue]) -> TemplateValue {
        let parts = names.baseAddress.unsafelyUnwrapped.advanced(by: number).pointee.parts
        guard let first = parts.first else { return stack.last ?? .missing }
        let rest = parts.dropFirst()
        if first.name.isEmpty { return (stack.last ?? .missing).walking(rest) }
        for index in stack.indices.reversed() {
            guard case .object(let box) = stack[index] else { continue }
            if let found = box.object.value(for: first, then: rest) { return found }
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
