import Yams

/// A parsed YAML block that knows where it sits in its file, so every value has a location.
struct YAMLDocument {
    let source: SourceText
    /// The file line of the YAML's first line.
    let firstLine: Int
    let root: Node?

    /// Parses `yaml`, which starts at `firstLine` of `source`; a syntax error becomes a located
    /// diagnostic in plain words.
    static func parse(_ yaml: String, firstLine: Int, in source: SourceText) -> Result<YAMLDocument, Diagnostic> {
        if let problem = YAMLShape.check(yaml) {
            let place = SourceLocation(file: source.path, line: firstLine + problem.line - 1, column: problem.column)
            return .failure(Diagnostic(.error, at: place, problem.message, hint: problem.hint, excerpt: source.line(place.line)))
        }
        do {
            // The basic resolver: scalars stay text until a field asks for a date, number or yes/no,
            // so `title: no` is the title "no", and no regex runs per value.
            let root = try Yams.compose(yaml: yaml, .basic)
            return .success(YAMLDocument(source: source, firstLine: firstLine, root: root))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, firstLine: firstLine, source: source))
        } catch {
            return .failure(.error("the front matter is not valid YAML", at: SourceLocation(file: source.path, line: firstLine)))
        }
    }

    func location(_ node: Node) -> SourceLocation {
        // Nodes made from TOML or JSON front matter carry their place in their tag (PlacedNode).
        if node.mark == nil, let place = PlacedNode.place(of: node) {
            return SourceLocation(file: source.path, line: place.line, column: place.column)
        }
        return location(node.mark)
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: source.path, line: firstLine) }
        return SourceLocation(file: source.path, line: firstLine + mark.line - 1, column: mark.column)
    }

    func diagnostic(_ severity: Diagnostic.Severity, at node: Node?, _ message: String, hint: String? = nil) -> Diagnostic {
        let place = node.map(location) ?? SourceLocation(file: source.path, line: max(1, firstLine - 1))
        return Diagnostic(severity, at: place, message, hint: hint, excerpt: source.line(place.line))
    }

    private static func diagnostic(for error: YamlError, yaml: String, firstLine: Int, source: SourceText) -> Diagnostic {
        let problem: String
        let mark: Mark
        switch error {
        case let .scanner(context, p, m, _), let .parser(context, p, m, _), let .composer(context, p, m, _):
            problem = p
            // A quote left open: libyaml notices where the front matter ends, and says in its
            // context where the quoted value began, which is where the writer must look.
            if let context, context.text.contains("quoted scalar"), p.contains("end of stream") {
                return Self.diagnostic(at: context.mark, "a quoted value is not closed",
                                       hint: "add the closing quote at the end of the value that starts here",
                                       firstLine: firstLine, source: source)
            }
            // A list in [ ] or fields in { } left open: libyaml notices on a later line (the next
            // field, or the end of the front matter) and says in its context where the bracket
            // is. On the bracket's own line, something inside the brackets is wrong instead.
            if let context, p.contains("did not find expected"), context.mark.line < m.line {
                let key = Self.key(onLine: source.line(firstLine + context.mark.line - 1) ?? "")
                if let bracketed = textStartingWithBracket(firstLine + context.mark.line - 1, source: source) {
                    return bracketed
                }
                if context.text.contains("flow sequence") {
                    let example = key == "regions" ? "regions: [Kronoberg, Kalmar län]" : "\(key ?? "tags"): [Export, Batterier]"
                    return Self.diagnostic(at: context.mark, "a list in square brackets is not closed",
                                           hint: "add the closing ']' at the end of the list that starts here, e.g. \(example)",
                                           firstLine: firstLine, source: source)
                }
                if context.text.contains("flow mapping") {
                    return Self.diagnostic(at: context.mark, "a group of fields in curly braces is not closed",
                                           hint: "add the closing '}' at its end, or write the fields on lines of their own, indented under \(key.map { $0 + ":" } ?? "its field")",
                                           firstLine: firstLine, source: source)
                }
            }
            mark = m
        default:
            return .error("the front matter is not valid YAML: \(error)", at: SourceLocation(file: source.path, line: firstLine))
        }
        if let bracketed = textStartingWithBracket(firstLine + mark.line - 1, source: source) { return bracketed }
        let line = source.line(firstLine + mark.line - 1) ?? ""
        let (message, hint) = explain(problem: problem, line: line, column: mark.column)
        return diagnostic(at: mark, message, hint: hint, firstLine: firstLine, source: source)
    }

    /// An article's fields that hold one text (``ArticleLoader``), where a `[` at the start is
    /// part of the text, not a list.
    static let textFields: Set<String> = ["title", "summary", "author", "organisation", "image_alt", "image_caption",
                                          "name", "role", "place", "address"]

    /// The error for a field that holds text whose value on line `number` begins with `[` or
    /// `{` (`title: [Uppdaterad] Ny rubrik`): YAML reads a list or a group of fields there,
    /// and what libyaml then finds wrong (a bracket not closed, or text after it taken for
    /// bad indentation) says nothing of the quotes the writer needs.
    private static func textStartingWithBracket(_ number: Int, source: SourceText) -> Diagnostic? {
        guard let line = source.line(number), let key = key(onLine: line), textFields.contains(key),
              let colon = line.firstIndex(of: ":"),
              let start = line[line.index(after: colon)...].firstIndex(where: { $0 != " " }),
              line[start] == "[" || line[start] == "{" else { return nil }
        let column = line[..<start].count + 1
        let (open, close, what) = line[start] == "[" ? ("[", "]", "list") : ("{", "}", "group of fields")
        return Diagnostic(.error, at: SourceLocation(file: source.path, line: number, column: column),
                          "'\(key)' begins with '\(open)', which YAML reads as the start of a \(what)",
                          hint: "'\(key)' is text: put all of it in double quotes, e.g. \(key): \"\(open)Uppdaterad\(close) Ny rubrik\"",
                          excerpt: line)
    }

    /// The field a line starts with (`tags` in `tags: [Export`), if it is a plain name.
    private static func key(onLine line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let written = line[..<colon].trimmingCharacters(in: .whitespaces)
        return !written.isEmpty && written.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) ? written : nil
    }

    private static func diagnostic(at mark: Mark, _ message: String, hint: String, firstLine: Int, source: SourceText) -> Diagnostic {
        let place = SourceLocation(file: source.path, line: firstLine + mark.line - 1, column: mark.column)
        return Diagnostic(.error, at: place, message, hint: hint, excerpt: source.line(place.line) ?? "")
    }

    /// libyaml's problems, said for people who do not know YAML.
    static func explain(problem: String, line: String, column: Int) -> (String, String) {
        let generic = "every field is 'key: value' on its own line; put text that contains ': ' or ' #', or starts with [ { * & ! | > ' \" % @ or `, in double quotes"
        if line.contains("\t") {
            return ("the front matter contains a tab character, which YAML does not allow for indentation",
                    "replace the tab with spaces")
        }
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return ("a value contains ': ', which YAML reads as a new key",
                    "put the whole value in double quotes, e.g. title: \"Rapport: industrin efter covid-19\"")
        case let p where p.contains("could not find expected ':'"):
            return ("a line has no ':' between key and value, or a quote is not closed", generic)
        case let p where p.contains("found undefined alias") || p.contains("found unknown anchor"):
            return ("'*' at the start of a value means a YAML alias", "put the value in double quotes")
        case let p where p.contains("did not find expected key"), let p where p.contains("block end"):
            return ("the indentation of this line does not match the lines above", "indent list items and nested fields by the same number of spaces")
        case let p where p.contains("found character that cannot start any token"):
            return ("this value starts with a character YAML reserves", generic)
        case let p where p.contains("found unknown escape character"):
            return ("a backslash in a double-quoted value starts an escape such as \\n or \\\", and this one is not",
                    "write \\\\ for a backslash, or put the value in single quotes")
        case let p where p.contains("found unexpected end of stream"), let p where p.contains("quoted scalar"):
            return ("a quoted value is not closed", "add the missing closing quote")
        default:
            return ("the front matter is not valid YAML (\(problem))", generic)
        }
    }
}

extension Node {
    /// The scalar's text as written, or `nil` for a list or mapping.
    var rawScalar: String? {
        if case let .scalar(scalar) = self { return scalar.string }
        return nil
    }

    /// `~`, `null` or nothing at all, written without quotes.
    var isNull: Bool {
        guard case let .scalar(scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// "text", "a list" or "a mapping", for messages about wrong types.
    var kindDescription: String {
        switch self {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a group of fields"
        }
    }
}
