/// What a template can see: the values of view-models, typed.
///
/// A view-model answers its fields by name (``TemplateObject``); the renderer switches on
/// this enum instead of casting `Any` to protocols, which was most of swift-mustache's time on
/// our pages (see ``Template``).
public enum TemplateValue: Sendable {
    /// No such field, or a field without a value. Like swift-mustache, a lookup that finds
    /// nothing goes on to the enclosing sections, so an absent optional is the same as no field.
    case missing
    case text(String)
    /// Text given as its UTF-8 bytes (``UTF8Text``): the article's body, printed as it is.
    case utf8([UInt8])
    case bool(Bool)
    case number(Int)
    case list([TemplateValue])
    case object(TemplateObjectBox)

    /// Whether a section over the value renders (and `{{^x}}` does not): not `false`, not
    /// absent, not an empty list. Text, numbers (0 too) and objects are true, as in
    /// swift-mustache; our view-models never hold empty text.
    var isTruthy: Bool {
        switch self {
        case .missing: false
        case .bool(let value): value
        case .list(let items): !items.isEmpty
        case .text, .utf8, .number, .object: true
        }
    }
}

/// Text a view-model holds as its UTF-8 bytes, printed by a template as a `String` would be.
///
/// For the article's body: the build keeps it as bytes (``BodyText``), and a `String` of a
/// page's body, made only to be printed into the page's bytes again, checked all of it as
/// UTF-8 first, 1% of a cold build of 10,000 articles (`perf`, 2026-11-27).
public struct UTF8Text: Sendable, Hashable, ExpressibleByStringLiteral, TemplateValueConvertible {
    public var bytes: [UInt8]

    /// `bytes` must be UTF-8.
    public init(utf8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    public var templateValue: TemplateValue { .utf8(bytes) }
}

/// The feeds hold an article's body so too (``FeedEntry/content``), and write it without a
/// `String` made of it. Encoded as the string it is, for the tests that hold the JSON Feed's
/// bytes to `JSONEncoder`'s.
extension UTF8Text: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(decoding: bytes, as: UTF8.self))
    }
}

/// A view-model: answers its fields by name, for `{{name}}`, `{{#name}}` and `{{a.b}}`.
///
/// The answers are the template contract; `ViewModelLookupTests` checks every view-model's
/// answers against its stored properties, so they cannot drift apart. sitegen's view-models
/// answer by ``TemplateKey/field``, found when the template was parsed; an object that answers
/// any name (``Translations``) reads ``TemplateKey/name``.
public protocol TemplateObject: TemplateValueConvertible, Sendable {
    func value(for key: TemplateKey) -> TemplateValue
    /// `first.rest…` (`article.image.url`): `nil` when there is no `first` here (the lookup
    /// goes on up the stack), `.missing` when `first` is here but the rest is not.
    func value(for first: TemplateKey, then rest: ArraySlice<TemplateKey>) -> TemplateValue?
}

extension TemplateObject {
    public var templateValue: TemplateValue { .object(TemplateObjectBox(self)) }

    /// The value of the field called `name`, as a template's `{{name}}` sees it.
    public func value(named name: String) -> TemplateValue {
        value(for: TemplateKey(name))
    }

    public func value(for first: TemplateKey, then rest: ArraySlice<TemplateKey>) -> TemplateValue? {
        let value = value(for: first)
        if case .missing = value { return nil }
        return value.walking(rest)
    }

    /// For a page's context: `article.title` asked of the article without putting the whole
    /// article view in a `TemplateValue` first (a copy of some forty fields, for every lookup).
    func nested(_ object: some TemplateObject, _ rest: ArraySlice<TemplateKey>) -> TemplateValue {
        guard let next = rest.first else { return .object(TemplateObjectBox(object)) }
        return object.value(for: next, then: rest.dropFirst()) ?? .missing
    }
}

extension TemplateValue {
    /// The value at `path` inside this one.
    func walking(_ path: ArraySlice<TemplateKey>) -> TemplateValue {
        var value = self
        for part in path {
            guard case .object(let box) = value else { return .missing }
            value = box.object.value(for: part)
        }
        return value
    }
}

/// A Swift value a view-model can hand to a template.
public protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateValueConvertible {
    public var templateValue: TemplateValue { .number(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    public var templateValue: TemplateValue { self?.templateValue ?? .missing }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension TemplateValue: CustomStringConvertible {
    /// For tests and messages: objects by their type's name, everything else by its value.
    public var description: String {
        switch self {
        case .missing: "missing"
        case .text(let text): "text(\(text.debugDescription))"
        case .utf8(let bytes): "text(\(String(decoding: bytes, as: UTF8.self).debugDescription))"
        case .bool(let value): "bool(\(value))"
        case .number(let value): "number(\(value))"
        case .list(let items): "list[\(items.map(\.description).joined(separator: ", "))]"
        case .object(let box): "object(\(type(of: box.object)))"
        }
    }
}

/// A view-model held by a ``TemplateValue``: in a class, so that copying the value (onto the
/// section stack, out of it at every lookup) is one retain. As an `any TemplateObject` in the
/// enum, each copy went through the view-model's own value witness, a retain per field for
/// one stored in the existential's inline buffer; retains and releases were half of rendering
/// templates. Boxed, the 500-article corpus's pages rendered 17-28% faster (each rendered 20
/// times more, timed inside a release build, 8 rounds taking turns; 2026-11-27).
public final class TemplateObjectBox: Sendable {
    public let object: any TemplateObject
    public init(_ object: any TemplateObject) { self.object = object }
}
