import Yams

/// Makes YAML nodes out of TOML or JSON front matter, each carrying the place it was written, so
/// one reader (``FieldReader``) checks all three formats with the same fields, types and messages.
///
/// Why a tag: Yams's `Mark`, where a parsed node's place is kept, has no public initialiser, so a
/// node made in code cannot have one. Its tag can be anything, and nothing in sitegen reads tags
/// (front matter is read as raw scalars), so the place is written there as
/// `tag:sitegen:LINE:COLUMN` and ``YAMLDocument/location(_:)`` reads it back.
enum PlacedNode {
    static let prefix = "tag:sitegen:"

    static func tag(_ place: FilePlace) -> Yams.Tag {
        Yams.Tag(Yams.Tag.Name(rawValue: "\(prefix)\(place.line):\(place.column)"))
    }

    /// The place of a node made here; `nil` for a node Yams parsed (it has a mark instead).
    static func place(of node: Node) -> FilePlace? {
        let tag: Yams.Tag
        switch node {
        case .scalar(let scalar): tag = scalar.tag
        case .mapping(let mapping): tag = mapping.tag
        case .sequence(let sequence): tag = sequence.tag
        }
        let name = tag.description
        guard name.hasPrefix(prefix) else { return nil }
        let numbers = name.dropFirst(prefix.count).split(separator: ":").compactMap { Int($0) }
        guard numbers.count == 2 else { return nil }
        return FilePlace(line: numbers[0], column: numbers[1])
    }

    /// The node of `value` at `path`; tables list their keys in the order written, then any the
    /// scanner did not see in sorted order.
    static func build(_ value: FrontMatterValue, places: FrontMatterPlaces, path: [PathStep] = [],
                      fallback: FilePlace) -> Node {
        let place = places.values[path] ?? fallback
        switch value {
        case .text(let text):
            return .scalar(Node.Scalar(text, tag(place), .doubleQuoted))
        case .plain(let text):
            return .scalar(Node.Scalar(text, tag(place), .plain))
        case .null:
            return .scalar(Node.Scalar("", tag(place), .plain))
        case .list(let items):
            let nodes = items.enumerated().map { position, item in
                build(item, places: places, path: path + [.index(position)], fallback: place)
            }
            return .sequence(Node.Sequence(nodes, tag(place), .block))
        case .table(let fields):
            var written = places.keys[path] ?? []
            let seen = Set(written.map(\.name))
            written += fields.keys.filter { !seen.contains($0) }.sorted().map { ($0, place) }
            let pairs: [(Node, Node)] = written.compactMap { name, keyPlace in
                guard let field = fields[name] else { return nil }
                let key = Node.scalar(Node.Scalar(name, tag(keyPlace), .plain))
                return (key, build(field, places: places, path: path + [.key(name)], fallback: keyPlace))
            }
            return .mapping(Node.Mapping(pairs, tag(place), .block))
        }
    }
}
