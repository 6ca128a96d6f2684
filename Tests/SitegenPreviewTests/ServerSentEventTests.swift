import Foundation
import SitegenCore
import Testing
@testable import SitegenPreview

@Suite struct ServerSentEventTests {
    @Test func reloadIsOneEvent() {
        #expect(ServerSentEvent.reload.text == "event: reload\ndata: {}\n\n")
    }

    @Test func eachLineOfDataIsItsOwnField() {
        #expect(ServerSentEvent(name: "x", data: "a\nb\r\nc").text == "event: x\ndata: a\ndata: b\ndata: c\n\n")
        #expect(ServerSentEvent(name: "x\ny", data: "a\rb").text == "event: xy\ndata: ab\n\n")
    }

    @Test func anErrorCarriesTheDiagnosticsAsJSON() throws {
        let diagnostics = [
            Diagnostic(.warning, at: SourceLocation(file: "content/b.md", line: 2, column: 1), "a warning"),
            Diagnostic(.error, at: SourceLocation(file: "content/a.md", line: 5, column: 11),
                       "the region '<script>alert(1)</script>' is not in site.yml",
                       hint: "did you mean 'Kronoberg'?", excerpt: "regions: [Kronobergg]\nnext"),
            Diagnostic.error("there is no site.yml", at: nil),
        ]
        let event = ServerSentEvent.error(BuildProblems(diagnostics))
        #expect(event.name == "error")
        // One line of JSON: a newline in a message must not split the event.
        #expect(!event.data.contains("\n"))
        #expect(event.text == "event: error\ndata: \(event.data)\n\n")
        let decoded = try JSONDecoder().decode(BuildProblems.self, from: Data(event.data.utf8))
        #expect(decoded.problems.map(\.severity) == ["error", "error", "warning"])
        let first = decoded.problems[0]
        #expect(first.file == "content/a.md" && first.line == 5 && first.column == 11)
        #expect(first.message == "the region '<script>alert(1)</script>' is not in site.yml")
        #expect(first.hint == "did you mean 'Kronoberg'?")
        #expect(first.excerpt == "regions: [Kronobergg]\nnext")
        #expect(decoded.problems[1].file == nil)
    }
}
