import Foundation
import Testing
@testable import SitegenPreview

@Suite struct LiveScriptTests {
    func inject(_ html: String) -> String {
        String(decoding: LiveScript.inject(into: Data(html.utf8)), as: UTF8.self)
    }

    @Test func goesBeforeTheLastClosingBody() {
        #expect(inject("<p>&lt;/body&gt;</p><script>'</body>'</script></body>\n</html>")
            == "<p>&lt;/body&gt;</p><script>'</body>'</script>\(LiveScript.tag)</body>\n</html>")
        #expect(inject("<P>x</P></BODY></HTML>") == "<P>x</P>\(LiveScript.tag)</BODY></HTML>")
    }

    @Test func isAppendedWithoutABody() {
        #expect(inject("<p>x</p>") == "<p>x</p>\(LiveScript.tag)")
        #expect(inject("") == LiveScript.tag)
    }

    @Test func keepsTheBytesAroundIt() {
        let html = "<p>Örnsköldsvik – ”så här”</p></body>"
        #expect(inject(html) == "<p>Örnsköldsvik – ”så här”</p>\(LiveScript.tag)</body>")
    }

    @Test func theOverlayPutsTextInAsTextOnly() {
        #expect(!LiveScript.source.contains("innerHTML"))
        #expect(!LiveScript.source.contains("insertAdjacentHTML"))
        #expect(LiveScript.source.contains("textContent"))
        #expect(LiveScript.source.contains(#"addEventListener("reload""#))
        #expect(LiveScript.source.contains(#"addEventListener("error""#))
    }
}
