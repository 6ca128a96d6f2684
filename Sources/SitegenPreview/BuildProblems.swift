import Foundation
import SitegenCore

/// A failed build's diagnostics as the overlay in the browser shows them: JSON with each
/// problem's file, line, column, message, hint and source line, errors first, each in the
/// order the terminal lists them.
///
///     {"problems":[{"column":9,"excerpt":"regions: [Kronobergg]","file":"content/2020/x.md",
///       "hint":"did you mean 'Kronoberg'?","line":3,"message":"...","severity":"error"}]}
///
/// The page puts every value in as text, never as HTML.
public struct BuildProblems: Sendable, Equatable, Codable {
    public struct Problem: Sendable, Equatable, Codable {
        public var severity: String
        public var file: String?
        public var line: Int?
        public var column: Int?
        public var message: String
        public var hint: String?
        /// The source line the column points into.
        public var excerpt: String?
    }

    public var problems: [Problem]

    public init(_ diagnostics: [Diagnostic]) {
        // Errors first: they are why the page is out of date; warnings follow for context.
        let ordered = diagnostics.errors + diagnostics.warnings
        problems = ordered.map { diagnostic in
            Problem(severity: diagnostic.severity.rawValue, file: diagnostic.location?.file,
                    line: diagnostic.location?.line, column: diagnostic.location?.column,
                    message: diagnostic.message, hint: diagnostic.hint, excerpt: diagnostic.excerpt)
        }
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? #"{"problems":[]}"#
    }
}
