import Testing
@testable import SitegenCore

/// Links in a body, relative to the article's page, become absolute for feed readers; nothing
/// else in the HTML changes.
@Suite struct AbsoluteLinksTests {
    static let base = "https://example.se/nyheter/2019/x/"

    @Test(arguments: [
        ("<img src=\"foto.jpg\" alt=\"Foto\" />", "<img src=\"https://example.se/nyheter/2019/x/foto.jpg\" alt=\"Foto\" />"),
        ("<a href=\"../../../amnen/export/\">Export</a>", "<a href=\"https://example.se/amnen/export/\">Export</a>"),
        ("<a href=\"/om/\">Om</a>", "<a href=\"https://example.se/om/\">Om</a>"),
        ("<a href=\"../../../../../../x\">", "<a href=\"https://example.se/x\">"),
        ("<a href='bilaga.pdf'>", "<a href=\"https://example.se/nyheter/2019/x/bilaga.pdf\">"),
        ("<A HREF=bilaga.pdf class=x>", "<A HREF=\"https://example.se/nyheter/2019/x/bilaga.pdf\" class=x>"),
        ("<a href = \" foto.jpg \">", "<a href=\"https://example.se/nyheter/2019/x/foto.jpg\">"),
        ("<a href=\"sok?q=a&amp;b=c#t\">", "<a href=\"https://example.se/nyheter/2019/x/sok?q=a&amp;b=c#t\">"),
        ("<a href=\"?sida=2\">", "<a href=\"https://example.se/nyheter/2019/x/?sida=2\">"),
        ("<script src=\"//cdn.example.org/a.js\">", "<script src=\"https://cdn.example.org/a.js\">"),
        ("<video poster=\"bild.png\" src=\"film.mp4\">", "<video poster=\"https://example.se/nyheter/2019/x/bild.png\" src=\"https://example.se/nyheter/2019/x/film.mp4\">"),
        ("<img src=\"bilder/år 2020.jpg\">", "<img src=\"https://example.se/nyheter/2019/x/bilder/år 2020.jpg\">"),
        ("<a title=\"a > b\" href=\"c\">", "<a title=\"a > b\" href=\"https://example.se/nyheter/2019/x/c\">"),
        ("<a href=\"x&#34;y\">", "<a href=\"https://example.se/nyheter/2019/x/x&quot;y\">"),
    ])
    func relativeBecomesAbsolute(_ html: String, _ expected: String) {
        #expect(AbsoluteLinks.rewrite(html, base: Self.base) == expected)
    }

    @Test(arguments: [
        "<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>",
        "<a href=\"mailto:info@example.se\">mejla</a>",
        "<a href=\"tel:+46701234567\">ring</a>",
        "<a href=\"https://example.org/x?a=1&amp;b=2\">x</a>",
        "<img src=\"data:image/png;base64,AAAA\" alt=\"\">",
        "<a href=\"x&nbsp;y\">an entity not decoded is not guessed at</a>",
        "<!-- <a href=\"gammal.html\"> --><p>text</p>",
        "<p>skriv href=\"x\" i texten</p><code>&lt;a href=\"x\"&gt;</code>",
        "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> Klart</li>",
        "<p>a < b och 3<4, </p> <!DOCTYPE x> <?php echo 1 ?>",
        "<p>Ingen länk alls.</p>\n",
        "<a href=\"https://example.se/ofullständig",
    ])
    func everythingElseIsKept(_ html: String) {
        #expect(AbsoluteLinks.rewrite(html, base: Self.base) == html)
    }

    /// The text between tags is copied a run at a time (``HTMLScanner/copyText(into:)``); the
    /// result is the one of copying it a byte at a time, over random mixes of text, tags,
    /// comments, declarations, stray `<` and unfinished markup.
    @Test func textCopiedInRunsEqualsByteByByte() {
        let pieces = ["<a href=\"x\">", "</a>", "<img src='b.png'>", "<!-- k <a href=\"y\"> -->", "<!x>", "<?p?>",
                      "<", "<<", " < ", "<1", "text", "å ä ö", "&amp;", "\n", "<a href=", "<!--", "<p", ">", "\"", "z"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let html = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var scanner = HTMLScanner(utf8: Array(html.utf8))
            var expected: [UInt8] = []
            while let byte = scanner.peek() {
                if byte == UInt8(ascii: "<") {
                    scanner.copyTag(into: &expected) { name, value in
                        AbsoluteLinks.urlAttributes.contains(name) ? AbsoluteLinks.absolute(value, base: Self.base) : nil
                    }
                } else {
                    expected.append(byte)
                    scanner.advance()
                }
            }
            #expect(AbsoluteLinks.rewrite(html, base: Self.base) == String(decoding: expected, as: UTF8.self), "\(html)")
        }
    }

    @Test("RFC 3986 reference resolution (section 5.4.1, for a base without a query)", arguments: [
        ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"),
        ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"), ("g#s", "http://a/b/c/g#s"),
        (";x", "http://a/b/c/;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"),
        ("..", "http://a/b/"), ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"),
        ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"),
        ("g.", "http://a/b/c/g."), ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"), ("g/./h", "http://a/b/c/g/h"),
        ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"),
        ("g:h", "g:h"),
    ])
    func resolution(_ reference: String, _ expected: String) {
        #expect(URLResolver.resolve(reference, against: "http://a/b/c/d;p") == expected)
    }

    @Test("A scheme: a letter, then letters, digits, + - or ., before the first colon", arguments: [
        ("https://example.se/", true), ("mailto:info@example.se", true), ("tel:+4690123", true), ("data:,x", true),
        ("HTTPS://EXAMPLE.SE", true), ("svn+ssh://h/", true), ("x-y.z:a", true), ("a1:b", true), ("g:", true),
        ("1a:b", false), (":x", false), ("+a:b", false), ("bilder/år:1.jpg", false), ("år:x", false),
        ("../amnen/export/", false), ("#sammanfattning", false), ("?sida=2", false), ("/om/", false),
        ("a/b:c", false), ("a b:c", false), ("a\u{301}:x", false), ("", false), ("https", false),
        // A colon joined to a combining mark is not a colon: the next one, if any, counts.
        ("a:\u{301}b", false), ("a:\u{301}b:c", false), ("a:é", true), ("mailto:åsa@example.se", true),
    ])
    func scheme(_ reference: String, _ expected: Bool) {
        #expect(URLResolver.hasScheme(reference) == expected)
    }

    @Test func entityDecoding() {
        #expect(HTMLAttribute.decode("a&amp;b&lt;&gt;&quot;&apos;&#65;&#x42;") == "a&b<>\"'AB")
        #expect(HTMLAttribute.decode("fisk & chips") == "fisk & chips")
        #expect(HTMLAttribute.decode("a&copy;b") == nil)
        #expect(HTMLAttribute.encode("a&b\"c") == "a&amp;b&quot;c")
    }

    /// Trimming with its shortcut (nothing to trim when neither end is a space byte) gives what
    /// trimming character by character gives, for texts made of spaces, line breaks (CR LF is
    /// one character), combining marks and letters at either end.
    @Test func trimmingEqualsTheCharacterByCharacterRule() {
        func rule(_ text: String) -> String {
            let isSpace = { (c: Character) in c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
            guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
            return String(text[first...last])
        }
        var random = SeededGenerator(seed: 35)
        let pieces = [" ", "\t", "\n", "\r", "\r\n", "\u{0C}", "\u{301}", "a", "å", "🇸🇪", "\u{A0}", "x y"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0..<6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(text.trimmingASCIIWhitespace() == rule(text), "\(Array(text.unicodeScalars))")
        }
    }
}
