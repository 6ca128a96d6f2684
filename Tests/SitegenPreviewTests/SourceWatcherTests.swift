import Foundation
import Testing
@testable import SitegenPreview

/// The watcher sees a saved, added and removed file, and nothing outside what a build reads.
@Suite struct SourceWatcherTests {
    @Test func snapshotsDifferByTheChangedFiles() throws {
        let site = try TempFolder(["site.yml": "a", "content/2020/a.md": "a", "templates/x.mustache": "x",
                                   "static/css/site.css": "c", "site/index.html": "i", "content/.a.md.swp": "s"])
        defer { site.remove() }
        let before = SourceSnapshot.take(of: site.url)
        #expect(before.files.keys.sorted() == ["content/2020/a.md", "site.yml", "static/css/site.css", "templates/x.mustache"])
        try site.write("content/2020/a.md", "längre")
        try site.write("content/2021/b.md", "b")
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("static/css/site.css"))
        try site.write("site/index.html", "ändrad")
        #expect(SourceSnapshot.take(of: site.url).changes(since: before) == ["content/2020/a.md", "content/2021/b.md", "static/css/site.css"])
    }

    @Test func aSaveSameSizeIsSeenByItsTime() throws {
        let site = try TempFolder(["content/a.md": "aaaa"])
        defer { site.remove() }
        let before = SourceSnapshot.take(of: site.url)
        let file = site.url.appendingPathComponent("content/a.md")
        try Data("bbbb".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: file.path)
        #expect(SourceSnapshot.take(of: site.url).changes(since: before) == ["content/a.md"])
    }

    @Test func onlyTheNamedFilesAreLookedAt() throws {
        let site = try TempFolder(["site.yml": "a", "content/2020/a.md": "a", "content/2020/b.md": "b", "static/x.css": "x"])
        defer { site.remove() }
        var snapshot = SourceSnapshot.take(of: site.url)
        try site.write("content/2020/a.md", "längre")
        try site.write("content/2020/c.md", "ny")
        try site.write("content/2020/.c.md.swp", "s")
        try site.write("site/index.html", "i")
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("static/x.css"))
        try site.write("content/2020/b.md", "bb") // changed, but not named: not seen
        let named: Set<String> = ["content/2020/a.md", "content/2020/c.md", "content/2020/.c.md.swp", "site/index.html",
                                  "static/x.css", "content/2020/finns-inte.md", "site.yml/x"]
        #expect(snapshot.update(named, source: site.url) == ["content/2020/a.md", "content/2020/c.md", "static/x.css"])
        #expect(snapshot.update(named, source: site.url) == [], "already up to date")
        #expect(snapshot.update(["content/2020"], source: site.url) == nil, "a folder needs a scan")
        var scanned = SourceSnapshot.take(of: site.url)
        scanned.files["content/2020/b.md"] = snapshot.files["content/2020/b.md"]
        #expect(snapshot == scanned, "the update left it as a scan would, but for what was not named")
    }

    /// `static/` publishes hidden files that are not tools' litter (`.well-known/`, `.htaccess`),
    /// so they are watched there, as a build reads them; elsewhere hidden names are not.
    @Test func hiddenFilesOfStaticAreWatched() throws {
        let site = try TempFolder(["content/a.md": "a", "content/.utkast.md": "u", "static/.well-known/security.txt": "s",
                                   "static/.htaccess": "h", "static/.DS_Store": "d", "static/.git/config": "g",
                                   "templates/.x.mustache": "x"])
        defer { site.remove() }
        var snapshot = SourceSnapshot.take(of: site.url)
        #expect(snapshot.files.keys.sorted() == ["content/a.md", "static/.htaccess", "static/.well-known/security.txt"])
        try site.write("static/.well-known/security.txt", "ändrad")
        try site.write("static/.DS_Store", "ändrad")
        try site.write("content/.utkast.md", "ändrad")
        let named: Set<String> = ["static/.well-known/security.txt", "static/.DS_Store", "content/.utkast.md"]
        #expect(snapshot.update(named, source: site.url) == ["static/.well-known/security.txt"])
        #expect(snapshot == SourceSnapshot.take(of: site.url))
    }

    /// A hidden folder of `static/` made after the watch started is watched too.
    @Test(arguments: [false, true])
    func theWatcherSeesStaticHiddenFolders(polling: Bool) async throws {
        let site = try TempFolder(["site.yml": "a", "static/.well-known/security.txt": "s"])
        defer { site.remove() }
        let watcher = SourceWatcher(source: site.url, interval: .milliseconds(20), settle: .milliseconds(20), polling: polling)
        let changes = watcher.changes(from: SourceSnapshot.take(of: site.url))
        // Once this is seen, the first scan is over: the next change is found by the watches.
        try site.write("site.yml", "b")
        #expect(await Self.next(changes) == ["site.yml"])
        try site.write("static/.well-known/security.txt", "ändrad")
        #expect(await Self.next(changes) == ["static/.well-known/security.txt"])
        try site.write("static/.nytt/fil.txt", "ny")
        #expect(await Self.next(changes) == ["static/.nytt/fil.txt"])
        try site.write("static/.nytt/fil.txt", "ändrad")
        #expect(await Self.next(changes) == ["static/.nytt/fil.txt"])
    }

    /// An editor that writes a hidden file and renames it over the article, and a file removed.
    @Test func aSaveByRenameAndARemovalAreSeen() async throws {
        let site = try TempFolder(["site.yml": "a", "content/a.md": "a", "content/b.md": "b"])
        defer { site.remove() }
        let watcher = SourceWatcher(source: site.url, interval: .milliseconds(20), settle: .milliseconds(20))
        let changes = watcher.changes(from: SourceSnapshot.take(of: site.url))
        try site.write("content/.a.md.tmp", "sparad av en editor")
        #expect(rename(site.url.appendingPathComponent("content/.a.md.tmp").path, site.url.appendingPathComponent("content/a.md").path) == 0)
        #expect(await Self.next(changes) == ["content/a.md"])
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("content/b.md"))
        #expect(await Self.next(changes) == ["content/b.md"])
    }

    /// The next change the watcher tells of, or nil after thirty seconds.
    static func next(_ changes: AsyncStream<[String]>) async -> [String]? {
        let first = Task { var iterator = changes.makeAsyncIterator(); return await iterator.next() }
        // A time limit, not a wait: the watcher answers within a few of its scans. Cancelling
        // the reader ends the stream, so a limit met by a slow machine (five seconds was, in a
        // fresh clone's CI with the other suites running) failed every later change too.
        // Timed on a dispatch thread: a `Task.sleep` ends only when the concurrency pool has a
        // thread free, which other suites' builds can hold for long. The reader needs such a
        // thread too, to be resumed with the change: on 2026-11-26 a full run on two cores,
        // with the hostile-input and kill suites building, left it waiting past 30 seconds
        // (four tests failed; alone they pass in two seconds). Only a broken watcher reaches
        // the limit, so it can be long.
        let limit = DispatchWorkItem { first.cancel() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: limit)
        defer { limit.cancel() }
        return await first.value
    }

    @Test(arguments: [false, true])
    func theWatcherTellsOfChanges(polling: Bool) async throws {
        let site = try TempFolder(["site.yml": "a", "content/a.md": "a"])
        defer { site.remove() }
        let watcher = SourceWatcher(source: site.url, interval: .milliseconds(20), settle: .milliseconds(20), polling: polling)
        let baseline = SourceSnapshot.take(of: site.url)
        // Made after the baseline and before the watch started: seen by the first scan.
        try site.write("content/b.md", "b")
        let changes = watcher.changes(from: baseline)
        #expect(await Self.next(changes) == ["content/b.md"])
        try site.write("content/a.md", "ändrad")
        #expect(await Self.next(changes) == ["content/a.md"])
        // In a folder made after the watch started, as a new page bundle is.
        try site.write("content/2021/bundle/index.md", "ny")
        #expect(await Self.next(changes) == ["content/2021/bundle/index.md"])
        try site.write("content/2021/bundle/index.md", "ändrad igen")
        #expect(await Self.next(changes) == ["content/2021/bundle/index.md"])
        try site.write("site.yml", "b")
        #expect(await Self.next(changes) == ["site.yml"])
    }
}
