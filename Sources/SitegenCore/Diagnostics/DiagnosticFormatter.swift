/// Renders diagnostics as text, the one place where their wording becomes output:
///
///     content/2019/mote.md:5:10: error: the region 'Jämtlandd' is not in site.yml
///         5 | regions: [Jämtlandd]
///           |           ^
///       hint: did you mean 'Jämtland Härjedalen'?
public struct DiagnosticFormatter: Sendable {
    public var colours: Bool

    public init(colours: Bool) {
        self.colours = colours
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        let place = diagnostic.location.map { "\($0): " } ?? ""
        let label = diagnostic.severity == .error ? paint("error:", "1;31") : paint("warning:", "1;33")
        lines.append(paint(place, "1") + label + " " + paint(diagnostic.message, "1"))
        if let excerpt = diagnostic.excerpt, let location = diagnostic.location {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let (shown, caret) = Self.clipped(excerpt.replacingOccurrences(of: "\t", with: " "), column: location.column)
            lines.append("    \(number) | \(shown)")
            let caretPad = String(repeating: " ", count: max(0, caret - 1))
            lines.append("    \(gutter) | \(caretPad)" + paint("^", "1;32"))
        }
        for other in diagnostic.related {
            lines.append("  " + paint("note:", "1;36") + " see also \(other)")
        }
        if let hint = diagnostic.hint {
            lines.append("  " + paint("hint:", "1;36") + " \(hint)")
        }
        return lines.joined(separator: "\n")
    }

    /// The part of a long line around `column`, so a line of a megabyte (a title pasted whole,
    /// minified data) shows as one screen line; returns it and the caret's column in it.
    static func clipped(_ line: String, column: Int, width: Int = 160) -> (String, Int) {
        guard line.count > width else { return (line, column) }
        let start = max(0, min(column - 1 - width / 2, line.count - width))
        let window = line.dropFirst(start).prefix(width)
        let before = start > 0 ? "…" : ""
        let after = start + width < line.count ? "…" : ""
        return (before + window + after, column - start + before.count)
    }

    private func paint(_ text: String, _ code: String) -> String {
        guard colours, !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
