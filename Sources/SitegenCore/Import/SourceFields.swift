import Yams

/// The fields of an imported file's front matter, whatever its format, looked up by name without
/// regard to case (Hugo's `publishDate` is also `publishdate`); each field taken is marked, so
/// the ones left over can be reported.
struct SourceFields {
    private(set) var pairs: [(key: String, value: Node)] = []
    private(set) var taken: Set<String> = []

    init(_ root: Node?) {
        guard case .mapping(let mapping)? = root else { return }
        for (key, value) in mapping {
            guard let name = key.rawScalar?.lowercased(), !pairs.contains(where: { $0.key == name }) else { continue }
            pairs.append((name, value))
        }
    }

    /// The first of `keys` that has a value; all of them count as taken.
    mutating func take(_ keys: String...) -> Node? {
        keys.forEach { taken.insert($0) }
        for key in keys {
            if let value = pairs.first(where: { $0.key == key })?.value, !value.isNull { return value }
        }
        return nil
    }

    mutating func text(_ keys: String...) -> String? {
        keys.forEach { taken.insert($0) }
        for key in keys {
            if let value = pairs.first(where: { $0.key == key })?.value, let text = Self.scalar(value) { return text }
        }
        return nil
    }

    /// Fields nobody took, in the order written.
    var leftOver: [String] {
        pairs.map(\.key).filter { !taken.contains($0) }
    }

    static func scalar(_ node: Node) -> String? {
        guard !node.isNull, let text = node.rawScalar?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// A list's entries, or a single value as one entry; entries that are not single values
    /// are left out.
    static func strings(_ node: Node?) -> [String] {
        switch node {
        case .scalar?: return scalar(node!).map { [$0] } ?? []
        case .sequence(let items)?: return items.compactMap(scalar)
        default: return []
        }
    }
}

extension SourceFields {
    /// `true`, `yes`, `ja` and friends, as the build reads them.
    static func isTrue(_ node: Node?) -> Bool? {
        switch node.flatMap(scalar)?.lowercased() {
        case "true", "yes", "on", "ja"?: return true
        case "false", "no", "off", "nej"?: return false
        default: return nil
        }
    }
}
