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
            let shown = excerpt.replacingOccurrences(of: "\t", with: " ")
            lines.append("    \(number) | \(shown)")
            let caretPad = String(repeating: " ", count: max(0, location.column - 1))
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

    private func paint(_ text: String, _ code: String) -> String {
        guard colours, !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
