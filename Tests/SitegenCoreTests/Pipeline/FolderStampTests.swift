import Foundation
import Testing
@testable import SitegenCore

/// The spare is swept by its folders' stamps: a folder still as it was published is not
/// listed, and anything that changed it, by hand or by a build, makes it listed again.
@Suite struct FolderStampTests {
    /// A folder of its own with an output folder `site` in it, and the output's manifest place.
    struct Place {
        let root: URL
        var output: URL { root.appendingPathComponent("site") }
        var manifest: URL { root.appendingPathComponent("output.manifest") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("stamps-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        /// One build's worth of writing: `files` staged and published. Returns whether the
        /// spare was reused, and which of its folders were found as stamped.
        @discardableResult
        func publish(_ files: [String: String], published: StagingFolder.PublishedManifests? = nil,
                     beforePublishing: () -> Void = {}) throws -> (reused: Bool, unchangedFolders: Set<String>) {
            let staging = try StagingFolder.create(for: output, manifest: manifest, published: published, workers: 2)
            for (path, text) in files { try staging.write(Data(text.utf8), to: path) }
            beforePublishing()
            try staging.publish(durable: false, workers: 2)
            return (staging.reused, Set(staging.unchangedFolders.keys))
        }

        func files() -> Set<String> {
            var found: Set<String> = []
            let walker = FileManager.default.enumerator(atPath: output.path)
            while let path = walker?.nextObject() as? String {
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isFolder)
                found.insert(isFolder.boolValue ? path + "/" : path)
            }
            return found
        }

        func cleanUp() { try? FileManager.default.removeItem(at: root) }
    }

    static let site = ["index.html": "hem", "a/x.html": "x", "b/y.html": "y", "b/c/z.html": "z"]

    /// Waits until every folder's time is settled (``FolderStamp/settled(now:)``).
    static func settle() { Thread.sleep(forTimeInterval: 0.12) }

    @Test func theManifestKeepsTheFoldersStamps() throws {
        let place = try Place()
        defer { place.cleanUp() }
        let stamps: PathTable<FolderStamp> = ["": FolderStamp(modified: 1_795_706_863_440_007_155, inode: 31_041_006),
                      "med mellanslag/å": FolderStamp(modified: -5, inode: 7), "b": .unknown]
        var manifest = OutputManifest(output: place.output.path, entries: ["b/y.html": .init(hash: 0xAB, size: 1, modified: 2, inode: 3)])
        manifest.folders = stamps
        manifest.write(to: place.manifest)
        let read = try #require(OutputManifest.read(from: place.manifest, output: place.output))
        #expect(read.folders == stamps)
        #expect(read.entries == manifest.entries)
    }

    /// Any name is kept, a line break in it too (a file of `static/` may have one), and
    /// negative times and sizes of zero come back as they were.
    @Test func namesWithALineBreakAreKeptInTheManifest() throws {
        let place = try Place()
        defer { place.cleanUp() }
        let entry = OutputManifest.Entry(hash: 0xAB, size: 1, modified: 2, inode: 3)
        var manifest = OutputManifest(output: place.output.path, entries: [
            "b/y.html": entry, "a/ny\nrad.txt": entry, "\n": .init(hash: .max, size: 0, modified: -7, inode: .max, fingerprint: .max)])
        manifest.folders = ["a": FolderStamp(modified: 5, inode: 6), "ny\nmapp": FolderStamp(modified: -1, inode: 8)]
        manifest.write(to: place.manifest)
        let read = try #require(OutputManifest.read(from: place.manifest, output: place.output))
        #expect(read.entries == manifest.entries)
        #expect(read.folders == manifest.folders)
        #expect(OutputManifest.read(from: place.manifest, output: place.output, folders: false)?.folders == [:])
    }

    @Test func aFolderJustChangedIsNotTrustedUntilItsTimeSettles() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try FileManager.default.createDirectory(at: place.output.appendingPathComponent("a"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: place.output.appendingPathComponent("a/x.html"))
        func stamps(doubtful: Set<String> = []) -> [String: FolderStamp] {
            Dictionary(uniqueKeysWithValues: SiteFolders.stamps(["", "a"], under: place.output.path, doubtful: doubtful, workers: 1))
        }
        #expect(stamps()["a"] == .unknown, "changed a moment ago: a change in the same clock tick would not show")
        Self.settle()
        let settled = stamps()
        #expect(settled["a"] != .unknown && settled["a"] == FolderStamp.read(place.output.appendingPathComponent("a").path))
        let doubtful = stamps(doubtful: ["a"])
        #expect(doubtful["a"] == .unknown && doubtful[""] != .unknown)
    }

    /// Three builds: the third takes the first's folder as its staging folder. A file and a
    /// folder put into the published site by hand are gone; of the rest, only the folders that
    /// changed are listed, and files the third build does not write go from the others by name.
    @Test func theSpareIsSweptByItsStampsAndWhatChangedIsListed() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try place.publish(Self.site, beforePublishing: Self.settle)
        // By hand, in the published site, which the next build sets aside as the spare.
        try Data("hand".utf8).write(to: place.output.appendingPathComponent("a/hand.html"))
        try FileManager.default.createDirectory(at: place.output.appendingPathComponent("a/hand/deeper"), withIntermediateDirectories: true)
        try Data("hand".utf8).write(to: place.output.appendingPathComponent("a/hand/deeper/page.html"))
        try place.publish(Self.site, beforePublishing: Self.settle)

        var third = Self.site
        third["b/c/z.html"] = nil // b/c goes, and b/ is left with y.html
        let staging = try place.publish(third)
        #expect(staging.reused)
        #expect(staging.unchangedFolders == ["", "b", "b/c"], "a/ changed by hand; the others are as stamped")
        #expect(place.files() == ["index.html", "a/", "a/x.html", "b/", "b/y.html"])
        // The fourth build takes the second's folder, stamped with b/c in it.
        let fourth = try place.publish(third)
        #expect(fourth.reused && fourth.unchangedFolders.contains("b/c"))
        #expect(place.files() == ["index.html", "a/", "a/x.html", "b/", "b/y.html"])
    }

    /// A name with a line break is in the manifest like any other: its folder is stamped, and
    /// the file goes, by its name, once no build writes it.
    @Test func aFileWithALineBreakInItsNameIsSweptByName() throws {
        let place = try Place()
        defer { place.cleanUp() }
        var site = Self.site
        site["a/ny\nrad.txt"] = "x"
        try place.publish(site, beforePublishing: Self.settle)
        try place.publish(site, beforePublishing: Self.settle)
        let third = try place.publish(Self.site, beforePublishing: Self.settle)
        #expect(third.reused && third.unchangedFolders.contains("a"))
        #expect(!place.files().contains("a/ny\nrad.txt"))
        try place.publish(Self.site, beforePublishing: Self.settle)
        #expect(!place.files().contains("a/ny\nrad.txt"), "neither in the spare the next build took")
    }

    /// The spare may hold a file where this build needs a folder (a file of static/ that is
    /// now an article's address): the file goes and the folder is made. Before, every build
    /// stopped with "Not a directory" until the spare was deleted.
    @Test func aFileOfTheSpareWhereAFolderIsNeededMakesWay() throws {
        let place = try Place()
        defer { place.cleanUp() }
        var before = Self.site
        before["a/krock"] = "en fil"
        try place.publish(before)
        try place.publish(before)
        var after = Self.site
        after["a/krock/index.html"] = "en sida"
        let third = try place.publish(after)
        #expect(third.reused)
        #expect(place.files().contains("a/krock/index.html"))
        try place.publish(after)
        #expect(place.files() == ["index.html", "a/", "a/x.html", "a/krock/", "a/krock/index.html", "b/", "b/y.html",
                                  "b/c/", "b/c/z.html"])
    }

    /// A folder of the published site replaced by a symbolic link to a folder outside it: when
    /// the site comes back as the staging folder, no write follows the link out, and the site
    /// is whole again.
    @Test(arguments: [true, false])
    func aLinkPutIntoThePublishedSiteIsNotFollowed(stamped: Bool) throws {
        let place = try Place()
        defer { place.cleanUp() }
        let outside = place.root.appendingPathComponent("utanfor")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("c"), withIntermediateDirectories: true)
        try Data("behåll".utf8).write(to: outside.appendingPathComponent("behall.txt"))
        try place.publish(Self.site, beforePublishing: Self.settle)
        try place.publish(Self.site, beforePublishing: Self.settle)
        if !stamped { OutputManifest.remove(at: StagingFolder.spareManifest(beside: place.manifest)) }
        // By hand, in the published site: b/ becomes a link to the folder outside, and so does
        // a/x.html (a file) to a file there.
        try FileManager.default.removeItem(at: place.output.appendingPathComponent("b"))
        try FileManager.default.createSymbolicLink(at: place.output.appendingPathComponent("b"), withDestinationURL: outside)
        try FileManager.default.removeItem(at: place.output.appendingPathComponent("a/x.html"))
        try FileManager.default.createSymbolicLink(at: place.output.appendingPathComponent("a/x.html"),
                                                   withDestinationURL: outside.appendingPathComponent("behall.txt"))
        try place.publish(Self.site)
        try place.publish(Self.site)
        try place.publish(Self.site)
        let left = try FileManager.default.subpathsOfDirectory(atPath: outside.path).sorted()
        #expect(left == ["behall.txt", "c"], "nothing written or removed outside the site")
        #expect(try String(contentsOf: outside.appendingPathComponent("behall.txt"), encoding: .utf8) == "behåll")
        #expect(place.files() == ["index.html", "a/", "a/x.html", "b/", "b/y.html", "b/c/", "b/c/z.html"])
        var isLink = false
        for path in ["b", "a/x.html"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: place.output.appendingPathComponent(path).path)
            if attributes[.type] as? FileAttributeType == .typeSymbolicLink { isLink = true }
        }
        #expect(!isLink, "the site's own folder and file again, not the links")
    }

    /// The output folder is a link to a folder elsewhere: the first build puts the site in its
    /// place and sets the link aside as the spare, which no later build writes through or
    /// sweeps.
    @Test func anOutputThatIsALinkIsNeverWrittenThrough() throws {
        let place = try Place()
        defer { place.cleanUp() }
        let outside = place.root.appendingPathComponent("webbrot")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("annat".utf8).write(to: outside.appendingPathComponent("annat.html"))
        try FileManager.default.createSymbolicLink(at: place.output, withDestinationURL: outside)
        for _ in 0..<3 { try place.publish(Self.site) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["annat.html"])
        #expect(place.files() == ["index.html", "a/", "a/x.html", "b/", "b/y.html", "b/c/", "b/c/z.html"])
    }

    /// The folders checked while the manifests were read ahead describe the spare as it was
    /// then: a build that took it and gave it back (after failing) changed it since, so the
    /// check is made again.
    @Test func anEarlyCheckIsNotUsedForASpareRenamedSince() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try place.publish(Self.site, beforePublishing: Self.settle)
        try place.publish(Self.site, beforePublishing: Self.settle)
        let early = StagingFolder.PublishedManifests.readAhead(output: place.output, manifest: place.manifest)
        #expect(early.spareFolders?.unchanged.contains("b") == true)
        // Another build takes the spare, writes into b/ and fails: the spare is set aside again.
        do {
            let other = try StagingFolder.create(for: place.output, manifest: place.manifest, workers: 2)
            try other.write(Data("left".utf8), to: "b/left.html")
            other.discard()
        }
        let staging = try place.publish(Self.site, published: early)
        #expect(!staging.unchangedFolders.contains("b"))
        #expect(!place.files().contains("b/left.html"), "the failed build's file is not published")
    }
}
