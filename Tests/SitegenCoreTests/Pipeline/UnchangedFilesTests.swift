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

/// The output manifest: unchanged files known by hash, never trusted once the file changed.
@Suite struct OutputManifestTests {
    @Test func aFileChangedByHandInTheOutputIsWrittenAgain() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        #expect(OutputManifest.read(from: OutputManifest.location(source: site.root, output: site.output), output: site.output) != nil)
        let page = site.output.appendingPathComponent("nyheter/2019/manga-dorrar/index.html")
        let good = try Data(contentsOf: page)
        // Same size, other bytes: only the modification time and the content tell.
        var damaged = good
        damaged[damaged.count / 2] = damaged[damaged.count / 2] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try damaged.write(to: page)
        _ = try await site.build()
        #expect(try Data(contentsOf: page) == good)
    }

    @Test func aManifestOfAnotherFolderOrDamagedIsIgnored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("output.manifest")
        let output = folder.appendingPathComponent("site")
        let manifest = OutputManifest(output: output.path, entries: ["a/index.html": .init(hash: 0xABC, size: 3, modified: 7, inode: 9),
                                                                     "b c.html": .init(hash: 1, size: 1, modified: -5, inode: 1, fingerprint: 0xFEED),
                                                                     "ö/0.xml": .init(hash: .max, size: 0, modified: .min, inode: .max, fingerprint: 0),
                                                                     "z.txt": .init(hash: 0, size: .max, modified: .max, inode: 0, fingerprint: .max)])
        manifest.write(to: url)
        #expect(OutputManifest.read(from: url, output: output)?.entries == manifest.entries)
        #expect(OutputManifest.read(from: url, output: folder.appendingPathComponent("other")) == nil)
        let whole = try Data(contentsOf: url)
        try whole.dropLast(5).write(to: url)
        #expect(OutputManifest.read(from: url, output: output) == nil, "a truncated manifest")
        var changed = whole
        changed[changed.count / 2] ^= 0x01
        try changed.write(to: url)
        #expect(OutputManifest.read(from: url, output: output) == nil, "a byte changed")
        try Data("sitegen output manifest 3\n\(output.path)\n".utf8).write(to: url)
        #expect(OutputManifest.read(from: url, output: output) == nil, "an earlier version's text")
    }

    /// White-box: with a manifest entry that still describes the old file, the new bytes are
    /// compared with the recorded hash, not with the file (which is not read at all).
    @Test func aTrustedEntryDecidesWithoutReadingTheOldFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unchanged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let previous = folder.appendingPathComponent("old"), staged = folder.appendingPathComponent("new")
        try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        try Data("old!".utf8).write(to: previous.appendingPathComponent("p.html"))
        let claimed = Data("new!".utf8)
        let hash = claimed.withUnsafeBytes { XXHash64.hash($0) }
        let entry = try #require(OutputManifest.Entry.stat(previous.appendingPathComponent("p.html").path, hash: hash))
        let trusting = UnchangedFiles(previous: previous, manifest: OutputManifest(output: previous.path, entries: ["p.html": entry]))
        #expect(trusting.reuse(claimed, hash: hash, at: "p.html", for: staged.appendingPathComponent("p.html").path) != nil)
        // Without the manifest the bytes are compared, and they differ.
        let reading = UnchangedFiles(previous: previous, manifest: nil)
        #expect(reading.reuse(claimed, hash: hash, at: "p.html", for: staged.appendingPathComponent("q.html").path) == nil)
        // The same bytes, as a page's `[UInt8]`, are linked (and a byte more is not).
        let same = Array("old!".utf8)
        let sameHash = same.withUnsafeBytes { XXHash64.hash($0) }
        #expect(reading.reuse(same + [0], hash: sameHash, at: "p.html", for: staged.appendingPathComponent("r.html").path) == nil)
        let linked = try #require(reading.reuse(same, hash: sameHash, at: "p.html", for: staged.appendingPathComponent("s.html").path))
        #expect(linked.inode == entry.inode, "a second name for the old file")
    }
}
