/// A parsed template flattened into one list of operations, the form ``TemplateLibrary``
/// renders from.
///
/// The parser's ``TemplateNode`` tree is an indirect enum: each node is a heap box, and taking
/// a node's text or name out of it to render it retained and released them. Here the
/// operations hold only numbers: a text is a range of ``text``, a name an index into
/// ``names``, a section the index where its body ends, a partial the index of the program it
/// renders; reading one copies no references. In `perf record` of a cold 10,000-article build,
/// rendering templates went from 18.6% to 15.8% of all samples (`9d49953` and after; the rest
/// is mostly the view-models' values, copied out as ``TemplateValue``s, and the lookups).
struct TemplateProgram: Sendable {
    enum Operation: Sendable, Equatable {
        /// `text[range]`, copied as it is.
        case text(Range<Int>)
        /// `names[name]`, escaped or not.
        case variable(name: Int, escaped: Bool)
        /// `names[name]`'s section: its body is the operations after this one, up to `end`.
        case section(name: Int, inverted: Bool, end: Int)
        /// The library's program `program`; `nil` for a partial that no template answers to
        /// (which renders nothing, as in Mustache).
        case partial(program: Int?)
    }

    private(set) var operations: [Operation] = []
    /// The templates' literal text, one after the other.
    private(set) var text: [UInt8] = []
    private(set) var names: [TemplateName] = []

    /// Flattens `nodes`; `partial` gives the program a `{{> name}}` with its indentation renders.
    init(_ nodes: [TemplateNode], partial: (String, String) -> Int?) {
        var numbers: [TemplateName: Int] = [:]
        append(nodes, numbers: &numbers, partial: partial)
    }

    private mutating func append(_ nodes: [TemplateNode], numbers: inout [TemplateName: Int],
                                 partial: (String, String) -> Int?) {
        func number(_ name: TemplateName) -> Int {
            if let known = numbers[name] { return known }
            names.append(name)
            numbers[name] = names.count - 1
            return names.count - 1
        }
        for node in nodes {
            switch node {
            case .text(let bytes):
                operations.append(.text(text.count..<(text.count + bytes.count)))
                text += bytes
            case let .variable(name, escaped):
                operations.append(.variable(name: number(name), escaped: escaped))
            case let .section(name, inner, inverted):
                let start = operations.count
                operations.append(.section(name: number(name), inverted: inverted, end: start))
                append(inner, numbers: &numbers, partial: partial)
                operations[start] = .section(name: number(name), inverted: inverted, end: operations.count)
            case let .partial(name, indentation):
                operations.append(.partial(program: partial(name, indentation)))
            }
        }
    }
}
