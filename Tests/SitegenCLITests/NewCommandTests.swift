import Foundation
import Testing

/// `sitegen new`: the file it makes, what the build then says about it, and what it refuses.
@Suite struct NewCommandTests {
    typealias CLI = CLITests

    static func read(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func makesAnArticleThatBuildsOnceTheRegionIsWritten() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let made = try CLI.run(["new", "projekt", "Örnsköldsvik växer: en rapport", "--date", "2024-03-02"], in: root)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout == "content/2024/ornskoldsvik-vaxer-en-rapport.md\n")
        let text = try Self.read(root, "content/2024/ornskoldsvik-vaxer-en-rapport.md")
        #expect(text.hasPrefix("---\ntitle: \"Örnsköldsvik växer: en rapport\"\ndate: 2024-03-02\nkind: projekt\nregions: [ANGE REGION]"))
        #expect(text.contains("\ntags: []"))
        #expect(!text.contains("event:"), "a NewsArticle kind asks for no more fields")

        let unfinished = try CLI.run(["build", "--source", root.path], in: root)
        #expect(unfinished.status == 1)
        #expect(unfinished.stderr.contains("content/2024/ornskoldsvik-vaxer-en-rapport.md:5:11: error: the article's region is not filled in: 'regions' still says 'ANGE REGION'"), "\(unfinished.stderr)")
        #expect(unfinished.stderr.contains("hint: write the region or regions the article is about, as named in site.yml, e.g. regions: [Stockholm]"))
        #expect(unfinished.stderr.contains("Build failed: 1 error."))

        try text.replacingOccurrences(of: "[ANGE REGION]", with: "[Västernorrland]")
            .write(to: root.appendingPathComponent("content/2024/ornskoldsvik-vaxer-en-rapport.md"), atomically: true, encoding: .utf8)
        let built = try CLI.run(["build", "--source", root.path], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.contains("Built 14 articles"))
        let page = try Self.read(root, "site/nyheter/2024/ornskoldsvik-vaxer-en-rapport/index.html")
        #expect(page.contains("Örnsköldsvik växer: en rapport"))
    }

    @Test func datesTodayInTheSiteTimeZone() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        func today() -> String {
            let formatter = DateFormatter()
            formatter.timeZone = TimeZone(identifier: "Europe/Stockholm")
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "yyyy-MM-dd"
            return formatter.string(from: Date())
        }
        let before = today()
        let made = try CLI.run(["new", "intervju", "Vi anställer", "--source", root.path])
        let after = today()
        #expect(made.status == 0, "\(made.stderr)")
        let path = made.stdout.trimmingCharacters(in: .newlines)
        #expect(path.hasPrefix(root.path + "/content/"), "outside the current folder the path is absolute")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\ndate: \(before)\n") || text.contains("\ndate: \(after)\n"), "\(text)")
        #expect(path.hasSuffix("/content/\(after.prefix(4))/vi-anstaller.md") || path.hasSuffix("/content/\(before.prefix(4))/vi-anstaller.md"))
    }

    @Test func theKindAsksForItsSchemasFields() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        // By its name, any case: the key is written.
        let meeting = try CLI.run(["new", "mötesrapport", "Leverantörsdag", "--date", "2024-05-01", "--bundle"], in: root)
        #expect(meeting.status == 0, "\(meeting.stderr)")
        #expect(meeting.stdout == "content/2024/leverantorsdag/index.md\n")
        let text = try Self.read(root, "content/2024/leverantorsdag/index.md")
        #expect(text.contains("\nkind: motesrapport\n"))
        #expect(text.contains("\nevent:"))
        #expect(text.contains("\n  start:"))
        #expect(text.contains("\n  place:"))
        let report = try CLI.run(["new", "rapport", "Läget i industrin", "--date", "2024-05-01"], in: root)
        #expect(try Self.read(root, report.stdout.trimmingCharacters(in: .newlines)).contains("\nattachments:"))
        let crisis = try CLI.run(["new", "krisstöd", "Stöd till företag", "--date", "2024-05-01"], in: root)
        #expect(try Self.read(root, crisis.stdout.trimmingCharacters(in: .newlines)).contains("\nexpiry_date:"))

        // The empty event fields are errors in plain words, each at its line.
        let build = try CLI.run(["build"], in: root)
        #expect(build.status == 1)
        #expect(build.stderr.contains("content/2024/leverantorsdag/index.md:8:3: error: the field 'start' is empty"), "\(build.stderr)")
        #expect(build.stderr.contains("content/2024/leverantorsdag/index.md:9:3: error: the field 'place' is empty"))
    }

    @Test func neverOverwrites() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["new", "projekt", "Smart industri", "--date", "2024-01-10"], in: root).status == 0)
        let path = root.appendingPathComponent("content/2024/smart-industri.md")
        try "min egen text\n".write(to: path, atomically: true, encoding: .utf8)
        let again = try CLI.run(["new", "projekt", "Smart industri", "--date", "2024-02-10"], in: root)
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.contains("error: content/2024/smart-industri.md already exists; it is left as it is"))
        #expect(try String(contentsOf: path, encoding: .utf8) == "min egen text\n")
        // The bundle of the same title would have the same address.
        let bundle = try CLI.run(["new", "projekt", "Smart industri", "--bundle", "--date", "2024-02-10"], in: root)
        #expect(bundle.status == 1)
        #expect(bundle.stderr.contains("content/2024/smart-industri.md already exists"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/2024/smart-industri").path))
    }

    @Test func anUnknownKindIsWrongUsageWithASuggestion() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(["new", "projket", "Rubrik"], in: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: 'projket' is not a kind of article in site.yml"))
        #expect(result.stderr.contains("hint: did you mean 'projekt'? The kinds are: projekt, motesrapport, krisstod, rapport, intervju"))
        let noWords = try CLI.run(["new", "projekt", "!!!"], in: root)
        #expect(noWords.status == 2)
        #expect(noWords.stderr.contains("has no letters or digits"))
        #expect(try CLI.run(["new", "projekt", "Rubrik", "--date", "igår"], in: root).status == 2)
    }

    @Test func withoutASiteItSaysSo() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try CLI.run(["new", "projekt", "Rubrik"], in: empty)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: there is no site.yml in"))
        #expect(result.stderr.contains("sitegen init DIR makes a new site"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }
}
