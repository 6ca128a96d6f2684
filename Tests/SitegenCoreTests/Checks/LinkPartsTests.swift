import Testing
@testable import SitegenCore

/// The small pieces under the checks: how a destination is read, which link texts are vague,
/// and cmark-gfm's byte columns as characters.
@Suite struct LinkPartsTests {
    @Test(arguments: [
        ("", LinkDestination.empty),
        ("https://www.almi.se/", .web("https://www.almi.se/")),
        ("HTTP://x.se", .web("HTTP://x.se")),
        ("//cdn.example.se/x.js", .web("https://cdn.example.se/x.js")),
        ("mailto:info@example.se", .elsewhere),
        ("tel:+4611111", .elsewhere),
        ("#resultat", .fragment("resultat")),
        ("../2020/rapport.md", .article(file: "../2020/rapport.md", suffix: .init())),
        ("rapport/INDEX.MD#del-2", .article(file: "rapport/INDEX.MD", suffix: .init(text: "#del-2", fragment: "del-2"))),
        ("/regioner/kronoberg/", .site(path: "/regioner/kronoberg/", fromRoot: true, suffix: .init())),
        ("/sok/?q=export", .site(path: "/sok/", fromRoot: true, suffix: .init(text: "?q=export"))),
        ("bild%20%C3%A5.jpg", .site(path: "bild å.jpg", fromRoot: false, suffix: .init())),
        ("#%C3%A5tg%C3%A4rder", .fragment("åtgärder")),
    ])
    func destinationIsRead(_ written: String, _ expected: LinkDestination) {
        #expect(LinkDestination(written) == expected)
    }

    @Test func vagueLinkTextsAreWholeTextsInAnyCase() {
        for text in ["klicka här", "Klicka HÄR!", "Den här länken.", "här", "  läs mer… ", "Mer", "länk", "Click here", "read more →"] {
            #expect(LinkText.isVague(text), "\(text)")
        }
        for text in ["Läs mer om exportstödet", "här finns rapporten", "Region Kronoberg", "merparten"] {
            #expect(!LinkText.isVague(text), "\(text)")
        }
    }

    /// Texts with more ASCII letters than any vague text are judged without normalising them:
    /// the verdict must be the one normalising gives, arrows, dots, capital İ (whose lower case
    /// adds an ASCII i) and combining marks included.
    @Test func vagueTextsAreFoundAsByNormalising() {
        var random = SeededGenerator(seed: 41)
        let pieces = ["klicka", "här", "läs", "mer", "den", "länken", " ", "  ", "\n", "…", "→", "!", ".", "İ", "e\u{301}",
                      "CLICK", "Here", "read", "more", "a", "ö", "-", "»"]
        var vague = 0, long = 0
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...9, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let expected = LinkText.vague.contains(LinkText.normalised(text))
            #expect(LinkText.isVague(text) == expected, "\(text.debugDescription)")
            if expected { vague += 1 }
            if text.utf8.filter({ ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }).count > LinkText.mostASCIILetters { long += 1 }
        }
        #expect(vague > 50 && long > 500, "vague texts and long ones are sampled")
        #expect(LinkText.isVague("Läs mer " + String(repeating: "→", count: 40)))
        #expect(LinkText.mostASCIILetters == 10, "den här länken")
    }

    @Test func byteColumnsBecomeCharacterColumns() {
        var columns = LineColumns("ab\nÅÄÖ [x](y)\n")
        #expect(columns.column(line: 1, byteColumn: 2) == 2)
        #expect(columns.column(line: 2, byteColumn: 8) == 5, "the [ is byte 8 but character 5")
        #expect(columns.column(line: 2, byteColumn: 1) == 1)
    }

    /// The line starts found with `memchr` are the offsets after each line break, as a walk
    /// byte by byte finds them: no break, breaks first and last, two in a row, CRLF.
    @Test func lineStartsAreAfterEachLineBreak() {
        for text in ["", "a", "\n", "\n\n", "ab\n", "\nab", "a\r\nb\r\n", "Å\n\nÖ\nx", String(repeating: "rad\n", count: 300)] {
            let bytes = Array(text.utf8)
            let expected = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
            #expect(LineColumns.lineStarts(bytes) == expected, "\(text.debugDescription)")
        }
    }

    @Test func referencesHaveTheirPlaceAndText() {
        let body = MarkdownRenderer().render("Första\n\n- Ett [*Å*](a.md)\n\n| a |\n|---|\n| ![Bild](b.png) |\n")
        #expect(body.references == [
            .init(kind: .link, destination: "a.md", text: "Å", line: 3, column: 7),
            .init(kind: .image, destination: "b.png", text: "Bild", line: 7, column: 3),
        ])
    }

    @Test func relativePathsAsWritersWriteThem() {
        #expect(PathSegments.relative(from: ["content", "2021"], to: ["content", "2020", "rapport.md"]) == "../2020/rapport.md")
        #expect(PathSegments.relative(from: ["content", "2020"], to: ["content", "2020", "x", "index.md"]) == "x/index.md")
        #expect(PathSegments.join(["content", "2021"], "../2020/./a.md") == ["content", "2020", "a.md"])
        #expect(PathSegments.join(["content"], "../../x.md") == nil)
    }
}
