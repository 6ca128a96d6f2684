import Foundation
import Mustache

/// The site's Mustache templates, loaded and checked before anything is rendered.
///
/// swift-mustache renders a missing partial as nothing, which would publish pages with holes;
/// so every `{{> name}}` is checked here and a missing one is an error with its file and line.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary
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
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let place = SourceLocation(file: source.path, line: error.context.lineNumber, column: error.context.columnNumber)
                diagnostics.append(Diagnostic(.error, at: place, "the template cannot be read: \(describe(error.error))",
                                              hint: "check that every {{#section}} is closed by a matching {{/section}}",
                                              excerpt: error.context.line))
            } catch {
                diagnostics.append(.error("the template cannot be read: \(error)", at: SourceLocation(file: source.path)))
            }
            diagnostics += TemplateReferences.check(source, known: Set(sources.keys))
        }
        for name in required where sources[name] == nil {
            diagnostics.append(.error("the template '\(relativeName)/\(name).mustache' is missing", at: nil,
                                      hint: "every site needs \(required.map { $0 + ".mustache" }.joined(separator: ", "))"))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (TemplateSet(library: library, names: Set(sources.keys), sources: sources), diagnostics)
    }

    /// Every `{{t.key}}` must name a text of the translation file: Mustache would print nothing.
    func checkTranslationKeys(_ translations: Translations) -> [Diagnostic] {
        sources.keys.sorted().flatMap { TemplateReferences.checkTranslations(sources[$0]!, translations) }
    }

    /// Renders a view-model with a template checked at load time.
    public func render(_ name: String, _ context: Any) -> String {
        library.render(context, withTemplate: name) ?? ""
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

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with a different name than it was opened with"
        case .unfinishedName?: return "a tag is not closed with '}}'"
        case .expectedSectionEnd?: return "a section is opened but never closed"
        case .invalidSetDelimiter?: return "the delimiter change is not valid"
        default: return "\(error)"
        }
    }
}
