import Foundation

/// Finds `{{> partial}}` and `{{< parent}}` tags in a template's text and reports those that
/// name no template. Only the standard `{{ }}` delimiters are understood.
enum TemplateReferences {
    /// `{{t.key}}`, `{{#t.key}}` and the like whose key the translation file lacks.
    static func checkTranslations(_ source: SourceText, _ translations: Translations) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        forEachTag(in: source) { tag, lineNumber, column, line in
            var name = Substring(tag)
            if let sigil = name.first, "#^/&{".contains(sigil) { name = name.dropFirst() }
            name = name.drop { $0 == " " }
            guard name.hasPrefix("t.") else { return }
            let key = String(name.dropFirst(2).prefix { $0 != "}" && $0 != " " })
            guard !translations.has(key) else { return }
            let hint = Suggestion.closest(to: key, among: Array(translations.strings.keys)).map { "did you mean 't.\($0)'? " } ?? ""
            problems.append(Diagnostic(
                .error, at: SourceLocation(file: source.path, line: lineNumber, column: column),
                "the template uses the text 't.\(key)', which templates/i18n/\(translations.language).yml does not have",
                hint: hint + "add '\(key):' to every translation file in templates/i18n/", excerpt: line))
        }
        return problems
    }

    /// Calls `body` with each tag's inside, line number, column and line.
    private static func forEachTag(in source: SourceText, _ body: (String, Int, Int, String) -> Void) {
        var lineNumber = 0
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                body(afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces), lineNumber, column, String(line))
                rest = afterOpen[close.upperBound...]
            }
        }
    }

    static func check(_ source: SourceText, known: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        forEachTag(in: source) { tag, lineNumber, column, line in
            guard let sigil = tag.first, sigil == ">" || sigil == "<" else { return }
            let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            guard !name.hasPrefix("*"), !known.contains(name) else { return }
            let what = sigil == ">" ? "partial" : "parent template"
            let suggestion = Suggestion.closest(to: name, among: Array(known)).map { "did you mean '\($0)'? " } ?? ""
            problems.append(Diagnostic(
                .error, at: SourceLocation(file: source.path, line: lineNumber, column: column),
                "the \(what) '\(name)' does not exist",
                hint: suggestion + "templates are named by their path under templates/ without '.mustache', e.g. 'partials/header'",
                excerpt: line))
        }
        return problems
    }
}
