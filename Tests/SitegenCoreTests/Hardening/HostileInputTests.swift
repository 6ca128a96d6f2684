import Foundation
import Testing
@testable import SitegenCore

/// Broken, odd and hostile article files, one per case, each built through the real build with
/// the expected outcome stated: the site builds, or the build stops with one exact located
/// message (`file:line:column: error: words`) and a hint. Never a crash, a hang or a huge amount
/// of memory: each case has a time limit (debug build, shared machine) and the process's peak
/// memory may not grow by more than 1 GB during it.
///
/// The cases are generated here, not kept as files: some are megabytes. `Fuzz/corpus/` holds the
/// small ones as seeds for the fuzzer.
@Suite(.serialized) struct HostileInputTests {
    enum Outcome: Sendable {
        /// The article builds; its page is at this path in the output.
        case builds(page: String)
        /// The build fails, and this is the first line of one of its errors.
        case fails(String)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: Data
        let expected: Outcome
        /// The time limit, in seconds; the largest inputs take longer in a debug build.
        var seconds: Double = 10
        var testDescription: String { name }
    }

    static let fm = "title: Rubrik\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]\n"
    static let page = "nyheter/2020/x/index.html"
    static let file = "content/x.md"

    static func article(_ frontMatter: String = fm, body: String = "Text.\n") -> Data {
        Data(("---\n" + frontMatter + "---\n\n" + body).utf8)
    }

    static func builds(_ name: String, _ bytes: Data, page: String = page, seconds: Double = 10) -> Case {
        Case(name: name, bytes: bytes, expected: .builds(page: page), seconds: seconds)
    }

    static func fails(_ name: String, _ bytes: Data, _ place: String, _ message: String, seconds: Double = 10) -> Case {
        Case(name: name, bytes: bytes, expected: .fails("\(file):\(place): error: \(message)"), seconds: seconds)
    }

    static func date(_ value: String) -> Data {
        article("title: Rubrik\ndate: \(value)\nkind: projekt\nregions: [Kronoberg]\n")
    }

    static let laughs = (1...9).map { level in
        let name = Character(UnicodeScalar(UInt8(96 + level)))
        let items = level == 1 ? Array(repeating: "lol", count: 9) : Array(repeating: "*\(Character(UnicodeScalar(UInt8(95 + level))))", count: 9)
        return "\(name): &\(name) [\(items.joined(separator: ", "))]\n"
    }.joined()

    static let tenThousandTags = "tags: [" + (0..<10_000).map { "Tagg \($0)" }.joined(separator: ", ") + "]\n"

    static let cases: [Case] = [
        // Encodings and bytes.
        fails("invalid UTF-8 in the body", article(body: "År x\n").replacingFirst("x", with: [0xFF]),
              "8:4", "the file is not valid UTF-8: byte 0xFF at offset 79 is not part of a UTF-8 character"),
        fails("invalid UTF-8 in the front matter (Latin-1)", Data("---\ntitle: R".utf8) + Data([0xE4]) + Data("ksm\u{F6}rg\n".utf8) + article().dropFirst(4),
              "2:9", "the file is not valid UTF-8: byte 0xE4 at offset 12 is not part of a UTF-8 character"),
        fails("UTF-16 with a byte-order mark", Data([0xFF, 0xFE]) + String(decoding: article(), as: UTF8.self).data(using: .utf16LittleEndian)!,
              "1:1", "the file is saved as UTF-16 (it starts with a UTF-16 byte-order mark); sitegen reads UTF-8"),
        builds("UTF-8 byte-order mark", Data([0xEF, 0xBB, 0xBF]) + article()),
        fails("a NUL byte in the body", article(body: "ab\u{0}c\n"), "8:3",
              "the file contains a NUL byte (offset 77); it looks like a binary file, not text"),
        fails("a PNG named .md", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), "3:1",
              "the file contains a NUL byte (offset 8); it looks like a binary file, not text"),
        builds("CRLF line ends", Data(String(decoding: article(), as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        builds("lone CR line ends", Data(String(decoding: article(), as: UTF8.self).replacingOccurrences(of: "\n", with: "\r").utf8)),
        builds("mixed line ends", Data("---\r\ntitle: Rubrik\rdate: 2020-02-03\nkind: projekt\r\nregions: [Kronoberg]\r---\n\nText.\r\n".utf8)),
        // The shape of the file.
        fails("no closing ---", Data(("---\n" + fm + "\nText.\n").utf8), "1:1",
              "the front matter is not closed: no line '---' follows the opening one"),
        fails("an empty file", Data(), "1:1", "the file has no front matter: its first line must be '---'"),
        builds("front matter only", Data(("---\n" + fm + "---\n").utf8)),
        fails("a blank line before ---", Data(("\n---\n" + fm + "---\n\nText.\n").utf8), "2:1",
              "the front matter must start on the first line, but line 1 is empty"),
        // YAML.
        fails("billion laughs", article(fm + laughs), "11:8",
              "the alias '*e' makes the front matter more than 100000 values long once repeated (a \"billion laughs\")"),
        builds("an alias that repeats a little", article(fm + "summary: &s Kort.\norganisation: *s\n")),
        fails("10,000 nested flow lists", article(fm + "x: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"),
              "6:103", "the front matter nests lists or groups of fields more than 100 levels deep"),
        fails("10,000 nested block lists", article(fm + "x:\n  " + String(repeating: "- ", count: 10_000) + "a\n"),
              "7:201", "the front matter nests lists or groups of fields more than 100 levels deep"),
        fails("10,000 nested JSON arrays", Data(("{\"title\": \"R\", \"x\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}\n\nText.\n").utf8),
              "1:533", "the JSON front matter cannot be read here"),
        fails("10,000 nested TOML tables", Data(("+++\nx = " + String(repeating: "{a=", count: 10_000) + String(repeating: "}", count: 10_000) + "\n+++\n\nText.\n").utf8),
              "2:773", "a value is not in quotes, or is not one TOML can read"),
        // Found by the fuzzer: toml++ asserted a digit after the T and aborted the process.
        fails("TOML date-time with a control character after T", Data("+++\ntitle = \"R\"\ndate = 2019-02-03T\u{10}9:00:00\nkind = \"projekt\"\nregions = [\"Kronoberg\"]\n+++\n\nText.\n".utf8),
              "3:18", "a date's time must follow the 'T' directly"),
        fails("TOML date-time with a letter after T", Data("+++\ndate = 2019-02-03Tx9:00:00 # 2019-02-03Tx in a comment\ntitle = \"2019-02-03Tx\"\n+++\n\nText.\n".utf8),
              "2:18", "a date's time must follow the 'T' directly"),
        fails("TOML date-time with ':' after T", Data("+++\ntitle = \"\"\"\n2019-02-03Tx\"\"\"\ndate = 2019-02-03T:9:00\n+++\n\nText.\n".utf8),
              "4:18", "a date's time must follow the 'T' directly"),
        // Found by the fuzzer: toml++ asserted a bare-key character after a table header's '['.
        fails("TOML table named with å, ä, ö", Data("+++\ntitle = \"R\"\ndate = 2020-02-03\nkind = \"projekt\"\nregions = [\"Kronoberg\"]\n[åtgärd]\nplats = \"X\"\n+++\n\nText.\n".utf8),
              "6:2", "a table name in [ ] must be letters a-z, digits, '-' and '_', or be in quotes"),
        fails("TOML table header with a control character", Data("+++\n[[ \u{01}ubrik\n+++\n\nText.\n".utf8),
              "2:4", "a table name in [ ] must be letters a-z, digits, '-' and '_', or be in quotes"),
        builds("TOML with '[ö' inside a multi-line string and array", Data(("+++\ntitle = \"R\"\ndate = 2020-02-03\nkind = \"projekt\"\n"
            + "summary = \"\"\"\n[ö] är ingen tabell\n\"\"\"\nextra = [\n[{ a = 1 }],\n]\nregions = [\"Kronoberg\"]\n+++\n\nText.\n").utf8)),
        // Found by the fuzzer: toml++ asserted that no value starts with '}'.
        fails("TOML list closed with }", Data("+++\ntitle = \"R\"\ndate =    [   # en kommentar\n  }}{{&f}}\n+++\n\nText.\n".utf8),
              "4:3", "a list is closed with '}' instead of ']'"),
        builds("TOML list of inline tables", Data("+++\ntitle = \"R\"\ndate = 2020-02-03\nkind = \"projekt\"\nregions = [\"Kronoberg\"]\nextra = [ { a = 1 }, {b = [2]} ]\n+++\n\nText.\n".utf8)),
        fails("TOML value of 1,000,000 [", Data(("+++\nx = " + String(repeating: "[", count: 1_000_000) + "\n+++\n\nText.\n").utf8),
              "2:261", "a value is not in quotes, or is not one TOML can read"),
        fails("duplicate keys", article(fm + "title: Igen\n"), "6:1", "the field 'title' is given twice (first on line 2)"),
        builds("a 1 MB title", article("title: " + String(repeating: "Industri ", count: 116_509) + "\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]\n"),
               seconds: 30),
        fails("10,000 tags", article(fm + tenThousandTags), "6:1898",
              "the article has 10000 tags; an article may have at most 200"),
        fails("a tag of 1 MB", article(fm + "tags: [" + String(repeating: "a", count: 1_000_000) + "]\n"), "6:8",
              "the tag '\(String(repeating: "a", count: 40))…' makes an address 1000000 characters long; a tag's address may be at most 200"),
        fails("a tag of 150 æ, an address of 300", article(fm + "tags: [" + String(repeating: "æ", count: 150) + "]\n"), "6:8",
              "the tag '\(String(repeating: "æ", count: 40))…' makes an address 300 characters long; a tag's address may be at most 200"),
        fails("a slug of one letter and 100,000 accents", article(fm + "slug: a" + String(repeating: "\u{301}", count: 100_000) + "\n"), "6:7",
              "the slug 'a\(String(repeating: "\u{301}", count: 39))…' is too long and has letters other than a-z; it may be at most 200 characters of a-z, 0-9 and hyphens"),
        fails("a slug of 300 characters", article(fm + "slug: " + String(repeating: "a", count: 300) + "\n"), "6:7",
              "the slug is 300 characters long; it may be at most 200"),
        // Wrong types.
        fails("title as a list", article("title: [Ett, Två]\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]\n"), "2:8",
              "'title' must be a single value, but it is a list"),
        fails("date as a number", date("20200203"), "3:7", "'20200203' is not a date sitegen can read"),
        fails("tags as a group of fields", article(fm + "tags: {Export: ja}\n"), "6:7", "'tags' must be a list, but it is a group of fields"),
        fails("regions as a group of fields", article("title: R\ndate: 2020-02-03\nkind: projekt\nregions: {a: b}\n"), "5:10",
              "'regions' must be a list, but it is a group of fields"),
        fails("draft as text", article(fm + "draft: kanske\n"), "6:8", "'draft' must be true or false"),
        fails("event as a list", article(fm + "event: [a]\n"), "6:8", "event must be a group of 'key: value' fields, but it is a list"),
        fails("unknown region", article("title: R\ndate: 2020-02-03\nkind: projekt\nregions: [Kronobreg]\n"), "5:11",
              "the region 'Kronobreg' is not in site.yml"),
        // Dates.
        builds("date: 2020-02-03", date("2020-02-03")),
        builds("date with a time", date("2020-02-03 09:30")),
        builds("date with seconds and a zone", date("2020-02-03T09:30:00+02:00")),
        builds("date in UTC with a fraction", date("2020-02-03T09:30:00.250Z")),
        fails("date 2024-02-30", date("2024-02-30"), "3:7", "there is no such date or time: '2024-02-30'"),
        fails("date 2024-13-01", date("2024-13-01"), "3:7", "there is no such date or time: '2024-13-01'"),
        fails("date 2024-01-01 25:00", date("2024-01-01 25:00"), "3:7", "there is no such date or time: '2024-01-01 25:00'"),
        fails("date with zone +25:00", date("2024-01-01T10:00:00+25:00"), "3:7", "there is no such date or time: '2024-01-01T10:00:00+25:00'"),
        fails("date 24-01-01", date("24-01-01"), "3:7", "'24-01-01' is not a date sitegen can read"),
        fails("date 2016-1-05", date("2016-1-05"), "3:7", "'2016-1-05' is not a date sitegen can read"),
        fails("date 2016-03-23 9:00:00 -4", date("2016-03-23 9:00:00 -4"), "3:7", "'2016-03-23 9:00:00 -4' is not a date sitegen can read"),
        fails("date 26 June 2020", date("26 June 2020"), "3:7", "'26 June 2020' is not a date sitegen can read"),
        fails("date 4 maj 2020", date("4 maj 2020"), "3:7", "'4 maj 2020' is not a date sitegen can read"),
        fails("date as a Unix timestamp", date("1588550400"), "3:7", "'1588550400' is not a date sitegen can read"),
        // Markdown.
        builds("a 5 MB body", article(body: String(repeating: String(repeating: "Ett stycke text om industrin i regionen. ", count: 24) + "\n\n", count: 5_100)),
               seconds: 90),
        builds("10,000 nested block quotes", article(body: String(repeating: ">", count: 10_000) + " text\n")),
        builds("10,000 nested block quotes, spaced", article(body: String(repeating: "> ", count: 10_000) + "text\n")),
        builds("10,000 nested lists", article(body: String(repeating: "- ", count: 10_000) + "text\n")),
        builds("10,000 nested ordered lists", article(body: String(repeating: "1. ", count: 10_000) + "text\n")),
        builds("50,000 [", article(body: String(repeating: "[", count: 50_000) + "\n")),
        builds("50,000 [a](", article(body: String(repeating: "[a](", count: 50_000) + "\n")),
        builds("50,000 *", article(body: String(repeating: "*", count: 50_000) + "a" + String(repeating: "*", count: 50_000) + "\n")),
        builds("50,000 `", article(body: String(repeating: "`", count: 50_000) + "\n")),
        builds("50,000 <", article(body: String(repeating: "<", count: 50_000) + "\n")),
        builds("a line of 1 MB without spaces", article(body: String(repeating: "a", count: 1_000_000) + "\n"), seconds: 20),
        builds("20,000 headings of the same text", article(body: String(repeating: "## Rubrik\n", count: 20_000)), seconds: 20),
        builds("5,000 footnotes", article(body: (0..<5_000).map { "x[^\($0)]\n" }.joined() + "\n" + (0..<5_000).map { "[^\($0)]: n\n" }.joined())),
        fails("a table of 5,000 columns", article(body: String(repeating: "|a", count: 5_000) + "|\n" + String(repeating: "|-", count: 5_000) + "|\n"),
              "9:1", "a table row here has 5000 cells; tables may have at most 500 columns"),
        fails("a table row of 100,000 cells", article(body: "|a|b|\n|-|-|\n" + String(repeating: "|c", count: 100_000) + "|\n"),
              "10:1", "a table row here has 100000 cells; tables may have at most 500 columns"),
        fails("a wide header over 200,000 rows", article(body: String(repeating: "|a", count: 400) + "|\n" + String(repeating: "|-", count: 400) + "|\n" + String(repeating: "|b|\n", count: 200_000)),
              "508:1", "the tables have more than 200000 cells by this line, too many to render"),
        builds("a table within the bounds", article(body: "| a | b |\n|---|:-:|\n" + String(repeating: "| 1 | 2 |\n", count: 2_000))),
    ]

    struct Result: Sendable {
        let built: Bool
        let diagnostics: [Diagnostic]
    }

    @Test(arguments: cases) func hostileInput(_ testCase: Case) async throws {
        let site = try TestSite(fixture: "tiny")
        defer { site.cleanUp() }
        try site.remove("content/ok.md")
        try site.write(Self.file, testCase.bytes)
        let memoryBefore = TimeBox.peakMemory
        let result = await TimeBox.run(seconds: testCase.seconds) {
            do throws(BuildFailure) {
                _ = try await site.build(workers: 2)
                return Result(built: true, diagnostics: [])
            } catch {
                return Result(built: false, diagnostics: error.diagnostics)
            }
        }
        let result2 = try #require(result, "\(testCase.name): not done within \(testCase.seconds) s")
        let grown = TimeBox.peakMemory - memoryBefore
        #expect(grown < 1 << 30, "\(testCase.name): peak memory grew by \(grown >> 20) MB")
        let formatter = DiagnosticFormatter(colours: false)
        let firstLines = result2.diagnostics.errors.map { String(formatter.format($0).prefix { $0 != "\n" }) }
        switch testCase.expected {
        case .builds(let page):
            #expect(result2.built, "\(testCase.name): \(firstLines.map { $0.prefix(300) })")
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(page).path))
        case .fails(let line):
            #expect(!result2.built)
            #expect(firstLines.contains(line), "\(testCase.name): expected «\(line)» among \(firstLines.map { $0.prefix(300) })")
            // The output folder was never made.
            #expect(!FileManager.default.fileExists(atPath: site.output.path))
        }
        // Every error names a place in the article, and says how to fix it.
        for error in result2.diagnostics.errors {
            #expect(error.location?.file == Self.file, "\(error.message.prefix(200))")
            #expect(error.hint != nil, "no hint: \(error.message.prefix(200))")
        }
    }

    /// A megabyte line in a message is shown as a window around the caret, not whole.
    @Test func longLinesAreClippedInMessages() {
        let line = String(repeating: "a", count: 100_000) + "X" + String(repeating: "b", count: 100_000)
        let text = DiagnosticFormatter(colours: false).format(
            Diagnostic(.error, at: SourceLocation(file: "content/x.md", line: 3, column: 100_001), "m", excerpt: line))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count < 200 })
        let shown = lines[1], caret = lines[2]
        // The caret stands under the X.
        let xAt = shown.distance(from: shown.startIndex, to: shown.firstIndex(of: "X")!)
        let caretAt = caret.distance(from: caret.startIndex, to: caret.firstIndex(of: "^")!)
        #expect(xAt == caretAt)
    }
}

extension Data {
    /// The data with the first occurrence of `text` replaced by `bytes`.
    func replacingFirst(_ text: String, with bytes: [UInt8]) -> Data {
        guard let range = range(of: Data(text.utf8)) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: bytes)
        return copy
    }
}
