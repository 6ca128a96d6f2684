import Foundation
import Yams

/// Reads typed fields out of one YAML mapping, adding a located diagnostic for every problem
/// and never stopping at the first.
struct FieldReader {
    let document: YAMLDocument
    /// Where "missing field" problems point: the mapping itself, or the opening `---`.
    let anchor: Node?
    private(set) var pairs: [(key: String, keyNode: Node, value: Node)] = []
    var diagnostics: [Diagnostic] = []

    init(document: YAMLDocument, mapping: Node?, context: String) {
        self.document = document
        self.anchor = mapping
        guard let mapping else { return }
        guard case let .mapping(map) = mapping else {
            diagnostics.append(document.diagnostic(.error, at: mapping,
                "\(context) must be a group of 'key: value' fields, but it is \(mapping.kindDescription)",
                hint: "write each field on a line of its own, indented under the key, e.g. 'start: 2019-04-11'"))
            return
        }
        var seen: [String: Node] = [:]
        for (keyNode, value) in map {
            let key = keyNode.rawScalar ?? ""
            if let first = seen[key] {
                let line = document.location(first).line
                diagnostics.append(document.diagnostic(.error, at: keyNode,
                    "the field '\(key)' is given twice (first on line \(line))",
                    hint: "keep one of them"))
                continue
            }
            seen[key] = keyNode
            pairs.append((key, keyNode, value))
        }
    }

    func node(_ key: String) -> Node? {
        pairs.first { $0.key == key }?.value
    }

    func keyNode(_ key: String) -> Node? {
        pairs.first { $0.key == key }?.keyNode
    }

    mutating func error(_ node: Node?, _ message: String, hint: String? = nil) {
        diagnostics.append(document.diagnostic(.error, at: node ?? anchor, message, hint: hint))
    }

    mutating func warning(_ node: Node?, _ message: String, hint: String? = nil) {
        diagnostics.append(document.diagnostic(.warning, at: node ?? anchor, message, hint: hint))
    }

    /// A text field. Numbers and yes/no are taken as the text written.
    mutating func text(_ key: String, required: Bool = false, example: String? = nil) -> String? {
        guard let value = node(key), !value.isNull else {
            if required {
                if let present = keyNode(key) {
                    error(present, "the field '\(key)' is empty", hint: example.map { "write it as \($0)" })
                } else {
                    error(nil, "the required field '\(key)' is missing", hint: example.map { "add a line \($0)" })
                }
            }
            return nil
        }
        guard let string = value.rawScalar else {
            error(value, "'\(key)' must be a single value, but it is \(value.kindDescription)",
                  hint: example.map { "write it as \($0)" })
            return nil
        }
        let trimmed = Whitespace.trimmed(string)
        if trimmed.isEmpty {
            if required { error(value, "the field '\(key)' is empty", hint: example.map { "write it as \($0)" }) }
            return nil
        }
        return trimmed
    }

    /// A list of text values; a single value, or a comma-separated one, is accepted as a list.
    mutating func list(_ key: String, commaSeparated: Bool) -> [(String, Node)]? {
        guard let value = node(key), !value.isNull else { return nil }
        switch value {
        case .scalar(let scalar):
            let parts = commaSeparated ? scalar.string.split(separator: ",").map(String.init) : [scalar.string]
            return parts.map { (Whitespace.trimmedSpaces($0), value) }.filter { !$0.0.isEmpty }
        case .sequence(let sequence):
            var items: [(String, Node)] = []
            for item in sequence {
                guard let string = item.rawScalar else {
                    error(item, "each entry of '\(key)' must be a single value, but this one is \(item.kindDescription)")
                    continue
                }
                let trimmed = Whitespace.trimmedSpaces(string)
                if !trimmed.isEmpty { items.append((trimmed, item)) }
            }
            return items
        case .mapping:
            error(value, "'\(key)' must be a list, but it is a group of fields",
                  hint: "write it as \(key): [Första, Andra]")
            return nil
        }
    }

    /// yes/no, true/false, ja/nej.
    mutating func bool(_ key: String) -> Bool? {
        guard let value = node(key), !value.isNull else { return nil }
        switch value.rawScalar?.lowercased() {
        case "true", "yes", "on", "ja": return true
        case "false", "no", "off", "nej": return false
        default:
            error(value, "'\(key)' must be true or false", hint: "write \(key): true or \(key): false")
            return nil
        }
    }

    /// A whole number in `range`.
    mutating func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = node(key), !value.isNull else { return nil }
        guard let number = value.rawScalar.flatMap({ Int($0) }), range.contains(number) else {
            error(value, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    /// A list of groups of fields (attachments, contacts), each read by its own reader.
    mutating func mappings(_ key: String) -> [Node]? {
        guard let value = node(key), !value.isNull else { return nil }
        guard case let .sequence(sequence) = value else {
            error(value, "'\(key)' must be a list of entries that start with '- ', but it is \(value.kindDescription)")
            return nil
        }
        return Array(sequence)
    }

    /// Warns about keys outside `known`, with the nearest known key as a suggestion.
    mutating func warnAboutUnknownKeys(_ known: [String], context: String) {
        for pair in pairs where !known.contains(pair.key) {
            let hint = Suggestion.closest(to: pair.key, among: known).map { "did you mean '\($0)'?" }
                ?? "known fields are: \(known.joined(separator: ", "))"
            warning(pair.keyNode, "unknown field '\(pair.key)' in \(context) is ignored", hint: hint)
        }
    }
}
