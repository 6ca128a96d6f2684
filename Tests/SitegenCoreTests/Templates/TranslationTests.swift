import Foundation
import Testing
@testable import SitegenCore

/// Every interface string comes from a translation file; Swedish is the default, English is
/// provided, and a site with `language: en` reads fully in English.
@Suite struct TranslationTests {
    static let folder = TestPaths.packageRoot.appendingPathComponent("templates/i18n")

    @Test func theBuiltInSwedishIsTheShippedFile() throws {
        let file = try String(contentsOf: Self.folder.appendingPathComponent("sv.yml"), encoding: .utf8)
        let builtIn = try #require(DefaultTheme.files.first { $0.path == "templates/i18n/sv.yml" })
        #expect(file == String(decoding: builtIn.data, as: UTF8.self),
                "re-generate the embedded theme: SITEGEN_RECORD=1 swift test --filter DefaultTheme")
    }

    @Test func swedishAndEnglishHaveTheSameKeys() throws {
        let sv = try #require(TranslationLoader.load(folder: Self.folder, language: "sv").0)
        let en = try #require(TranslationLoader.load(folder: Self.folder, language: "en").0)
        #expect(Set(sv.strings.keys) == Set(en.strings.keys))
        #expect(en.months.first == "January")
    }

    @Test func countsGroupThousandsTheLanguagesWay() throws {
        let sv = try #require(TranslationLoader.load(folder: Self.folder, language: "sv").0)
        let en = try #require(TranslationLoader.load(folder: Self.folder, language: "en").0)
        #expect(sv.count("articles", 1) == "1 artikel")
        #expect(sv.count("articles", 2500) == "2500 artiklar", "Swedish leaves four digits ungrouped")
        #expect(sv.count("articles", 10_000) == "10\u{00A0}000 artiklar")
        #expect(sv.count("articles", 1_234_567) == "1\u{00A0}234\u{00A0}567 artiklar")
        #expect(en.count("articles", 2500) == "2,500 articles")
        #expect(en.count("articles", 10_000) == "10,000 articles")
        #expect(Translations.swedish.number(-12_345) == "-12\u{00A0}345")
    }

    @Test func anEnglishSiteHasNoSwedishInterfaceText() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config.replacingOccurrences(of: "language: sv", with: "language: en")
            + "archive_months_over: 1\n")
        _ = try await site.build()
        let article = try String(contentsOf: site.output.appendingPathComponent("nyheter/2019/industrikommunerna/index.html"), encoding: .utf8)
        #expect(article.contains("<html lang=\"en\">"))
        #expect(article.contains(">12 April 2019</time>"))
        #expect(article.contains("<dt>Published</dt>") && article.contains("1 min read") && article.contains("Skip to content"))
        let expired = try String(contentsOf: site.output.appendingPathComponent("nyheter/2020/krisstod/index.html"), encoding: .utf8)
        #expect(expired.contains("This information applied until 31 December 2020"))
        // The theme's Swedish words must not appear; the articles' own Swedish text may.
        let interfaceWords = ["Hoppa till", "Publicerad", "Lästid", "läsning", "Relaterade", "Föregående", "Nästa",
                              "Presskontakt", "Bilagor", "Ladda ner", "Ämnen", "Regioner", "Senaste nyheterna",
                              "Prenumerera", "artiklar", "Sida ", "Inaktuell", "december", "Mer från", "Startsida"]
        for path in Tree.files(site.output) where path.hasSuffix(".html") {
            let html = try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
            let chrome = Self.withoutArticleText(html)
            for word in interfaceWords {
                #expect(!chrome.contains(word), "\(path) still says '\(word)'")
            }
        }
        let april = try String(contentsOf: site.output.appendingPathComponent("nyheter/2019/04/index.html"), encoding: .utf8)
        #expect(april.contains("April 2019") && april.contains("1 article"))
    }

    /// The page without the writers' own words (titles, summaries, bodies, names of regions and
    /// tags, contacts' roles are content, not interface) and without identifiers (ids, hrefs):
    /// what is left is the interface.
    static func withoutArticleText(_ html: String) -> String {
        var text = html
        for (start, end) in [("<div class=\"article-body\">", "</div>"), ("<title>", "</title>"), ("<script", "</script>")] {
            while let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex) {
                text.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        // Link texts and attribute values are names and titles from the content.
        return text.replacingOccurrences(of: #"<a [^>]*>[^<]*</a>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"(content|title|alt|id|aria-labelledby|href)="[^"]*""#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"<span class="contact__(role|name)">[^<]*</span>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"<p class="(card__summary|article-lede|page-header__intro)">[^<]*</p>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"<h[123][^>]*>[^<]*</h[123]>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"<dd>[^<]*</dd>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"<figcaption>[^<]*</figcaption>"#, with: "", options: .regularExpression)
    }

    @Test func aTemplateTextThatTheFileLacksIsALocatedError() async throws {
        let site = try TestSite(fixture: "tiny", files: ["templates/list.mustache": "{{> partials/header}}\n<p>{{t.skiptoContent}}</p>\n"])
        defer { site.cleanUp() }
        let problem = try #require(await site.failingBuild().errors.first)
        #expect(problem.location == SourceLocation(file: "templates/list.mustache", line: 2, column: 4))
        #expect(problem.message == "the template uses the text 't.skiptoContent', which templates/i18n/sv.yml does not have")
        #expect(problem.hint?.hasPrefix("did you mean 't.skipToContent'?") == true)
    }

    @Test func aLanguageWithoutATranslationIsAnError() async throws {
        let site = try TestSite(fixture: "tiny")
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config + "language: fi\n")
        let problem = try #require(await site.failingBuild().errors.first)
        #expect(problem.message == "there is no translation for the language 'fi': templates/i18n/fi.yml is missing")
        #expect(problem.hint == "the languages available are: en, sv; or translate templates/i18n/sv.yml into templates/i18n/fi.yml")
    }

    @Test func aTranslationFileMissingKeysSaysWhich() {
        let source = SourceText(path: "templates/i18n/de.yml", text: "months: [a, b, c, d, e, f, g, h, i, j, k, l]\nnavStart: Start\n")
        let (translations, problems) = TranslationLoader.parse(source, language: "de")
        #expect(translations == nil)
        #expect(problems.first?.message.hasPrefix("the translation file lacks texts for navRegions, navTags,") == true)
    }
}
