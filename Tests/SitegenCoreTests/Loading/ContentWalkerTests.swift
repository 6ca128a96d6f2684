import Foundation
import Testing
@testable import SitegenCore

/// The content walk makes each entry's URL from the type `readdir` gave, without asking the file
/// system again; the URLs must be the ones Foundation makes by asking it.
struct ContentWalkerTests {
    @Test func anEntrysURLIsFoundationsForEveryType() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mapp/undermapp"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("text".utf8).write(to: folder.appendingPathComponent("artikel.md"))
        try Data().write(to: folder.appendingPathComponent("bild med mellanslag å.jpg"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("länk").path, withDestinationPath: "mapp")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("fillänk").path, withDestinationPath: "artikel.md")

        let entries = FolderEntries.list(folder.path)
        #expect(entries.count == 5)
        for (name, type) in entries {
            #expect(ContentWalker.url(of: name, in: folder, type: type) == folder.appendingPathComponent(name), "\(name)")
            // The type unknown, as some file systems give it.
            #expect(ContentWalker.url(of: name, in: folder, type: UInt8(DT_UNKNOWN)) == folder.appendingPathComponent(name), "\(name)")
        }
    }

    @Test func theWalksFilesAreTheSiteFoldersFiles() throws {
        let site = try TestSite(fixture: "tiny", files: [
            "content/2020/en.md": "---\ntitle: En\ndate: 2020-01-01\nkind: projekt\nregions: [Kronoberg]\n---\n\nText.\n",
            "content/2020/bunt/index.md": "---\ntitle: Bunt\ndate: 2020-01-02\nkind: projekt\nregions: [Kronoberg]\n---\n\nText.\n",
            "content/2020/bunt/bild.png": "png",
        ])
        defer { site.cleanUp() }
        let (sources, _) = ContentWalker(siteRoot: site.root).walk()
        #expect(sources.count >= 2)
        for source in sources {
            #expect(source.file == site.root.standardizedFileURL.appendingPathComponent(source.relativePath), "\(source.relativePath)")
        }
        #expect(sources.first { $0.relativePath == "content/2020/bunt/index.md" }?.bundleFiles.map(\.relativePath) == ["bild.png"])
        for source in sources { #expect(source.path == site.root.standardizedFileURL.path + "/" + source.relativePath) }
    }

    /// `index.md` in a folder of its own below `content/` is a bundle named after the folder;
    /// any other file, `content/index.md` too, is named after itself, without a date prefix.
    @Test(arguments: [
        ("content/2020/bunt/index.md", true, "bunt"),
        ("content/bunt/index.md", true, "bunt"),
        ("content/index.md", false, "index"),
        ("content/2019/2019-04-11-mote-i-vaxjo.md", false, "mote-i-vaxjo"),
        ("content/2021/Åtgärder för Örebro.md", false, "atgarder-for-orebro"),
        ("content/2021/Höstmöte/index.md", true, "hostmote"),
        ("content/a.md", false, "a"),
    ])
    func articleSourcesAreNamedByTheirFileOrFolder(path: String, bundle: Bool, slug: String) {
        let root = URL(fileURLWithPath: "/sajt")
        let source = ContentSource.article(path, siteRoot: root, bundleFiles: [BundleFile(sourceFile: "/x/y.png", relativePath: "y.png")])
        #expect(source.isBundle == bundle)
        #expect(source.defaultSlug == slug)
        #expect(source.bundleFiles.count == (bundle ? 1 : 0))
        #expect(source.path == "/sajt/" + path)
        #expect(source.file == root.appendingPathComponent(path))
    }
}
