import Foundation

/// The words of the interface in the site's language, from `templates/i18n/<language>.yml`.
///
/// Templates read them as `{{t.key}}`; Swift fills the few that hold values (`{count}`,
/// `{region}`) with ``text(_:_:)``. Swedish and English ship with the default theme.
public struct Translations: Sendable {
    public let language: String
    let strings: [String: String]
    /// January to December.
    public let months: [String]

    /// Keys the generator itself uses; every translation file must have them.
    static let requiredKeys = [
        "navStart", "navRegions", "navTags", "tagsHeading", "tagsIntro", "regionsHeading", "regionsIntro",
        "archiveHeading", "archiveIntro", "labelTag", "labelRegion", "labelKind", "labelArchive",
        "descriptionTag", "descriptionRegion", "descriptionKind", "descriptionArchive",
        "pageOf", "titlePage", "articlesOne", "articlesOther", "readingTime", "wordsOne", "wordsOther", "moreFrom", "allFrom",
        "contactsOne", "contactsOther", "notFoundTitle", "movedTitle", "movedText", "dateFormat",
        "fileImage", "fileOther", "bytes", "decimalSeparator", "thousandsSeparator", "groupFourDigits",
    ]

    init(language: String, strings: [String: String], months: [String]) {
        self.language = language
        self.strings = strings
        self.months = months
    }

    /// The text for `key` with `{name}` placeholders filled; the key itself if it is missing
    /// (the loader has already reported that).
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var result = strings[key] ?? key
        for (name, value) in values { result = result.replacingUTF8("{\(name)}", with: value) }
        return result
    }

    /// "1 artikel", "10 000 artiklar": `keyOne` for one, `keyOther` with `{count}` otherwise.
    func count(_ key: String, _ count: Int) -> String {
        count == 1 ? text(key + "One", ["count": "1"]) : text(key + "Other", ["count": number(count)])
    }

    /// A whole number with the language's thousands separator: "10 000" (a no-break space) in
    /// Swedish, "10,000" in English.
    func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 4 || (digits.count == 4 && text("groupFourDigits") == "yes") else {
            return value < 0 ? "-" + digits : digits
        }
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += text("thousandsSeparator") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// Whether a key exists, for checking `{{t.key}}` in templates.
    func has(_ key: String) -> Bool { strings[key] != nil }
}

extension Translations: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue { strings[key.name].templateValue }
}

extension Translations {
    /// The default theme's Swedish words, built in (from the embedded theme ``DefaultTheme``,
    /// which `sitegen init` writes out too): for code paths and tests that have no site folder.
    /// A build reads `templates/i18n/<language>.yml` instead.
    static let swedish: Translations = {
        let file = DefaultTheme.files.first { $0.path == "templates/i18n/sv.yml" }!
        let source = SourceText(path: "templates/i18n/sv.yml", text: String(decoding: file.data, as: UTF8.self))
        return TranslationLoader.parse(source, language: "sv").0!
    }()

    var dateFormatter: (TimeZone) -> SwedishDateFormatter {
        { SwedishDateFormatter(timeZone: $0, months: months, pattern: text("dateFormat")) }
    }
}
