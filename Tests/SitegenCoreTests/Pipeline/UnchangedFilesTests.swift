import Foundation
import Testing
@testable import SitegenCore

/// A rebuild keeps the files that did not change (same inode and modification time) and
/// writes only those that did.
@Suite struct UnchangedFilesTests {
    static func inode(_ url: URL) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require(attributes[.systemFileNumber] as? UInt64)
    }

    @Test func unchangedPagesKeepTheirFileAndChangedOnesAreNew() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let untouched = site.output.appendingPathComponent("nyheter/2019/manga-dorrar/index.html")
        let edited = site.output.appendingPathComponent("nyheter/2020/rapport-om-industrin/index.html")
        let copied = site.output.appendingPathComponent("nyheter/2020/rapport-om-industrin/diagram.png")
        let before = (try Self.inode(untouched), try Self.inode(edited), try Self.inode(copied))
        let editedBytes = try Data(contentsOf: edited)

        let source = site.root.appendingPathComponent("content/2020/rapport-om-industrin/index.md")
        let text = try String(contentsOf: source, encoding: .utf8)
        try text.replacingOccurrences(of: "Samma rubrik två gånger", with: "Samma rubrik två gånger, ändrad")
            .write(to: source, atomically: true, encoding: .utf8)
        _ = try await site.build()

        #expect(try Self.inode(untouched) == before.0, "an unchanged page is the same file")
        #expect(try Self.inode(copied) == before.2, "an unchanged bundle file is the same file")
        #expect(try Self.inode(edited) != before.1, "a changed page is a new file")
        #expect(try String(contentsOf: edited, encoding: .utf8).contains("två gånger, ändrad"))
        #expect(try Data(contentsOf: edited) != editedBytes)
    }

    @Test func linkingNeverChangesThePreviousSite() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let before = Tree.snapshot(site.output)
        // A failed build after a good one (it stops before staging) leaves the site as it was.
        try site.write("content/trasig.md", "---\ntitle: T\n---\n")
        _ = await site.failingBuild()
        try site.remove("content/trasig.md")
        #expect(Tree.differences(before, Tree.snapshot(site.output)).isEmpty)
        // A good build of the same sources gives the same tree.
        _ = try await site.build()
        #expect(Tree.differences(before, Tree.snapshot(site.output)).isEmpty)
    }
}
