import Testing
@testable import SitegenCore

/// The body as plain text, which the search index reads: what a reader sees, without markup.
@Suite("Markdown plain text")
struct PlainTextTests {
    @Test("Blocks are separated by a space, inline markup runs on, raw HTML is not text")
    func plainText() {
        let text = MarkdownRenderer().render("""
            # Rubrik
            Första *stycket*, med `kod` och [en län**k**](https://x.se).
            Ny rad.

            - punkt ett
            - punkt två

            | A | B |
            |---|---|
            | cell | annan |

            <div>rå html</div>

            ![Bild på en svarv](svarv.jpg)

            ```
            kodblock
            ```
            """).plainText
        #expect(text == "Rubrik Första stycket, med kod och en länk. Ny rad. punkt ett punkt två A B cell annan Bild på en svarv kodblock")
    }

    @Test("Footnotes are text; smart punctuation is applied")
    func footnotesAndQuotes() {
        let text = MarkdownRenderer().render("Han sa \"ja\".[^1]\n\n[^1]: Enligt protokollet.").plainText
        #expect(text == "Han sa ”ja”. Enligt protokollet.")
    }
}
