import Testing
@testable import SitegenCore

@Suite("Slug")
struct SlugTests {
    @Test("Swedish and other European letters lose their accents or are spelled out", arguments: [
        ("Jämtland Härjedalen", "jamtland-harjedalen"),
        ("Örnsköldsvik", "ornskoldsvik"),
        ("Åtgärder för Östergötland", "atgarder-for-ostergotland"),
        ("Café Ærø Müller Straße", "cafe-aero-muller-strasse"),
        ("ÅÄÖ åäö", "aao-aao"),
        ("Œuvre Þór Łódź Đorđe", "oeuvre-thor-lodz-dorde"),
        ("Ø", "o"),
    ])
    func letters(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test("Letters written decomposed (NFD) give the same slug as precomposed ones")
    func decomposedInput() {
        let decomposed = "Ja\u{0308}mtland O\u{0308}rebro"
        #expect(decomposed.unicodeScalars.count == "Jämtland Örebro".unicodeScalars.count + 2)
        #expect(Slug.make(decomposed) == "jamtland-orebro")
    }

    @Test("Runs of spaces and punctuation become one hyphen", arguments: [
        ("Smart industri   i Jämtland", "smart-industri-i-jamtland"),
        ("Rapport: industrin efter covid-19!", "rapport-industrin-efter-covid-19"),
        ("a -- b", "a-b"),
        ("a_b.c/d\\e", "a-b-c-d-e"),
        ("tab\tand\nnewline", "tab-and-newline"),
        ("ett, två & tre", "ett-tva-tre"),
    ])
    func separatorsCollapse(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test("Hyphens never start or end a slug", arguments: [
        ("  -- Hej! --  ", "hej"),
        ("¿Qué?", "que"),
        ("---", ""),
        ("(2020)", "2020"),
    ])
    func noLeadingOrTrailingHyphens(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test("Digits are kept, also inside words")
    func digits() {
        #expect(Slug.make("Covid-19 2020") == "covid-19-2020")
        #expect(Slug.make("4 maj") == "4-maj")
        #expect(Slug.make("E4:an") == "e4-an")
    }

    @Test("Text with no letters or digits gives an empty slug", arguments: ["", " ", "🎉", "🇸🇪 🎉✨", "👍🏽", "!?…–", "\u{0301}"])
    func emptySlug(input: String) {
        #expect(Slug.make(input) == "")
    }

    @Test("Emoji between words become a separator")
    func emojiBetweenWords() {
        #expect(Slug.make("Glad 🎉 midsommar") == "glad-midsommar")
        #expect(Slug.make("🎉Fest🎉") == "fest")
    }

    @Test("A slug is stable: slugging a slug gives it back")
    func idempotent() {
        for text in ["Jämtland Härjedalen", "Café Ærø Müller Straße", "  -- Hej! --  ", "Covid-19 2020"] {
            let slug = Slug.make(text)
            #expect(Slug.make(slug) == slug, "\(text)")
            #expect(Slug.isValid(slug), "\(text)")
        }
    }

    @Test("isValid accepts only what make would produce", arguments: [
        ("jamtland-harjedalen", true),
        ("a", true),
        ("2019", true),
        ("covid-19", true),
        ("", false),
        ("Jamtland", false),
        ("jämtland", false),
        ("-a", false),
        ("a-", false),
        ("a--b", false),
        ("a b", false),
        ("a_b", false),
        ("../x", false),
        ("a/b", false),
    ])
    func isValid(slug: String, valid: Bool) {
        #expect(Slug.isValid(slug) == valid)
    }

    @Test("A file name's date prefix and .md are dropped", arguments: [
        ("2019-04-12-industrikommunerna.md", "industrikommunerna"),
        ("2019-04-12-Möte i Östersund.md", "mote-i-ostersund"),
        ("manga-dorrar.md", "manga-dorrar"),
        ("Många dörrar.md", "manga-dorrar"),
        ("rapport-om-industrin", "rapport-om-industrin"),
        ("2021-projekt-i-norrkoping.md", "2021-projekt-i-norrkoping"),
        ("2019-4-12-kort.md", "2019-4-12-kort"),
        ("2019-04-12.md", "2019-04-12"),
        ("2019-04-12-.md", "2019-04-12"),
        ("20190412-x.md", "20190412-x"),
        ("notes.markdown", "notes-markdown"),
    ])
    func slugFromFileName(name: String, expected: String) {
        #expect(ContentSource.slug(fromName: name) == expected)
    }

    /// The table for Latin-1 text gives what the decomposition gives: for every character of
    /// U+0000...U+007F and U+00C0...U+00FF alone and between letters, and for random text; any
    /// other character is left to the decomposition.
    @Test func theLatin1TableEqualsTheDecomposition() {
        for value in UInt32(0)...0xFF {
            let character = String(Character(Unicode.Scalar(value)!))
            for text in [character, "a" + character + "b", character + character + "9", "Ö" + character] {
                // U+0080...U+00BF (controls and signs such as ½, ª, ¨) are left to the decomposition.
                let expected = (0x80...0xBF).contains(value) ? nil : Slug.unicode(text)
                #expect(Slug.latin1(text) == expected, "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
        var random = SeededGenerator(seed: 7)
        let alphabet = Array("aåäöÅÄÖéÉüßæØ×÷ -_.,:;!?0123456789ABCxyz\t½²ªµ¨´")
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let fast = Slug.latin1(text)
            #expect(fast == nil || fast == Slug.unicode(text), "\(text.debugDescription)")
        }
        #expect(Slug.latin1("Ελλάδα") == nil)
        #expect(Slug.latin1("Œuvre") == nil)
        #expect(Slug.make("Œuvre") == "oeuvre")
    }
}
