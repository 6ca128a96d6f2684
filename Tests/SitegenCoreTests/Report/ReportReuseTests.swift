import Foundation
import Testing
@testable import SitegenCore

/// A build with a cache folder keeps `.sitegen/report.json` and the published `/_rapport/` page
/// when the report's inputs are the last build's (``ReportKey``), and makes both again when
/// anything the report shows changed: an article's front matter, what the checks find, the
/// clock, or the file itself. A kept report.json keeps its inode (it is not replaced); the page
/// is recorded in the output manifest with the key as its fingerprint, which is what lets
/// ``StagingFolder/keep(_:fingerprint:)`` keep it, as it keeps every page.
@Suite struct ReportReuseTests {
    static let article = "content/2021/intervju.md"

    static func inode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    static func jsonInode(_ site: TestSite) throws -> Int {
        try inode(ReportFile.url(in: site.root))
    }

    /// The fingerprint the output manifest records for the page.
    static func pageKey(_ site: TestSite) throws -> UInt64 {
        let options = BuildOptions(source: site.root, output: site.output)
        let manifest = try #require(OutputManifest.read(from: options.manifestLocation, output: site.output))
        return try #require(manifest.entries[ReportPage.file]).fingerprint
    }

    static func json(_ site: TestSite) throws -> String {
        try String(contentsOf: ReportFile.url(in: site.root), encoding: .utf8)
    }

    static func edit(_ site: TestSite, _ change: (String) -> String) throws {
        let text = try String(contentsOf: site.root.appendingPathComponent(article), encoding: .utf8)
        try site.write(article, change(text))
    }

    @Test func aBodyEditThatChangesNoFindingKeepsTheReportAndItsPage() async throws {
        let site = try LinkRewriteTests.goodSite()
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let (inode, key, json) = (try Self.jsonInode(site), try Self.pageKey(site), try Self.json(site))
        #expect(key != 0)
        try Self.edit(site) { $0 + "\nEn mening till i brödtexten.\n" }
        let report = try await site.build(cache: site.cacheFolder)
        #expect(try Self.jsonInode(site) == inode, "report.json was written again")
        #expect(try Self.pageKey(site) == key)
        #expect(report.files == Tree.files(site.output).count, "the kept page is still counted")
        // And both are what a build without the cache makes (which writes report.json itself).
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "body edit")
        #expect(try Self.json(site) == json)
    }

    @Test func aTitleEditMakesBothAgain() async throws {
        let site = try LinkRewriteTests.goodSite()
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let (inode, key) = (try Self.jsonInode(site), try Self.pageKey(site))
        try Self.edit(site) { $0.replacingOccurrences(of: "title: Intervju om exporten", with: "title: Samtal om exporten") }
        _ = try await site.build(cache: site.cacheFolder)
        #expect(try Self.jsonInode(site) != inode)
        #expect(try Self.pageKey(site) != key)
        #expect(try Self.json(site).contains("\"title\": \"Samtal om exporten\""))
        #expect(!(try Self.json(site)).contains("Intervju om exporten"))
        #expect(try site.output(ReportPage.file).contains("Samtal om exporten"))
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "title edit")
    }

    /// A finding is an input too: an image without alternative text (a warning) is listed
    /// when it appears and gone when it is fixed, though no front matter changed.
    @Test func whatTheChecksFindMakesBothAgain() async throws {
        let site = try LinkRewriteTests.goodSite()
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let original = try String(contentsOf: site.root.appendingPathComponent(Self.article), encoding: .utf8)
        try Self.edit(site) { $0 + "\n![](/bilder/karta.png)\n" }
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "image without alt")
        #expect(try Self.json(site).contains("\"images_without_alt\": [\n    {"))
        #expect(try site.output(ReportPage.file).contains("<code>/bilder/karta.png</code>"))
        try site.write(Self.article, original)
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "fixed")
        #expect(try Self.json(site).contains("\"images_without_alt\": []"))
        #expect(!(try site.output(ReportPage.file)).contains("<code>/bilder/karta.png</code>"))
    }

    /// The build's moment decides which articles expire within 30 days.
    @Test func theClockMakesBothAgainWhenAnArticleComesWithinTheWindow() async throws {
        let site = try LinkRewriteTests.goodSite()
        defer { site.cleanUp() }
        try Self.edit(site) { $0.replacingOccurrences(of: "title: Intervju om exporten", with: "title: Intervju om exporten\nexpiry_date: 2025-08-01") }
        _ = try await site.build(cache: site.cacheFolder)
        #expect(try Self.json(site).contains("\"expiring\": []"), "two months off at first")
        let later = TestSite.now.addingTimeInterval(40 * 24 * 3600)
        _ = try await site.build(now: later, cache: site.cacheFolder)
        #expect(try Self.json(site).contains("\"expiry_date\": \"2025-08-01"))
        #expect(try site.output(ReportPage.file).contains("<time datetime=\"2025-08-01"))
    }

    /// report.json changed by hand, or the key file gone, and the report is written again.
    @Test func aChangedOrUnkeyedReportFileIsWrittenAgain() async throws {
        let site = try LinkRewriteTests.goodSite()
        defer { site.cleanUp() }
        _ = try await site.build(cache: site.cacheFolder)
        let json = try Self.json(site)
        try Data("{}".utf8).write(to: ReportFile.url(in: site.root))
        _ = try await site.build(cache: site.cacheFolder)
        #expect(try Self.json(site) == json)
        try FileManager.default.removeItem(at: ReportFile.keyURL(in: site.root))
        let inode = try Self.inode(ReportFile.url(in: site.root))
        _ = try await site.build(cache: site.cacheFolder)
        #expect(try Self.inode(ReportFile.url(in: site.root)) != inode)
        #expect(FileManager.default.fileExists(atPath: ReportFile.keyURL(in: site.root).path))
        #expect(try Self.json(site) == json)
    }

    /// Without a cache folder nothing is kept: report.json is written on every build, and the
    /// page made and recorded without a fingerprint, as every page is.
    @Test func withoutACacheBothAreMadeEveryTime() async throws {
        let site = try LinkRewriteTests.goodSite()
        defer { site.cleanUp() }
        _ = try await site.build()
        let inode = try Self.jsonInode(site)
        _ = try await site.build()
        #expect(try Self.jsonInode(site) != inode)
        #expect(try Self.pageKey(site) == 0)
    }
}
