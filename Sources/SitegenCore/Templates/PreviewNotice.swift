import Foundation

/// The banner a preview (`sitegen serve`) puts on an article page that the published site
/// does not show yet: a draft, or an article whose `publish_date` is still to come.
///
/// A writer previewing a draft must not mistake it for a published page. The words come from
/// the theme's translations (`previewDraft`, `previewScheduled`); a theme made before they
/// existed gets the Swedish ones rather than a key in the page.
enum PreviewNotice {
    static func text(for article: Article, now: Date, _ t: Translations, _ dates: SwedishDateFormatter) -> String? {
        if article.draft { return words("previewDraft", t, [:]) }
        if let publishDate = article.publishDate, publishDate > now {
            return words("previewScheduled", t, ["date": dates.text(publishDate)])
        }
        return nil
    }

    private static func words(_ key: String, _ t: Translations, _ values: [String: String]) -> String {
        if t.strings[key] != nil { return t.text(key, values) }
        var text = fallback[key] ?? key
        for (name, value) in values { text = text.replacingUTF8("{\(name)}", with: value) }
        return text
    }

    private static let fallback = [
        "previewDraft": "Utkast – visas bara i förhandsvisningen",
        "previewScheduled": "Schemalagd: publiceras {date}",
    ]
}
