import Foundation
import Testing
@testable import SitegenCore

/// Rebuilds into the same output folder (reusing the spare folder, the output manifest and
/// linked files) give exactly what a cold build of the same sources gives.
@Suite struct RebuildTests {
    /// The same sources built from scratch in a folder of their own.
    static func coldBuild(of site: TestSite, fixture: String) async throws -> [String: Data] {
        let cold = try TestSite(fixture: fixture)
        defer { cold.cleanUp() }
        try cold.remove("content")
        try cold.remove("site.yml")
        try TestSite.copyTree(site.root.appendingPathComponent("content"), into: cold.root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("site.yml"), to: cold.root.appendingPathComponent("site.yml"))
        _ = try await cold.build()
        return Tree.snapshot(cold.output)
    }

    static func articles(in site: TestSite) -> [String] {
        let content = site.root.appendingPathComponent("content")
        let walker = FileManager.default.enumerator(atPath: content.path)
        var found: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".md") { found.append("content/" + path) }
        }
        return found.sorted()
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomEditsRebuildToTheColdBuild(seed: UInt64) async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        var random = SeededGenerator(seed: seed)
        _ = try await site.build()
        let tags = ["Export", "Ny tagg", "Digitalisering", "Energi"], regions = ["Kronoberg", "Örebro", "Västernorrland"]
        for step in 0..<8 {
            let articles = Self.articles(in: site)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: // a body changes
                let path = articles.randomElement(using: &random)!
                let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
                try site.write(path, text + "\nEtt nytt stycke i steg \(step).\n")
            case 1: // an article goes, with its pages, and its tags' pages if it was their last
                if articles.count > 3 { try site.remove(articles.randomElement(using: &random)!) }
            case 2, 3: // an article comes, perhaps with a tag no other has
                let tag = tags.randomElement(using: &random)!, region = regions.randomElement(using: &random)!
                try site.write("content/2022/steg-\(step).md", """
                    ---
                    title: Nytt i steg \(step)
                    date: 2022-0\(step % 9 + 1)-1\(step % 9)
                    kind: projekt
                    regions: [\(region)]
                    tags: [\(tag)]
                    ---

                    Text om steg \(step).
                    """)
            default: // the site's title changes every page
                let yml = site.root.appendingPathComponent("site.yml")
                let text = try String(contentsOf: yml, encoding: .utf8)
                let title = try #require(text.split(separator: "\n").first { $0.hasPrefix("title:") })
                try text.replacingOccurrences(of: String(title), with: "title: Industrinytt \(step)")
                    .write(to: yml, atomically: true, encoding: .utf8)
            }
            _ = try await site.build()
            let differences = Tree.differences(try await Self.coldBuild(of: site, fixture: "everything"), Tree.snapshot(site.output))
            #expect(differences.isEmpty, "seed \(seed), step \(step): \(differences.prefix(5))")
        }
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(siblings.contains(".site.spare"), "the replaced site is kept for the next build")
        #expect(!siblings.contains { $0.hasPrefix(".site.staging-") || $0.hasPrefix(".site.previous-") })
    }

    /// The spare shares unchanged files with the published site (hard links); a build that
    /// reuses it must never change a published file, even before it publishes.
    @Test func aReusedSpareNeverWritesThroughToThePublishedSite() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        _ = try await site.build()
        let page = "nyheter/2019/manga-dorrar/index.html"
        let published = try Data(contentsOf: site.output.appendingPathComponent(page))
        let staging = try StagingFolder.create(for: site.output, manifest: OutputManifest.location(source: site.root))
        #expect(staging.reused)
        try staging.write(Data("ny".utf8), to: page)
        #expect(try Data(contentsOf: site.output.appendingPathComponent(page)) == published)
        #expect(try Data(contentsOf: staging.url.appendingPathComponent(page)) == Data("ny".utf8))
        staging.discard()
        #expect(FileManager.default.fileExists(atPath: StagingFolder.spareFolder(of: site.output).path),
                "a failed build sets the spare aside again")
    }
}

/// Two builds into one output folder at once: the second stops with a clear message and
/// leaves everything as it was; once the first is done, building works again.
@Suite struct OutputLockTests {
    @Test func aSecondBuildIntoTheSameFolderStopsClearly() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        _ = try await site.build()
        let before = Tree.snapshot(site.output)
        var held: OutputLock? = try OutputLock.take(for: site.output.standardizedFileURL)
        let problems = await site.failingBuild()
        #expect(problems.map(\.message) == ["another sitegen build is writing '\(site.output.standardizedFileURL.path)' right now"])
        #expect(Tree.differences(before, Tree.snapshot(site.output)).isEmpty)
        #expect(FileManager.default.fileExists(atPath: StagingFolder.spareFolder(of: site.output).path),
                "the other build's spare folder is left alone")
        held = nil
        _ = held
        _ = try await site.build()
        #expect(Tree.differences(before, Tree.snapshot(site.output)).isEmpty)
    }

    @Test func theLockIsTheKernelsSoAKilledHolderFreesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        // A process that takes the lock and is killed while holding it.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a'); "
                            + "fcntl.flock(f, fcntl.LOCK_EX); open(sys.argv[1] + '.held', 'w').close(); time.sleep(30)",
                            folder.appendingPathComponent(".site.lock").path]
        try holder.run()
        let held = folder.appendingPathComponent(".site.lock.held").path
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: held) { Thread.sleep(forTimeInterval: 0.05) }
        #expect(throws: OutputError.busy(output.path)) { try OutputLock.take(for: output) }
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        #expect(throws: Never.self) { _ = try OutputLock.take(for: output) }
    }
}
