import Foundation

/// The site's Mustache templates, loaded and checked before anything is rendered.
///
/// Mustache renders a missing partial as nothing, which would publish pages with holes; so
/// every `{{> name}}` is checked here and a missing one is an error with its file and line.
public struct TemplateSet: Sendable {
    private let library: TemplateLibrary
    public let names: Set<String>
    /// Every template's text, for checks that need the source after loading.
    let sources: [String: SourceText]

    /// The templates every site needs.
    public static let required = ["home", "article", "list", "terms", "404"]

    public static func load(folder: URL, relativeName: String = "templates") -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceText] = [:]
        for relative in files(in: folder) {
            let path = relativeName + "/" + relative
            switch SourceText.read(file: folder.appendingPathComponent(relative), relativePath: path) {
            case .success(let text): sources[String(relative.dropLast(".mustache".count))] = text
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        var parsed: [String: [TemplateNode]] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do throws(TemplateSyntaxError) {
                parsed[name] = try TemplateParser.parse(source.text)
            } catch {
                let place = SourceLocation(file: source.path, line: error.line, column: error.column)
                diagnostics.append(Diagnostic(.error, at: place, "the template cannot be read: \(error.message)",
                                              hint: error.hint, excerpt: error.lineText))
            }
            diagnostics += TemplateReferences.check(source, known: Set(sources.keys))
        }
        for name in required where sources[name] == nil {
            diagnostics.append(.error("the template '\(relativeName)/\(name).mustache' is missing", at: nil,
                                      hint: "every site needs \(required.map { $0 + ".mustache" }.joined(separator: ", "))"))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let library = TemplateLibrary(templates: parsed, sources: sources.mapValues(\.text))
        return (TemplateSet(library: library, names: Set(sources.keys), sources: sources), diagnostics)
    }

    /// Every `{{t.key}}` must name a text of the translation file: Mustache would print nothing.
    func checkTranslationKeys(_ translations: Translations) -> [Diagnostic] {
        sources.keys.sorted().flatMap { TemplateReferences.checkTranslations(sources[$0]!, translations) }
    }

    /// Renders a view-model with a template checked at load time, as UTF-8.
    public func render(_ name: String, _ context: some TemplateObject) -> [UInt8] {
        library.render(name, context)
    }

    /// Renders a view-model with a template checked at load time.
    public func renderText(_ name: String, _ context: some TemplateObject) -> String {
        String(decoding: library.render(name, context), as: UTF8.self)
    }

    private static func files(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".mustache"), !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                found.append(path)
            }
        }
        return found.sorted()
    }
}
