import Testing
@testable import SitegenCore

/// Where ``TableSize`` finds a table too big for cmark-gfm: the line it names counts every line
/// of the text, empty ones and a last one without a line break included.
@Suite("Table sizes")
struct TableSizeTests {
    static let wide = String(repeating: "|a", count: Limits.tableColumns + 1) + "|"
    static let delimiter = String(repeating: "|-", count: Limits.tableColumns + 1) + "|"

    /// The line named is the header's when it is the wider, else the delimiter row's.
    @Test("The line of a too-wide table, after empty lines, with and without a last line break, and with CRLF")
    func linesAreCounted() {
        #expect(TableSize.excess(in: "\(Self.wide)\n\(Self.delimiter)")?.line == 2)
        #expect(TableSize.excess(in: "\n\n\(Self.wide)\n\(Self.delimiter)\n")?.line == 4)
        #expect(TableSize.excess(in: "Text\n\n\n\(Self.wide)\r\n\(Self.delimiter)\r\n\r\nMer text\n")?.line == 5)
        #expect(TableSize.excess(in: "\n\(Self.wide)|b\n|-|-|\n")?.line == 2, "a header wider than its delimiter row")
        #expect(TableSize.excess(in: "| a | b |\n|---|---|\n\(Self.wide)")?.line == 3, "a too-wide row as the last line")
        #expect(TableSize.excess(in: "\(Self.wide)\n\n\(Self.delimiter)")?.line == 3, "a delimiter row alone, after an empty line")
        #expect(TableSize.excess(in: "| a | b |\n|---|---|\n| 1 | 2 |") == nil)
        #expect(TableSize.excess(in: "") == nil)
    }
}
