import CYaml

/// Bounds on a YAML text's shape, checked before Yams builds its nodes: how deeply lists and
/// groups of fields nest, and how many values the text holds once its aliases are expanded.
///
/// Yams's composer recurses once per level, so `x: [[[[…` 10,000 levels deep overflowed the
/// stack and killed the build with a segmentation fault. And a "billion laughs" (`&a [l, l]`,
/// `&b [*a, *a]`, …) is cheap for Yams, whose nodes share their copies, but stands for millions
/// of values to anything that walks them. Front matter needs a few levels and a few hundred
/// values, so both are refused far above that, with the place. The check walks libyaml's events
/// (no recursion, no nodes), and runs only when a quick look at the text says a bound could be
/// near: for ordinary front matter it costs one pass over the bytes.
enum YAMLShape {
    static let maxDepth = Limits.frontMatterDepth
    static let maxValues = Limits.frontMatterValues

    struct Problem: Equatable {
        /// 1-based, within the YAML text.
        var line: Int
        var column: Int
        var message: String
        var hint: String
    }

    static func check(_ yaml: String) -> Problem? {
        guard mayExceedBounds(yaml) else { return nil }
        return walkEvents(yaml)
    }

    /// An upper bound that needs no parser: every `[` or `{` may open a level, and a block level
    /// needs at least one more column of indentation or one more `-`, `?` or `:` on its line.
    /// Aliases need both `&` and `*`.
    static func mayExceedBounds(_ yaml: String) -> Bool {
        var flowOpenings = 0
        var deepestLine = 0
        var indent = 0
        var indicators = 0
        var atIndent = true
        var hasAnchor = false
        var hasAlias = false
        for byte in yaml.utf8 {
            switch byte {
            case 0x0A:
                deepestLine = max(deepestLine, indent + indicators)
                (indent, indicators, atIndent) = (0, 0, true)
                continue
            case 0x20 where atIndent: indent += 1; continue
            case UInt8(ascii: "["), UInt8(ascii: "{"): flowOpenings += 1
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"): indicators += 1
            case UInt8(ascii: "&"): hasAnchor = true
            case UInt8(ascii: "*"): hasAlias = true
            default: break
            }
            atIndent = false
        }
        deepestLine = max(deepestLine, indent + indicators)
        return (hasAnchor && hasAlias) || flowOpenings + deepestLine + 1 > maxDepth
    }

    /// libyaml's events: the depth at every collection, and the number of values each anchored
    /// node stands for, so an alias counts as the whole node it repeats.
    private static func walkEvents(_ yaml: String) -> Problem? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(yaml.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Problem? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // Per open collection: values counted so far and its anchor, if any.
            var open: [(count: Int, anchor: String?)] = []
            var anchored: [String: Int] = [:]
            var total = 0
            func add(_ values: Int) {
                if open.isEmpty {
                    total = min(total + values, maxValues + 1)
                } else {
                    open[open.count - 1].count = min(open[open.count - 1].count + values, maxValues + 1)
                }
            }
            func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
                pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            }
            while true {
                var event = yaml_event_t()
                // A syntax error is Yams's to report, with its own words.
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                let place = (line: Int(mark.line) + 1, column: Int(mark.column) + 1)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let anchor = event.type == YAML_SEQUENCE_START_EVENT
                        ? anchorName(event.data.sequence_start.anchor) : anchorName(event.data.mapping_start.anchor)
                    open.append((1, anchor))
                    if open.count > maxDepth {
                        return Problem(
                            line: place.line, column: place.column,
                            message: "the front matter nests lists or groups of fields more than \(maxDepth) levels deep",
                            hint: "front matter needs a level or two (event: with start: under it); remove the extra brackets or indentation")
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { return nil }
                    if let anchor = closed.anchor { anchored[anchor] = closed.count }
                    add(closed.count)
                case YAML_SCALAR_EVENT:
                    if let anchor = anchorName(event.data.scalar.anchor) { anchored[anchor] = 1 }
                    add(1)
                case YAML_ALIAS_EVENT:
                    let name = anchorName(event.data.alias.anchor) ?? ""
                    add(anchored[name] ?? 1)
                    let sum = total + open.reduce(0) { $0 + $1.count }
                    if sum > maxValues {
                        return Problem(
                            line: place.line, column: place.column,
                            message: "the alias '*\(name)' makes the front matter more than \(maxValues) values long once repeated (a \"billion laughs\")",
                            hint: "write the values out instead of repeating them with & and *; front matter has no use for so many")
                    }
                default:
                    break
                }
            }
        }
    }
}
