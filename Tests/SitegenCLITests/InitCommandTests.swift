import Foundation
import Testing
import Yams

/// `sitegen init`: a new site that builds at once, with the repository's theme, and a folder
/// that is not empty left alone.
@Suite struct InitCommandTests {
    typealias CLI = CLITests

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func initThenBuildSucceedsWithNoWarnings() throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let made = try CLI.run(["init", "nyheter"], in: parent)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.contains("Created a new site in nyheter/"))
        let root = parent.appendingPathComponent("nyheter")

        let built = try CLI.run(["build"], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.hasPrefix("Built 1 articles"), "\(built.stderr)")
        #expect(!built.stderr.contains("warning"), "\(built.stderr)")
        let home = try String(contentsOf: root.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("Välkommen till den nya nyhetssajten"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/sok/index.html").path))

        // And an article made with `new`, once its region is written, builds with it.
        let article = try CLI.run(["new", "intervju", "Första intervjun"], in: root)
        #expect(article.status == 0, "\(article.stderr)")
        let path = root.appendingPathComponent(article.stdout.trimmingCharacters(in: .newlines))
        try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "ANGE REGION", with: "Kalmar län")
            .write(to: path, atomically: true, encoding: .utf8)
        let again = try CLI.run(["build"], in: root)
        #expect(again.status == 0, "\(again.stderr)")
        // Still empty, it has nothing to show in lists: the one warning says so.
        #expect(again.stderr.contains("warning: the article has no summary"), "\(again.stderr)")
        #expect(again.stderr.contains("Built 2 articles"))
        #expect(again.stderr.components(separatedBy: "warning:").count == 2)

        // With its first paragraph written, it builds with no warnings.
        try (String(contentsOf: path, encoding: .utf8) + "\nFörsta stycket blir ingressen.\n")
            .write(to: path, atomically: true, encoding: .utf8)
        let written = try CLI.run(["build"], in: root)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.hasPrefix("Built 2 articles"), "\(written.stderr)")
        #expect(!written.stderr.contains("warning"))
    }

    @Test func theThemeIsTheRepositorysAndTheSampleImageIsNot() throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(try CLI.run(["init", "sajt"], in: parent).status == 0)
        let root = parent.appendingPathComponent("sajt")
        for path in ["templates/article.mustache", "templates/partials/header.mustache", "templates/i18n/sv.yml",
                     "templates/i18n/en.yml", "static/css/site.css", "static/js/sok.js", "static/favicon.svg"] {
            #expect(try Data(contentsOf: root.appendingPathComponent(path)) == Data(contentsOf: CLI.packageRoot.appendingPathComponent(path)), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("static/bilder").path))
        let ignore = try String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore.split(separator: "\n").contains("site/"))
        #expect(ignore.split(separator: "\n").contains(".sitegen/"))
    }

    @Test func theWorkflowIsValidYAMLThatBuildsAndUploadsTheSite() throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(try CLI.run(["init", "sajt"], in: parent).status == 0)
        let text = try String(contentsOf: parent.appendingPathComponent("sajt/.github/workflows/sitegen.yml"), encoding: .utf8)
        let workflow = try #require(try Yams.load(yaml: text) as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let build = try #require(jobs["build"] as? [String: Any])
        let steps = try #require(build["steps"] as? [[String: Any]])
        let uses = steps.compactMap { $0["uses"] as? String }
        #expect(uses == ["actions/checkout@v4", "actions/checkout@v4", "actions/upload-pages-artifact@v3"])
        let runs = steps.compactMap { $0["run"] as? String }
        #expect(runs.contains { $0.contains("swift build -c release") })
        #expect(runs.contains { $0.hasSuffix("sitegen build") })
        let upload = try #require(steps.last?["with"] as? [String: Any])
        #expect(upload["path"] as? String == "site")
        let deploy = try #require(jobs["deploy"] as? [String: Any])
        #expect((deploy["steps"] as? [[String: Any]])?.first?["uses"] as? String == "actions/deploy-pages@v4")
        #expect(deploy["needs"] as? String == "build")
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let full = parent.appendingPathComponent("full")
        try FileManager.default.createDirectory(at: full, withIntermediateDirectories: true)
        try "min\n".write(to: full.appendingPathComponent("anteckning.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["init", "full"], in: parent)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: 'full' is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: full.path) == ["anteckning.txt"])

        // A freshly cloned, empty repository holds only .git: that is empty enough.
        let clone = parent.appendingPathComponent("klon")
        try FileManager.default.createDirectory(at: clone.appendingPathComponent(".git"), withIntermediateDirectories: true)
        #expect(try CLI.run(["init", "klon"], in: parent).status == 0)
        #expect(FileManager.default.fileExists(atPath: clone.appendingPathComponent("site.yml").path))

        try "x".write(to: parent.appendingPathComponent("fil"), atomically: true, encoding: .utf8)
        let file = try CLI.run(["init", "fil"], in: parent)
        #expect(file.status == 1)
        #expect(file.stderr.contains("is a file, not a folder"))
    }
}
