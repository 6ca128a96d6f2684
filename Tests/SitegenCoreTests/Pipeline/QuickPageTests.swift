import Foundation
import Testing
@testable import SitegenCore

/// `sitegen serve` makes a saved article's page first, from the last preview build
/// (``QuickPage``): that page must be the one the full build then writes, byte for byte, and
/// whatever it cannot make exactly it must leave to the full build.
@Suite struct QuickPageTests {
    static func options(_ site: TestSite, _ session: BuildSession, now: Date = TestSite.now) -> BuildOptions {
        var options = BuildOptions(source: site.root, output: site.output, includeDrafts: true, workers: 2, now: now,
                                   includeFuture: true, cacheFolder: site.cacheFolder)
        options.preview = true
        options.session = session
        return options
    }

    static func page(_ site: TestSite, _ file: String) throws -> Data {
        try Data(contentsOf: site.output.appendingPathComponent(file))
    }

    /// Edits that change only what the article's own page shows; each has the word
    /// `Snabbt<step>` in it.
    static let edits: [@Sendable (Int, String) -> String] = [
        { step, _ in "\nEtt stycke till, Snabbt\(step), med **fetstil** och en [länk](https://example.org/\(step)).\n" },
        { step, _ in "\n## Ny rubrik Snabbt\(step)\n\nText under den nya rubriken.\n" },
        { step, _ in "\n- en punkt\n- en punkt till, Snabbt\(step)\n" },
        { step, path in
            // Written as the article file's path, from the edited file's folder.
            let up = String(repeating: "../", count: path.split(separator: "/").count - 2)
            return "\nSe också [mångdörrar](\(up)2019/manga-dorrar.md#vad-har-det-gett) och [början](#innehall), Snabbt\(step).\n"
        },
    ]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func aBodyEditGivesThePageTheFullBuildWrites(seed: UInt64) async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        var random = SeededGenerator(seed: seed)
        let session = BuildSession()
        _ = try await Build(options: Self.options(site, session)).run()
        for step in 0..<6 {
            let path = RebuildTests.articles(in: site).randomElement(using: &random)!
            let edit = Self.edits.randomElement(using: &random)!
            try RebuildTests.edit(site, path) { $0 + edit(step, path) }
            // Now and then, what the front matter only shows, and the first paragraph.
            if Bool.random(using: &random) {
                try RebuildTests.edit(site, path) { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Ändrad \(step) – ") }
            }
            if Bool.random(using: &random) {
                try RebuildTests.edit(site, path) { Self.firstParagraphChanged($0) ?? $0 }
            }

            let outcome = Build(options: Self.options(site, session)).quickPages(for: [path])
            guard case .written(let pages) = outcome else {
                Issue.record("step \(step), \(path): \(outcome)")
                return
            }
            #expect(pages.count == 1)
            let (file, hash) = try #require(pages.first)
            let quick = try Self.page(site, file)
            #expect(quick.withUnsafeBytes { XXHash64.hash($0) } == hash)
            #expect(String(decoding: quick, as: UTF8.self).contains("Snabbt\(step)"))

            let report = try await Build(options: Self.options(site, session)).run()
            #expect(try Self.page(site, file) == quick, "step \(step): \(path)")
            // The full build writes the same bytes, so the tab does not reload twice.
            #expect(report.changedFiles?[file] == hash)
        }
    }

    @Test func whatItCannotMakeExactlyIsLeftToTheFullBuild() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let session = BuildSession()
        let path = "content/2019/2019-04-12-industrikommunerna.md"
        func declined(_ changed: [String] = ["content/2019/2019-04-12-industrikommunerna.md"], now: Date = TestSite.now) -> Bool {
            if case .declined = Build(options: Self.options(site, session, now: now)).quickPages(for: changed) { return true }
            return false
        }
        #expect(declined(), "no build yet")
        _ = try await Build(options: Self.options(site, session)).run()
        let original = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        func attempt(_ text: String) -> Bool {
            try? site.write(path, text)
            return declined()
        }
        #expect(!attempt(original + "\nEtt nytt stycke.\n"), "a body edit is made quickly")
        #expect(!attempt(original.replacingOccurrences(of: "title: ", with: "title: Ny ")), "a title the page only shows")
        #expect(!attempt(try #require(Self.firstParagraphChanged(original))), "the summary, its first paragraph")
        #expect(!attempt(original.replacingOccurrences(of: "author: ", with: "author: Anna och ")), "the author")
        #expect(attempt(original.replacingOccurrences(of: "date: 2019-04-12", with: "date: 2019-04-13")), "the date orders it")
        #expect(attempt(original.replacingOccurrences(of: "tags: ", with: "tags: Ny tagg, ")), "its tags have pages")
        #expect(attempt(original.replacingOccurrences(of: "kind: Mötesrapport", with: "kind: intervju")), "its kind has a page")
        #expect(attempt(original.replacingOccurrences(of: "\nkind: ", with: "\ndraft: true\nkind: ")), "now a draft")
        #expect(attempt(original + "\n[trasig](../2019/finns-inte.md)\n"), "a broken link")
        #expect(attempt(original.replacingOccurrences(of: "kind: ", with: "kind: nej")), "an error in the front matter")
        let headingRenamed = try #require(Self.firstHeadingRenamed(original))
        #expect(attempt(headingRenamed), "a heading id other pages may link to is gone")
        try site.write(path, original)

        #expect(declined(["templates/article.mustache"]), "a template")
        #expect(declined(["site.yml"]))
        #expect(declined(["content/2019/ny.md"]), "a new article")
        #expect(declined(["content/2020/rapport-om-industrin/diagram.png"]), "a bundle's file")
        #expect(declined(Array(repeating: path, count: QuickPage.limit + 1)), "too many at once")
        #expect(declined(now: TestSite.now.addingTimeInterval(100 * 365 * 86_400)), "a scheduled moment passed")

        // Articles of the same date are ordered by title: a new title may move it.
        try site.write("content/2019/samma-dag.md", "---\ntitle: Samma dag\ndate: 2019-04-12 09:00\nkind: projekt\nregions: [Kronoberg]\n---\n\nText.\n")
        _ = try await Build(options: Self.options(site, session)).run()
        #expect(attempt(original.replacingOccurrences(of: "title: ", with: "title: Ny ")), "another article has its date")
        #expect(!attempt(original + "\nEtt nytt stycke.\n"))
        try site.write(path, original)

        // After a failed build, the full build must run (and tell what is wrong).
        try site.write(path, original.replacingOccurrences(of: "kind: ", with: "kind: nej"))
        await #expect(throws: BuildFailure.self) { try await Build(options: Self.options(site, session)).run() }
        try site.write(path, original + "\nEtt nytt stycke.\n")
        #expect(declined(), "the last build failed")
    }

    /// The article with the first word of its first body paragraph changed.
    static func firstParagraphChanged(_ text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        var fences = 0
        for (number, line) in lines.enumerated() {
            if line == "---" { fences += 1; continue }
            guard fences >= 2, !line.isEmpty, line.first!.isLetter else { continue }
            lines[number] = "Ändrat " + line
            return lines.joined(separator: "\n")
        }
        return nil
    }

    static func firstHeadingRenamed(_ text: String) -> String? {
        guard let range = text.range(of: "\n## ") else { return nil }
        return text.replacingCharacters(in: range, with: "\n## Omdöpt ")
    }
}
