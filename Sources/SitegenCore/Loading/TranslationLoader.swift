import Foundation
import Yams

/// Reads `templates/i18n/<language>.yml`: a flat list of `key: text`, and `months:` with the
/// twelve month names. Problems are located like any other source's.
enum TranslationLoader {
    static func load(folder: URL, language: String, relativeFolder: String = "templates/i18n") -> (Translations?, [Diagnostic]) {
        let name = language.lowercased()
        let relative = "\(relativeFolder)/\(name).yml"
        let source: SourceText
        switch SourceText.read(file: folder.appendingPathComponent("\(name).yml"), relativePath: relative) {
        case .success(let text): source = text
        case .failure:
            let present = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }.sorted()
            return (nil, [.error("there is no translation for the language '\(language)': \(relative) is missing", at: nil,
                                 hint: present.isEmpty ? "add the file with the interface's words"
                                     : "the languages available are: \(present.joined(separator: ", ")); or translate \(relativeFolder)/sv.yml into \(relative)")])
        }
        return parse(source, language: name)
    }

    static func parse(_ source: SourceText, language: String) -> (Translations?, [Diagnostic]) {
        let document: YAMLDocument
        switch YAMLDocument.parse(source.text, firstLine: 1, in: source) {
        case .success(let parsed): document = parsed
        case .failure(let problem): return (nil, [problem])
        }
        var fields = FieldReader(document: document, mapping: document.root, context: "a translation file")
        var strings: [String: String] = [:]
        for pair in fields.pairs where pair.key != "months" {
            guard let text = pair.value.rawScalar else {
                fields.error(pair.value, "the translation of '\(pair.key)' must be one text, but it is \(pair.value.kindDescription)")
                continue
            }
            strings[pair.key] = text
        }
        let months = fields.list("months", commaSeparated: false)?.map(\.0) ?? []
        if months.count != 12 {
            fields.error(fields.node("months"), "'months' must list the twelve month names, January first",
                         hint: "write months: [januari, februari, mars, april, maj, juni, juli, augusti, september, oktober, november, december]")
        }
        let missing = Translations.requiredKeys.filter { strings[$0] == nil }
        if !missing.isEmpty {
            fields.error(nil, "the translation file lacks \(missing.count == 1 ? "the text" : "texts") for \(missing.joined(separator: ", "))",
                         hint: "copy the missing keys from templates/i18n/sv.yml and translate them")
        }
        guard !fields.diagnostics.hasErrors else { return (nil, fields.diagnostics) }
        return (Translations(language: language, strings: strings, months: months), fields.diagnostics)
    }
}
