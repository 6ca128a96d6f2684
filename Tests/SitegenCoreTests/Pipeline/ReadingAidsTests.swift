import Foundation
import Testing
@testable import SitegenCore

/// Reading time, table of contents, `<!--more-->` summaries and related articles.
@Suite struct ReadingAidsTests {
    let renderer = MarkdownRenderer()

    @Test func wordsAndTheMoreMarker() {
        let result = renderer.render("Ett två *tre*.\n\nFyra `fem`.\n\n<!-- More -->\n\nSex sju.\n\n```\nkod räknas inte\n```\n")
        #expect(result.wordCount == 7)
        #expect(result.beforeMore == "Ett två tre. Fyra fem.")
        #expect(renderer.render("Bara text.\n").beforeMore == nil)
    }

    @Test func readingTimeRoundsToWholeMinutesOfTwoHundredWords() {
        #expect(ReadingAids.readingTime(words: 0) == "1 min läsning")
        #expect(ReadingAids.readingTime(words: 299) == "1 min läsning")
        #expect(ReadingAids.readingTime(words: 300) == "2 min läsning")
        #expect(ReadingAids.readingTime(words: 850) == "4 min läsning")
    }

    @Test func tableOfContentsNestsH3UnderH2AndNeedsThreeHeadings() throws {
        let headings = renderer.render("## Ett\n\n### Ett a\n\n## Två\n\n#### Djup\n").headings
        let toc = try #require(ReadingAids.tableOfContents(headings))
        #expect(toc.map(\.text) == ["Ett", "Två"])
        #expect(toc[0].children.map(\.id) == ["ett-a"])
        #expect(ReadingAids.tableOfContents(renderer.render("## Ett\n\n## Två\n").headings) == nil)
    }

    @Test func summaryPrecedenceAndRelatedArticlesInABuild() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let home = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<p class=\"card__summary\">Fem företag delar värme, kyla och restmaterial. De räknar med lägre kostnader.</p>"))
        #expect(!home.contains("Resten av texten"))

        let page = try String(contentsOf: site.output.appendingPathComponent("nyheter/2019/manga-dorrar/index.html"), encoding: .utf8)
        let related = try #require(page.components(separatedBy: "Relaterade artiklar").last?.components(separatedBy: "</section>").first)
        // Shares Export (2) with the Norrköping project and Digitalisering (2) with the meeting;
        // equal scores go to the newer article first. The expired crisis notice is never related.
        let norrkoping = try #require(related.range(of: "Spillvärme blir resurs i Norrköping"))
        let meeting = try #require(related.range(of: "Industrikommunerna möttes i Örnsköldsvik"))
        #expect(norrkoping.lowerBound < meeting.lowerBound)
        #expect(!related.contains("Krisstöd för företagen i Lindesberg"))
        #expect(page.contains("<dd>1 min läsning <span class=\"article-meta__words\">(23 ord)</span></dd>"))
    }
}
