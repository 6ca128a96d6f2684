import Foundation
import Testing
@testable import SitegenCore

/// The search index as written into a built site: split as configured, in order, without
/// out-of-date articles, and with every user string kept as data.
@Suite struct SearchIndexTests {
    static func json(_ site: TestSite, _ file: String) throws -> [String: Any] {
        let data = try Data(contentsOf: site.output.appendingPathComponent("sok/" + file))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func indexIsSplitIntoOrderedShardsAndSmallDocumentFiles() async throws {
        let site = try TestSite(fixture: "everything") // shard_size: 1, documents_per_file: 2
        defer { site.cleanUp() }
        _ = try await site.build()
        let manifest = try Self.json(site, "index.json")
        #expect(manifest["version"] as? Int == 1)
        let documents = try #require(manifest["documents"] as? [String: Any])
        #expect(documents["count"] as? Int == 4, "five articles, one out of date")
        #expect(documents["perFile"] as? Int == 2)
        let shards = try #require(manifest["shards"] as? [[String: String]])
        #expect(shards.count >= 3)
        var previous: String?
        for (number, shard) in shards.enumerated() {
            #expect(shard["file"] == "shard-\(number).json")
            let terms = try #require(try Self.json(site, shard["file"]!)["terms"] as? [String: Any])
            let keys = terms.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            #expect(keys.first == shard["first"])
            if let previous, let first = keys.first { #expect(previous.utf16.lexicographicallyPrecedes(first.utf16)) }
            previous = keys.last
        }
        let files = Tree.files(site.output.appendingPathComponent("sok"))
        #expect(files.filter { $0.hasPrefix("docs-") } == ["docs-0.json", "docs-1.json"])
        let facets = try #require(manifest["facets"] as? [String: [[String: Any]]])
        #expect(facets["regions"]?.compactMap { $0["name"] as? String } == ["Jämtland Härjedalen", "Kronoberg", "Västernorrland", "Örebro", "Östergötland"])
        #expect(facets["kinds"]?.compactMap { $0["count"] as? Int } == [1, 1, 1, 1])
    }

    @Test func outOfDateArticlesCannotBeFound() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let all = Tree.files(site.output.appendingPathComponent("sok")).filter { $0.hasSuffix(".json") }
            .map { String(decoding: FileManager.default.contents(atPath: site.output.appendingPathComponent("sok/" + $0).path)!, as: UTF8.self) }
            .joined()
        #expect(all.contains("Spillvärme blir resurs i Norrköping"))
        #expect(!all.contains("Krisstöd för företagen"))
        #expect(!all.contains("\"lindesberg\""))
    }

    @Test func titlesAndSummariesStayDataInJSON() async throws {
        let title = "Slut på </script><script>alert(\"x\")</script> & ny\u{2028}rad"
        let site = try TestSite(fixture: "tiny", files: ["content/ok.md": """
            ---
            title: '\(title)'
            date: 2020-01-01
            kind: projekt
            regions: [Kronoberg]
            summary: 'Citat: "ja" \\ <b>fet</b>'
            ---

            Text.
            """])
        defer { site.cleanUp() }
        _ = try await site.build()
        let raw = try Data(contentsOf: site.output.appendingPathComponent("sok/docs-0.json"))
        let text = String(decoding: raw, as: UTF8.self)
        #expect(!text.contains("</script"))
        #expect(!text.contains("<b>"))
        #expect(!text.contains("\u{2028}"))
        #expect(text.contains(#"\u003c/script\u003e"#) && text.contains(#"\u2028"#) && text.contains(#"\u0026"#))
        let record = try #require((try Self.json(site, "docs-0.json")["documents"] as? [[String: Any]])?.first)
        #expect(record["title"] as? String == title)
        #expect(record["summary"] as? String == #"Citat: "ja" \ <b>fet</b>"#)
        #expect(record["url"] as? String == "nyheter/2020/ok/")
    }

    /// A record names its tags as their pages do: the spelling most articles use, whatever this
    /// article wrote.
    @Test func recordsNameTagsAsTheirPagesDo() async throws {
        func article(_ title: String, _ day: Int, _ tags: String) -> String {
            "---\ntitle: \(title)\ndate: 2020-01-0\(day)\nkind: projekt\nregions: [Kronoberg]\ntags: [\(tags)]\n---\n\nText.\n"
        }
        let site = try TestSite(fixture: "tiny", files: [
            "content/a.md": article("A", 3, "EXPORT, Batterier"),
            "content/b.md": article("B", 2, "export"),
            "content/c.md": article("C", 1, "export, batterier"),
        ])
        defer { site.cleanUp() }
        _ = try await site.build()
        // The fixture's own article, older, comes after them.
        let records = try #require(try Self.json(site, "docs-0.json")["documents"] as? [[String: Any]]).prefix(3)
        #expect(records.map { $0["title"] as? String } == ["A", "B", "C"])
        #expect(records.map { $0["tags"] as? [String] } == [["export", "Batterier"], ["export"], ["export", "Batterier"]])
    }

    @Test func searchCanBeTurnedOff() async throws {
        let site = try TestSite(fixture: "tiny")
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config + "search: false\n")
        try site.remove("templates/search.mustache")
        _ = try await site.build()
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("sok").path))
        let home = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!home.contains("role=\"search\""))
    }

    @Test func searchNeedsItsTemplate() async throws {
        let site = try TestSite(fixture: "tiny")
        defer { site.cleanUp() }
        try site.remove("templates/search.mustache")
        let problems = await site.failingBuild().errors
        #expect(problems.map(\.message) == ["the template 'templates/search.mustache' is missing"])
    }

    @Test func bothBuildsWriteTheSameIndexWithAnyNumberOfWorkers() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let other = site.root.appendingPathComponent("other")
        _ = try await site.build(workers: 1)
        _ = try await site.build(output: other, workers: 7)
        let first = Tree.snapshot(site.output.appendingPathComponent("sok"))
        #expect(first.count == 9, "the page, the manifest, filters, four shards, two document files")
        #expect(Tree.differences(first, Tree.snapshot(other.appendingPathComponent("sok"))).isEmpty)
    }

    /// The files are made a window of terms and document files at a time on several threads:
    /// across windows nothing is lost, doubled or reordered, and the bytes do not depend on
    /// the number of threads.
    @Test func filesMadeInWindowsOnSeveralThreadsAreWhole() throws {
        var random = SeededGenerator(seed: 7)
        let documents = (0..<(3 * SearchFiles.window + 5)).map { number in
            SearchDocument(title: "Artikel \(number)", url: "nyheter/\(number)/", dateISO: "2024-01-01", dateText: "1 januari 2024",
                           kind: "projekt", kindName: "Projekt", regions: [], tags: [], summary: "Sammanfattning \(number)")
        }
        var postings: [SearchTerm: [Int32]] = [:]
        for number in 0..<(2 * SearchFiles.window + 77) {
            let key = "ord\(String(number, radix: 36))"
            for variant in [key, key + "ä"].prefix(number % 3 == 0 ? 2 : 1) {
                postings[SearchTerm(key: key, variant: variant)] = (0..<Int.random(in: 1...4, using: &random)).flatMap { place in
                    [Int32(place * 3), Int32.random(in: 1...9, using: &random)]
                }
            }
        }
        let index = SearchIndex(documents: documents, postings: postings, facets: SearchFacets(kinds: [], regions: []))
        let settings = SearchSettings(enabled: true, shardSize: 4, documentsPerFile: 50)
        func files(workers: Int) -> [(String, [UInt8])] {
            var made: [(String, [UInt8])] = []
            SearchFiles.make(index, settings: settings, workers: workers) { path, bytes in made.append((path, bytes)) }
            return made
        }
        let one = files(workers: 1), three = files(workers: 3)
        #expect(one.map(\.0) == three.map(\.0))
        #expect(one.map(\.1) == three.map(\.1), "the same bytes on one thread and on three")
        var keys: [String] = [], ids: [Int] = []
        for (path, bytes) in one {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            if path.contains("/shard-") { keys += try #require(json["terms"] as? [String: Any]).keys }
            if path.contains("/docs-") { ids += try #require(json["documents"] as? [[String: Any]]).compactMap { $0["id"] as? Int } }
        }
        let expected = Set(postings.keys.map(\.key))
        #expect(keys.count == expected.count && Set(keys) == expected,
                "every term in exactly one shard: \(expected.subtracting(keys).count) missing, \(keys.count - Set(keys).count) twice")
        #expect(ids == Array(documents.indices), "every document once, in order")
    }

    /// A record and a term's postings, written straight into bytes, are the bytes of the
    /// ``OrderedJSON`` values they were made as before (kept here as the reference), for
    /// random text with every escape, empty lists and long ones.
    @Test func recordsAndPostingsAreTheBytesOfTheirJSONValues() {
        var random = SeededGenerator(seed: 34)
        let pieces = ["a", "Å", "\"", "\\", "\n", "<", "&", "\u{2028}", "🇸🇪", " ", "–"]
        func text() -> String {
            (0..<Int.random(in: 0..<8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        func texts() -> [String] { (0..<Int.random(in: 0..<4, using: &random)).map { _ in text() } }
        for _ in 0..<300 {
            let document = SearchDocument(title: text(), url: text(), dateISO: text(), dateText: text(), kind: text(),
                                          kindName: text(), regions: texts(), tags: texts(), summary: text())
            let id = Int.random(in: 0..<100_000, using: &random)
            let reference = OrderedJSON.object([
                ("id", .int(id)), ("title", .string(document.title)), ("url", .string(document.url)),
                ("date", .string(document.dateISO)), ("dateText", .string(document.dateText)), ("kind", .string(document.kind)),
                ("kindName", .string(document.kindName)), ("regions", .array(document.regions.map(OrderedJSON.string))),
                ("tags", .array(document.tags.map(OrderedJSON.string))), ("summary", .string(document.summary)),
            ])
            var written: [UInt8] = []
            document.write(id: id, to: &written)
            #expect(written == reference.bytes)

            var number = 0
            let pairs = (0..<Int.random(in: 0..<6, using: &random)).flatMap { _ -> [Int32] in
                number += Int.random(in: 0..<50, using: &random)
                return [Int32(number), Int32.random(in: 1...500, using: &random)]
            }
            var deltas = pairs.map(Int.init), previous = 0
            for position in stride(from: 0, to: deltas.count, by: 2) {
                deltas[position] = Int(pairs[position]) - previous
                previous = Int(pairs[position])
            }
            var postings: [UInt8] = []
            SearchPostings.writeDeltaPairs(pairs, to: &postings)
            #expect(postings == OrderedJSON.ints(deltas).bytes)
        }
    }

    /// Numbers written straight as digits read as `String(number)` writes them.
    @Test func numbersAreWrittenAsTheirDecimals() {
        var random = SeededGenerator(seed: 31)
        var numbers = [0, 1, -1, 9, 10, 99, 100, Int.max, Int.min, Int.min + 1]
        numbers += (0..<500).map { _ in Int.random(in: Int.min...Int.max, using: &random) >> Int.random(in: 0..<63, using: &random) }
        for number in numbers {
            #expect(OrderedJSON.int(number).bytes == Array(String(number).utf8))
        }
        #expect(OrderedJSON.ints(numbers).bytes == Array(("[" + numbers.map(String.init).joined(separator: ",") + "]").utf8))
    }

    /// Terms in the order JavaScript compares strings: by key, then by variant, each by its
    /// UTF-16 code units, where a character beyond U+FFFF (two surrogates, D800-DFFF) comes
    /// before U+E000-U+FFFF, unlike in UTF-8. A table read from the weights' file holds its
    /// terms in that order already; the terms numbered after them are sorted into their places,
    /// and a term it holds is found in it, not numbered again.
    @Test func termsAreInUTF16Order() {
        var random = SeededGenerator(seed: 32)
        let pieces = ["a", "b", "å", "ä", "ö", "z", "\u{FFFD}", "\u{E000}", "🇸🇪", "𝔞", "", "ab"]
        func text() -> String {
            (0..<Int.random(in: 0..<4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        func inOrder(_ first: SearchTerm, _ second: SearchTerm) -> Bool {
            first.key.utf16.elementsEqual(second.key.utf16)
                ? first.variant.utf16.lexicographicallyPrecedes(second.variant.utf16)
                : first.key.utf16.lexicographicallyPrecedes(second.key.utf16)
        }
        var terms: [SearchTerm] = []
        while terms.count < 400 {
            let term = SearchTerm(key: text(), variant: text())
            if !terms.contains(term) { terms.append(term) }
        }
        let expected = terms.sorted(by: inOrder)
        for sortedCount in [0, 1, 150, 399, 400] {
            let read = Array(terms.prefix(sortedCount)).sorted(by: inOrder)
            var table = SearchTermTable(ordered: read)
            for term in terms.dropFirst(sortedCount) { _ = table.number(of: term) }
            for (number, term) in read.enumerated() { #expect(table.number(of: term) == Int32(number), "found among the read terms") }
            #expect(table.terms.count == terms.count, "\(sortedCount) read: none numbered twice")
            #expect(table.ordered().map { table.terms[Int($0)] } == expected, "\(sortedCount) read, \(400 - sortedCount) added")
        }
        var table = SearchTermTable()
        for term in [SearchTerm(key: "\u{FFFD}", variant: "a"), SearchTerm(key: "𝔞", variant: "b"), SearchTerm(key: "𝔞", variant: "a")] {
            _ = table.number(of: term)
        }
        #expect(table.ordered() == [2, 1, 0])
    }

    /// Strings escaped in runs equal the rule written out one character at a time: named
    /// escapes, `\\u` for control characters, DEL, `<`, `>`, `&`, U+2028 and U+2029.
    @Test func stringsAreEscapedByTheRule() {
        func rule(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "<", ">", "&", "\u{7F}", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}":
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        var random = SeededGenerator(seed: 33)
        let pieces = ["a", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "<", ">", "&", "\u{2028}", "\u{2029}",
                      "\u{2027}", "\u{202A}", "€", "–", "å", "🇸🇪", " "]
        for _ in 0..<1000 {
            let text = (0..<Int.random(in: 0..<10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(String(decoding: OrderedJSON.string(text).bytes, as: UTF8.self) == rule(text), "\(text.debugDescription)")
        }
    }
}
