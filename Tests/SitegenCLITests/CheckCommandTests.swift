import Foundation
import Testing

/// `sitegen check`, `check --strict`, `build --strict` and `sitegen report` run as a writer or
/// CI runs them: exit codes, what reaches standard error and standard output, and that check and
/// report write nothing.
@Suite struct CheckCommandTests {
    typealias CLI = CLITests

    static func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    static let brokenLink = "---\ntitle: Trasig länk\ndate: 2021-01-01\nkind: projekt\nregions: [Kronoberg]\n---\n\nSe [rapporten](../2020/rapprt.md).\n"
    static let vagueLink = "---\ntitle: Vag länk\ndate: 2021-01-01\nkind: projekt\nregions: [Kronoberg]\n---\n\nOm exporten: [klicka här](/regioner/kronoberg/).\n"

    @Test func theSampleSiteChecksWithoutAWarningAndNothingIsWritten() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        for arguments in [["check"], ["check", "--strict"]] {
            let result = try CLI.run(arguments + ["--source", root.path])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stderr == "Checked 13 articles: no problems.\n")
            #expect(result.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".sitegen").path))
    }

    @Test func aBrokenLinkIsAnErrorInCheckAndBuild() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write(Self.brokenLink, to: "content/2021/trasig.md", in: root)
        let check = try CLI.run(["check", "--source", root.path])
        #expect(check.status == 1)
        #expect(check.stderr.hasPrefix("""
            content/2021/trasig.md:8:4: error: the link leads to 'content/2020/rapprt.md', but there is no such article
                8 | Se [rapporten](../2020/rapprt.md).
                  |    ^
            """), "\(check.stderr)")
        #expect(check.stderr.hasSuffix("Checked 14 articles: 1 error.\n"))
        let build = try CLI.run(["build", "--source", root.path])
        #expect(build.status == 1)
        #expect(build.stderr.contains("content/2021/trasig.md:8:4: error: the link leads to 'content/2020/rapprt.md'"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test func strictMakesWarningsErrorsInCheckAndBuild() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write(Self.vagueLink, to: "content/2021/vag.md", in: root)
        let check = try CLI.run(["check", "--source", root.path])
        #expect(check.status == 0)
        #expect(check.stderr.contains("content/2021/vag.md:8:14: warning: the link text 'klicka här' does not say where the link leads"))
        #expect(check.stderr.hasSuffix("Checked 14 articles: 1 warning.\n"))

        let strict = try CLI.run(["check", "--strict", "--source", root.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("content/2021/vag.md:8:14: error: the link text 'klicka här' does not say where the link leads"))
        #expect(strict.stderr.hasSuffix("Checked 14 articles: 1 error (--strict: warnings count as errors).\n"))

        let strictBuild = try CLI.run(["build", "--strict", "--source", root.path])
        #expect(strictBuild.status == 1)
        #expect(strictBuild.stderr.contains("Build failed: 1 error (--strict: warnings count as errors)."))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))

        let build = try CLI.run(["build", "--source", root.path])
        #expect(build.status == 0)
        #expect(build.stderr.contains(", 1 warning -> "))
    }

    @Test func reportPrintsTheReportOnStandardOutput() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write(Self.brokenLink, to: "content/2021/trasig.md", in: root)
        let result = try CLI.run(["report", "--source", root.path, "--now", "2020-09-15"])
        #expect(result.status == 0, "broken links are part of the report: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("Redaktionell rapport för Industrinytt: 14 artiklar\n\nArtiklar per region och år\n"))
        #expect(result.stdout.contains("""
            Artiklar som slutar gälla inom 30 dagar (1)
              30 september 2020: Skånska underleverantörer får krisrådgivning via gemensam hjälplinje (content/2020/2020-04-02-hjalplinje-skanska-underleverantorer.md)
            """))
        #expect(result.stdout.contains("Trasiga länkar och bilder (1)\n  content/2021/trasig.md:8:4: ../2020/rapprt.md, länken leder ingenstans\n"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".sitegen").path), "report writes nothing")
    }

    @Test func reportOfASiteThatCannotBeLoaded() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("site.yml"))
        let result = try CLI.run(["report", "--source", root.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: there is no site.yml in"))
    }

    @Test(arguments: [["check", "--now", "igår"], ["report", "--now", "igår"], ["check", "--external", "--no-such"]])
    func wrongUsageExitsWithTwo(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
    }
}
