/// One problem found in the sources, with where it is and how to fix it.
///
/// Diagnostics are collected, never thrown one at a time: a build reports every problem it can
/// find in one run. The text is made for a writer, not a programmer.
public struct Diagnostic: Sendable, Hashable, Error {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// What is wrong, in plain words: "the region 'Jämtlandd' is not in site.yml".
    public var message: String
    /// How to fix it: "did you mean 'Jämtland Härjedalen'?".
    public var hint: String?
    /// The source line the location points into, shown under the message.
    public var excerpt: String?
    /// Other places that belong to the same problem (the other file of a collision).
    public var related: [SourceLocation]

    public init(
        _ severity: Severity, at location: SourceLocation?, _ message: String,
        hint: String? = nil, excerpt: String? = nil, related: [SourceLocation] = []
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.excerpt = excerpt
        self.related = related
    }

    public static func error(
        _ message: String, at location: SourceLocation?, hint: String? = nil, related: [SourceLocation] = []
    ) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint, related: related)
    }

    public static func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }

    /// In file order, then line and column; problems without a place come first.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
