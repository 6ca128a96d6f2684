import Foundation

/// Finds `{{> partial}}` and `{{< parent}}` tags in a template's text and reports those that
/// name no template. Only the standard `{{ }}` delimiters are understood.
enum TemplateReferences {
    static func check(_ source: SourceText, known: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var lineNumber = 0
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.hasPrefix("*"), !known.contains(name) {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        let what = sigil == ">" ? "partial" : "parent template"
                        let suggestion = Suggestion.closest(to: name, among: Array(known)).map { "did you mean '\($0)'? " } ?? ""
                        problems.append(Diagnostic(
                            .error, at: SourceLocation(file: source.path, line: lineNumber, column: column),
                            "the \(what) '\(name)' does not exist",
                            hint: suggestion + "templates are named by their path under templates/ without '.mustache', e.g. 'partials/header'",
                            excerpt: String(line)))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return problems
    }
}
