import Testing
@testable import SitegenCore

@Suite("Wording and suggestions")
struct WordingTests {
    @Test("File sizes: bytes, whole kB, MB with a decimal comma below 10", arguments: [
        (0, "0 byte"),
        (999, "999 byte"),
        (1_000, "1 kB"),
        (1_499, "1 kB"),
        (1_500, "2 kB"),
        (2_500, "3 kB"),          // halves round up
        (340_000, "340 kB"),
        (999_499, "999 kB"),
        (1_000_000, "1,0 MB"),
        (1_234_567, "1,2 MB"),
        (9_940_000, "9,9 MB"),
        (10_000_000, "10 MB"),
        (12_600_000, "13 MB"),
        (250_000_000, "250 MB"),
    ])
    func fileSize(bytes: Int, text: String) {
        #expect(Wording.fileSize(bytes) == text)
    }

    @Test("Sizes just under a unit boundary do not show as 1000 kB or 10,0 MB")
    func fileSizeBoundaries() {
        #expect(Wording.fileSize(999_500) == "1,0 MB")
        #expect(Wording.fileSize(9_999_999) == "10 MB")
    }

    @Test("Telephone numbers become tel: URLs in international form", arguments: [
        ("+46 (0)70 619 77 49", "tel:+46706197749"),
        ("070-174 06 42", "tel:+46701740642"),
        ("08-123 456 78", "tel:+46812345678"),
        ("0046 70 123 45 67", "tel:+46701234567"),
        ("+46 70 123 45 67", "tel:+46701234567"),
        ("+1 (555) 123-4567", "tel:+15551234567"),
    ])
    func telephoneURL(phone: String, url: String) {
        #expect(Wording.telephoneURL(phone) == url)
    }

    @Test("Text with too few digits gives no tel: URL", arguments: ["112", "ring mig", "", "1 2 3 4"])
    func noTelephoneURL(phone: String) {
        #expect(Wording.telephoneURL(phone) == nil)
    }

    @Test("A short summary is unchanged")
    func shortSummary() {
        let text = "Industrin i Jämtland växer."
        #expect(Wording.summary(text) == text)
        let exactly = String(repeating: "a", count: 300)
        #expect(Wording.summary(exactly) == exactly)
        #expect(Wording.summary("Ett två", limit: 7) == "Ett två")
    }

    @Test("A long summary is cut at a word near the limit, with ' …'")
    func cutAtWord() {
        #expect(Wording.summary("Ett två tre fyra fem", limit: 10) == "Ett två …")
        #expect(Wording.summary("Ett två tre fyra fem", limit: 13) == "Ett två tre …")
        // Punctuation before the cut is dropped.
        #expect(Wording.summary("Ett, två, tre, fyra", limit: 10) == "Ett, två …")
        #expect(Wording.summary("Industrin – export och mer", limit: 12) == "Industrin …")
        #expect(Wording.summary("Ett två - tre fyra", limit: 10) == "Ett två …")
    }

    @Test("The default limit is 300 characters, counted as characters not bytes")
    func defaultLimit() {
        let words = Array(repeating: "Åäö", count: 120).joined(separator: " ") // 479 characters
        let summary = Wording.summary(words)
        #expect(summary.hasSuffix(" …"))
        #expect(summary.count <= 302)
        #expect(summary.count >= 290)
        #expect(summary.dropLast(2).split(separator: " ").allSatisfy { $0 == "Åäö" })
    }

    /// The summary as first written: count all, take the prefix, count to the space. The one
    /// in use walks the text once; the results must be the same.
    static func summaryByCounting(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit)
        guard let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) > limit / 2 else {
            return String(head) + "…"
        }
        var cut = head[..<space]
        while let last = cut.last, ",;:–-".contains(last) || last.isWhitespace { cut = cut.dropLast() }
        return String(cut) + " …"
    }

    @Test("The summary is the one made by counting every character, for any text and limit")
    func summaryEqualsCounting() {
        // Characters of one byte and of several, several scalars in one character (e and a
        // combining accent, CR LF, a family emoji), spaces, punctuation that is dropped.
        let pieces = ["a", "Å", "ö", " ", " ", ",", "–", "-", ";", "e\u{301}", "\r\n", "👨‍👩‍👧", "ord", "industri", "\u{A0}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let limit = Int.random(in: 0...45, using: &generator)
            #expect(Wording.summary(text, limit: limit) == Self.summaryByCounting(text, limit: limit), "\(text.debugDescription) \(limit)")
        }
    }

    @Test("With no space in the second half of the limit, the text is cut hard with '…'")
    func hardCut() {
        #expect(Wording.summary("Ettväldigtlångtordutanmellanslag", limit: 10) == "Ettväldigt…")
        #expect(Wording.summary("Ab Cdefghijklmnop", limit: 10) == "Ab Cdefghi…")
    }

    @Test("Article counts in Swedish")
    func articles() {
        #expect(Wording.articles(0) == "0 artiklar")
        #expect(Wording.articles(1) == "1 artikel")
        #expect(Wording.articles(2) == "2 artiklar")
    }

    @Test("File types in Swedish words", arguments: [
        ("rapport.pdf", "PDF"), ("RAPPORT.PDF", "PDF"), ("a.docx", "Word"), ("a.xlsx", "Excel"), ("karta.png", "Bild"),
        ("data.json", "JSON"), ("README", "README"),
    ])
    func fileType(name: String, type: String) {
        #expect(Wording.fileType(name) == type)
    }

    // MARK: - Suggestion

    static let regions = ["Jämtland Härjedalen", "Jämtlands län", "Örebro län", "Västerbotten", "Kronoberg"]

    @Test("The closest name to a typo, ignoring case and accents", arguments: [
        ("sumary", ["title", "summary", "slug"], "summary"),
        ("titel", ["title", "date", "tags"], "title"),
        ("Jämtlandd", regions, "Jämtland Härjedalen"),
        ("jamtland harjedalen", regions, "Jämtland Härjedalen"),
        ("Orebro lan", regions, "Örebro län"),
        ("VÄSTERBOTEN", regions, "Västerbotten"),
        ("kronberg", regions, "Kronoberg"),
        ("diagramm.png", ["diagram.png", "rapport.pdf"], "diagram.png"),
    ])
    func closest(input: String, candidates: [String], expected: String) {
        #expect(Suggestion.closest(to: input, among: candidates) == expected)
    }

    @Test("No suggestion when nothing is near, or nothing to compare", arguments: [
        ("Gotland", regions),
        ("xyz", regions),
        ("", regions),
        ("🎉", regions),
        ("summary", []),
    ])
    func noSuggestion(input: String, candidates: [String]) {
        #expect(Suggestion.closest(to: input, among: candidates) == nil)
    }

    @Test("Ties go to the first candidate")
    func ties() {
        #expect(Suggestion.closest(to: "kat", among: ["hat", "kam"]) == "hat")
        #expect(Suggestion.closest(to: "kat", among: ["kam", "hat"]) == "kam")
    }

    @Test("Edit distance")
    func editDistance() {
        func distance(_ a: String, _ b: String) -> Int { Suggestion.editDistance(Array(a), Array(b)) }
        #expect(distance("", "") == 0)
        #expect(distance("abc", "") == 3)
        #expect(distance("", "ab") == 2)
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("summary", "sumary") == 1)
        #expect(distance("abc", "abc") == 0)
        #expect(distance("ab", "ba") == 2)
    }
}
