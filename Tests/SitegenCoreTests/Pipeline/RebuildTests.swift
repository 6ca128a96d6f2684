import Foundation
import Testing
@testable import SitegenCore

/// Rebuilds into the same output folder (reusing the spare folder, the output manifest and
/// linked files) give exactly what a cold build of the same sources gives.
@Suite struct RebuildTests {
    /// The same sources built from scratch in a folder of their own.
    static func coldBuild(of site: TestSite, fixture: String) async throws -> [String: Data] {
        try await coldTree(of: site, fixture: fixture).files
    }

    /// ``coldBuild(of:fixture:)``'s files, and its folders: a rebuild must not leave behind
    /// folders that a cold build does not make.
    static func coldTree(of site: TestSite, fixture: String) async throws -> (files: [String: Data], folders: Set<String>) {
        let cold = try TestSite(fixture: fixture)
        defer { cold.cleanUp() }
        for folder in ["content", "templates", "static"] {
            try cold.remove(folder)
            try TestSite.copyTree(site.root.appendingPathComponent(folder), into: cold.root.appendingPathComponent(folder))
        }
        try cold.remove("site.yml")
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("site.yml"), to: cold.root.appendingPathComponent("site.yml"))
        _ = try await cold.build()
        return (Tree.snapshot(cold.output), Tree.folders(cold.output))
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

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomEditsRebuildToTheColdBuild(seed: UInt64) async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        var random = SeededGenerator(seed: seed)
        _ = try await site.build(cache: site.cacheFolder)
        let tags = ["Export", "Ny tagg", "Digitalisering", "Energi", "export"], regions = ["Kronoberg", "Örebro", "Västernorrland"]
        var kept = 0
        for step in 0..<12 {
            let articles = Self.articles(in: site)
            let path = articles.randomElement(using: &random)!
            switch Int.random(in: 0..<11, using: &random) {
            case 0: // a body changes
                try Self.edit(site, path) { $0 + "\nEtt nytt stycke i steg \(step).\n" }
            case 1: // an article goes, with its pages, and its tags' pages if it was their last
                if articles.count > 3 { try site.remove(path) }
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
            case 4: // the site's title changes every page
                try Self.edit(site, "site.yml") { text in
                    text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.hasPrefix("title:") ? "title: Industrinytt \(step)" : String($0) }.joined(separator: "\n")
                }
            case 5: // a title: the article's page, its neighbours', lists and related links
                try Self.edit(site, path) { $0.replacingOccurrences(of: "\ntitle:", with: "\ntitle: Steg \(step) –") }
            case 6: // a date: the order, neighbours, archive pages and pagination
                try Self.edit(site, path) { text in
                    text.replacingOccurrences(of: #"\ndate: \d{4}-\d\d-\d\d"#, with: "\ndate: 2021-0\(step % 9 + 1)-0\(step % 9 + 1)",
                                              options: .regularExpression)
                }
            case 7: // the tags: related articles, tag pages, feeds
                let tag = tags.randomElement(using: &random)!
                try Self.edit(site, path) { text in
                    text.replacingOccurrences(of: #"\ntags: [^\n]*"#, with: "\ntags: [\(tag)]", options: .regularExpression)
                }
            case 8: // a partial that every page uses
                try Self.edit(site, "templates/partials/footer.mustache") { $0 + "<!-- steg \(step) -->\n" }
            case 9: // an interface word
                try Self.edit(site, "templates/i18n/sv.yml") { text in
                    text.replacingOccurrences(of: #"\nnavTags: [^\n]*"#, with: "\nnavTags: Ämnen \(step)", options: .regularExpression)
                }
            default: // a static file, copied as it is
                try Self.edit(site, "static/css/site.css") { $0 + "\n/* steg \(step) */\n" }
            }
            let report = try await site.build(cache: site.cacheFolder)
            kept += report.keptFiles
            let cold = try await Self.coldTree(of: site, fixture: "everything")
            let differences = Tree.differences(cold.files, Tree.snapshot(site.output))
            #expect(differences.isEmpty, "seed \(seed), step \(step): \(differences.prefix(5))")
            let folders = cold.folders
            #expect(Tree.folders(site.output) == folders, "seed \(seed), step \(step): \(Tree.folders(site.output).symmetricDifference(folders).sorted().prefix(5))")
        }
        #expect(kept > 0, "seed \(seed): no file was ever kept, so nothing above tested keeping them")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(siblings.contains(".site.spare"), "the replaced site is kept for the next build")
        #expect(!siblings.contains { $0.hasPrefix(".site.staging-") || $0.hasPrefix(".site.previous-") })
    }

    static func edit(_ site: TestSite, _ path: String, _ change: (String) -> String) throws {
        let url = site.root.appendingPathComponent(path)
        try site.write(path, change(try String(contentsOf: url, encoding: .utf8)))
    }

    /// A rebuild with nothing changed keeps every page, feed and copied file; after one body
    /// changes, only the pages that show that article are made, and the others keep their inode.
    @Test func oneEditRemakesOnlyThePagesThatShowTheArticle() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let first = try await site.build(cache: site.cacheFolder)
        #expect(first.keptFiles == 0, "the first build has nothing to keep")
        let second = try await site.build(cache: site.cacheFolder)
        // Made every time: robots.txt, redirects and the search index.
        let alwaysMade = try Self.unfingerprinted(site)
        #expect(second.keptFiles == second.files - alwaysMade, "unchanged inputs, yet \(second.files - alwaysMade - second.keptFiles) files were made")

        let edited = "content/2019/manga-dorrar.md", page = "nyheter/2019/manga-dorrar/index.html"
        let unrelated = "amnen/index.html"
        let before = try Self.inodes(site, [page, unrelated])
        try Self.edit(site, edited) { $0 + "\nEtt stycke till.\n" }
        let third = try await site.build(cache: site.cacheFolder)
        let made = third.files - alwaysMade - third.keptFiles
        #expect(made > 0 && made < third.files / 3, "\(made) of \(third.files) files made for one body")
        let after = try Self.inodes(site, [page, unrelated])
        #expect(after[0] != before[0], "the edited article's page is made again")
        #expect(after[1] == before[1], "a page that does not show the article (the tags overview) is kept")
        #expect(try site.output(page).contains("Ett stycke till."))
    }

    /// The pages that link to an article (its neighbours, the articles it is related to, its
    /// term pages, home) show its title, date, kind, regions, image and summary, never its body,
    /// and so do the search's records: an edit of the body keeps them, and makes only the
    /// article's page and the feeds that carry the body. A new title makes them all again.
    @Test func anEditOfABodyKeepsThePagesThatOnlyLinkToTheArticle() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let edited = "content/2019/manga-dorrar.md", page = "nyheter/2019/manga-dorrar/index.html"
        let linking = Tree.snapshot(site.output).filter { path, data in
            path.hasSuffix(".html") && path != page && String(decoding: data, as: UTF8.self).contains("/manga-dorrar/\"")
        }.keys.sorted()
        #expect(linking.count >= 4, "neighbours and term pages link to the article: \(linking)")
        let before = try Self.fingerprints(site)
        let documents = before.keys.filter { $0.hasPrefix("sok/docs-") }
        #expect(!documents.isEmpty && documents.allSatisfy { before[$0] != 0 }, "the search's records are fingerprinted")

        try Self.edit(site, edited) { $0 + "\nEtt stycke till med fler ord i.\n" }
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "body edit")
        let afterBody = try Self.fingerprints(site)
        let changed = afterBody.keys.filter { afterBody[$0] != 0 && afterBody[$0] != before[$0] }.sorted()
        #expect(changed.contains(page))
        #expect(changed.contains("feed.xml"), "the site's feed carries the body")
        let unexpected = changed.filter { $0 != page && !["feed.xml", "rss.xml", "feed.json"].contains(($0 as NSString).lastPathComponent) }
        #expect(unexpected.isEmpty, "made again for an edit of a body: \(unexpected)")

        try Self.edit(site, edited) { $0.replacingOccurrences(of: "title: Många dörrar leder rätt", with: "title: Många dörrar leder fel") }
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "title edit")
        let afterTitle = try Self.fingerprints(site)
        let kept = linking.filter { afterTitle[$0] == afterBody[$0] }
        #expect(kept.isEmpty, "pages that show the title kept after it changed: \(kept)")
        #expect(documents.contains { afterTitle[$0] != afterBody[$0] }, "the search record with the title is made again")
    }

    static func fingerprints(_ site: TestSite) throws -> [String: UInt64] {
        let manifest = try #require(OutputManifest.read(from: OutputManifest.location(source: site.root, output: site.output),
                                                        output: site.output))
        return manifest.entries.mapValues(\.fingerprint)
    }

    /// The sitemap is made again only when an address or a date it lists changed: not for an
    /// edit of a body, but for a new `updated:` date.
    @Test func theSitemapIsKeptUnlessAnAddressOrADateChanged() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let first = try Self.fingerprint(site, "sitemap.xml")
        #expect(first != 0)
        let edited = "content/2019/manga-dorrar.md"
        try Self.edit(site, edited) { $0 + "\nEtt stycke till.\n" }
        _ = try await site.build(cache: site.cacheFolder)
        #expect(try Self.fingerprint(site, "sitemap.xml") == first, "a body edit changed the sitemap's fingerprint")
        try Self.edit(site, edited) { $0.replacingOccurrences(of: "date: 2019-05-20\n", with: "date: 2019-05-20\nupdated: 2024-02-03\n") }
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "updated date")
        #expect(try Self.fingerprint(site, "sitemap.xml") != first)
        #expect(try site.output("sitemap.xml").contains("<lastmod>2024-02-03"))
    }

    /// An article that goes out of date as time passes leaves the sitemap at the next build,
    /// though nothing in the site folder changed (and no tag, region or kind goes with it).
    @Test func anArticleOutOfDateLeavesTheSitemap() async throws {
        let site = try TestSite(fixture: "tiny", files: ["content/utgar.md": """
            ---
            title: Stöd som upphör
            date: 2020-02-01
            kind: projekt
            regions: [Kronoberg]
            expiry_date: 2020-12-31
            ---

            Text.
            """])
        defer { site.cleanUp() }
        _ = try await site.build(now: Date(timeIntervalSince1970: 1_590_969_600), cache: site.cacheFolder) // 2020-06-01
        #expect(try site.output("sitemap.xml").contains("/nyheter/2020/utgar/</loc>"))
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "out of date")
        #expect(try !site.output("sitemap.xml").contains("/nyheter/2020/utgar/"))
    }

    static func fingerprint(_ site: TestSite, _ path: String) throws -> UInt64 {
        let manifest = try #require(OutputManifest.read(from: OutputManifest.location(source: site.root, output: site.output),
                                                        output: site.output))
        return try #require(manifest.entries[path]).fingerprint
    }

    /// A rebuild tells which files' bytes it changed, added or removed (the preview reloads only
    /// the tabs they concern): exactly those, each with the hash of its new bytes.
    @Test func theChangedFilesAreExactlyThoseWhoseBytesDiffer() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        let first = try await site.build(cache: site.cacheFolder)
        #expect(first.changedFiles == nil, "nothing was published before")
        #expect(try await site.build(cache: site.cacheFolder).changedFiles == [:])

        let before = Tree.snapshot(site.output)
        try Self.edit(site, "content/2019/manga-dorrar.md") { $0 + "\nEtt stycke till.\n" }
        try site.remove("content/2020/2020-05-04-krisstod.md")
        let report = try await site.build(cache: site.cacheFolder)
        let after = Tree.snapshot(site.output)
        var expected: [String: UInt64] = [:]
        for (path, data) in after where before[path] != data { expected[path] = data.withUnsafeBytes { XXHash64.hash($0) } }
        for path in before.keys where after[path] == nil { expected[path] = 0 }
        #expect(expected.count > 2 && expected.values.contains(0), "a page changed and one went")
        #expect(report.changedFiles == expected)

        // `sitegen build` does not ask for them: the same files are published, and no list.
        try Self.edit(site, "content/2019/manga-dorrar.md") { $0 + "\nOch ett till.\n" }
        var options = BuildOptions(source: site.root, output: site.output, workers: 2, now: TestSite.now, cacheFolder: site.cacheFolder)
        options.reportsChangedFiles = false
        let unasked = try await Build(options: options).run()
        #expect(unasked.changedFiles == nil)
        #expect(try site.output("nyheter/2019/manga-dorrar/index.html").contains("Och ett till."))
    }

    /// The files of the output written without a fingerprint (always made).
    static func unfingerprinted(_ site: TestSite) throws -> Int {
        let manifest = try #require(OutputManifest.read(from: OutputManifest.location(source: site.root, output: site.output),
                                                        output: site.output))
        return manifest.entries.values.filter { $0.fingerprint == 0 }.count
    }

    static func inodes(_ site: TestSite, _ paths: [String]) throws -> [UInt64] {
        try paths.map { path in
            try #require(OutputManifest.Entry.stat(site.output.appendingPathComponent(path).path, hash: 0)).inode
        }
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
        let staging = try StagingFolder.create(for: site.output, manifest: OutputManifest.location(source: site.root, output: site.output))
        #expect(staging.reused)
        try staging.write(Data("ny".utf8), to: page)
        #expect(try Data(contentsOf: site.output.appendingPathComponent(page)) == published)
        #expect(try Data(contentsOf: staging.url.appendingPathComponent(page)) == Data("ny".utf8))
        staging.discard()
        #expect(FileManager.default.fileExists(atPath: StagingFolder.spareFolder(of: site.output).path),
                "a failed build sets the spare aside again")
    }

    /// The published site's manifest goes aside with it: the next build knows every file of
    /// the spare, and keeps those it would write again with the same bytes.
    @Test func theSparesManifestDescribesTheSpare() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let manifest = OutputManifest.location(source: site.root, output: site.output)
        let first = try #require(OutputManifest.read(from: manifest, output: site.output))
        _ = try await site.build()
        let staging = try StagingFolder.create(for: site.output, manifest: manifest)
        defer { staging.discard() }
        #expect(staging.reused)
        #expect(staging.spare?.entries == first.entries, "the first build's manifest, now the spare's")
        let page = "nyheter/2019/manga-dorrar/index.html"
        let bytes = try Data(contentsOf: staging.url.appendingPathComponent(page))
        let inode = try #require(OutputManifest.Entry.stat(staging.url.appendingPathComponent(page).path, hash: 0)).inode
        try staging.write(bytes, to: page)
        #expect(try #require(OutputManifest.Entry.stat(staging.url.appendingPathComponent(page).path, hash: 0)).inode == inode,
                "the spare's file is kept, not written again")
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
