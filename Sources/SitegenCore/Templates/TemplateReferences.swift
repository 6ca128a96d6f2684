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
                hint: hint + "add '\(key):' to every translation file in templates/i18n/", excerpt: String(line)))
        }
        return problems
    }

    /// Calls `body` with each tag's inside, line number, column and line.
    ///
    /// Every build checks every template with it, before anything else can run: with
    /// Foundation's `range(of:)` and `trimmingCharacters(in:)` on each tag, and the line made a
    /// `String` for each, the checks were a twentieth of a small site's build. The delimiters
    /// are found in the UTF-8 bytes; only a tag that begins or ends with white space is trimmed.
    private static func forEachTag(in source: SourceText, _ body: (String, Int, Int, Substring) -> Void) {
        var lineNumber = 0
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var rest = line[...]
            while let open = pair(of: UInt8(ascii: "{"), in: rest) {
                let afterOpen = rest[rest.utf8.index(open, offsetBy: 2)...]
                guard let close = pair(of: UInt8(ascii: "}"), in: afterOpen) else { break }
                let column = line.distance(from: line.startIndex, to: open) + 1
                var tag = afterOpen[..<close]
                if tag.first?.isWhitespace == true || tag.last?.isWhitespace == true {
                    tag = Substring(tag.trimmingCharacters(in: .whitespaces))
                }
                body(String(tag), lineNumber, column, line)
                rest = afterOpen[afterOpen.utf8.index(close, offsetBy: 2)...]
            }
        }
    }

    /// Where `byte` first stands twice in a row in `text` (`{{` or `}}`).
    private static func pair(of byte: UInt8, in text: Substring) -> String.Index? {
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == byte, next < bytes.endIndex, bytes[next] == byte { return index }
            index = next
        }
        return nil
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
                excerpt: String(line)))
        }
        return problems
    }
}
