import Foundation
import Testing
@testable import SitegenCore

/// `dates_from_git: true` on a real git repository made in the test: dates from the first and
/// last commit of each file, the front matter first, nothing for files never committed, and no
/// git dates at all (with one warning) in a shallow clone.
@Suite struct GitDatesTests {
    /// Runs git in `folder`, with author and committer time `date` (ISO 8601) when given.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL, date: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Redaktör", "-c", "user.email=red@example.se", "-c", "init.defaultBranch=main",
                             "-c", "protocol.file.allow=always"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if process.terminationStatus != 0 { throw GitFailed(arguments: arguments, output: text) }
        return text
    }

    struct GitFailed: Error { var arguments: [String]; var output: String }

    static func article(_ title: String, date: String? = nil, updated: String? = nil) -> String {
        "---\ntitle: \(title)\n" + (date.map { "date: \($0)\n" } ?? "") + (updated.map { "updated: \($0)\n" } ?? "")
            + "kind: projekt\nregions: [Kronoberg]\n---\n\nFörsta stycket.\n"
    }

    /// A repository whose top holds the site in `sajt/` (so paths in git's log have a prefix):
    /// two commits, a year apart, and one file never committed.
    static func repository() throws -> (top: URL, site: TestSite) {
        let site = try TestSite(fixture: "tiny", files: [
            "content/utan-datum.md": article("Utan datum"),
            "content/med-datum.md": article("Med datum", date: "2019-01-02"),
            "content/med-updated.md": article("Med updated", date: "2019-01-02", updated: "2019-06-01"),
            "content/samma-dag.md": article("Samma dag"),
        ])
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config + "dates_from_git: true\n")
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: top, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: site.root, to: top.appendingPathComponent("sajt"))
        let moved = TestSite(root: top.appendingPathComponent("sajt"))
        try git(["init", "-q"], in: top)
        try git(["add", "-A"], in: top)
        try git(["commit", "-q", "-m", "Första"], in: top, date: "2020-03-04T10:00:00+01:00")
        for name in ["utan-datum", "med-datum", "med-updated"] {
            try (String(contentsOf: moved.root.appendingPathComponent("content/\(name).md"), encoding: .utf8) + "\nMer.\n")
                .write(to: moved.root.appendingPathComponent("content/\(name).md"), atomically: true, encoding: .utf8)
        }
        try git(["commit", "-q", "-am", "Andra"], in: top, date: "2021-05-06T10:00:00+02:00")
        try moved.write("content/ny.md", article("Ny", date: "2021-06-01"))
        return (top, moved)
    }

    @Test func datesComeFromTheFirstAndLastCommitAndFrontMatterWins() async throws {
        let (top, site) = try Self.repository()
        defer { try? FileManager.default.removeItem(at: top) }
        let report = try await site.build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let index = try site.index()
        func dates(_ path: String) throws -> (Date, Date?) {
            let article = try #require(index.articles.first { $0.sourcePath == path })
            return (article.date, article.updated)
        }
        let first = Date(timeIntervalSince1970: 1_583_312_400) // 2020-03-04 10:00 +01:00
        let last = Date(timeIntervalSince1970: 1_620_288_000) // 2021-05-06 10:00 +02:00
        let frontMatterDate = Date(timeIntervalSince1970: 1_546_383_600) // 2019-01-02 00:00 +01:00
        #expect(try dates("content/utan-datum.md") == (first, last), "no date: the first commit; updated: the last")
        #expect(try dates("content/med-datum.md") == (frontMatterDate, last), "the front matter's date wins")
        #expect(try dates("content/med-updated.md").1 == Date(timeIntervalSince1970: 1_559_340_000), "and its updated")
        #expect(try dates("content/samma-dag.md") == (first, nil), "committed once: no update to show")
        #expect(try dates("content/ny.md").1 == nil, "never committed: no git date")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("nyheter/2020/utan-datum/index.html").path),
                "the address takes the year of git's date")
    }

    @Test func aFileNeverCommittedStillNeedsItsDate() async throws {
        let (top, site) = try Self.repository()
        defer { try? FileManager.default.removeItem(at: top) }
        try site.write("content/ny.md", Self.article("Ny"))
        let problem = try #require(await site.failingBuild().errors.first)
        #expect(ContentCheckTests.firstLine(problem) == "content/ny.md:2:1: error: the required field 'date' is missing")
    }

    @Test func aShallowCloneGivesOneWarningAndNoGitDates() async throws {
        let (top, _) = try Self.repository()
        defer { try? FileManager.default.removeItem(at: top) }
        let clone = top.appendingPathComponent("klon")
        try Self.git(["clone", "-q", "--depth", "1", "file://" + top.path, clone.path], in: top)
        let site = TestSite(root: clone.appendingPathComponent("sajt"))
        try site.remove("content/utan-datum.md")
        try site.remove("content/samma-dag.md")
        let report = try await site.build()
        #expect(report.warnings.map(ContentCheckTests.firstLine) == [
            "site.yml:16:1: warning: the git checkout is shallow (it has only the newest commits), so dates from git would be wrong; they are not used",
        ])
        #expect(report.warnings.first?.hint == "fetch the whole history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0), or write the dates in the front matter")
        let article = try #require(try site.index().articles.first { $0.sourcePath == "content/med-datum.md" })
        #expect(article.updated == nil, "not the clone's one commit")
    }

    @Test func outsideGitTheSettingIsAWarning() async throws {
        let site = try TestSite(fixture: "tiny", files: ["content/a.md": Self.article("A", date: "2020-01-01")])
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", config + "dates_from_git: true\n")
        let report = try await site.build()
        #expect(report.warnings.map(\.message) == ["dates_from_git is on, but the site folder is not in a git repository, so dates come from the front matter only"])
    }

    @Test func oneLogIsReadIntoFirstAndLastPerFile() {
        let log = "\u{1E}1700000300\n\nsajt/content/a.md\nannat/b.md\n\u{1E}1700000200\n\nsajt/content/b.md\n\u{1E}1700000100\n\nsajt/content/a.md\nsajt/content/b.md\n"
        let files = GitDates.parse(log, prefix: "sajt/")
        #expect(files.keys.sorted() == ["content/a.md", "content/b.md"])
        #expect(files["content/a.md"] == .init(first: Date(timeIntervalSince1970: 1_700_000_100), last: Date(timeIntervalSince1970: 1_700_000_300)))
        #expect(files["content/b.md"] == .init(first: Date(timeIntervalSince1970: 1_700_000_100), last: Date(timeIntervalSince1970: 1_700_000_200)))
    }
}
