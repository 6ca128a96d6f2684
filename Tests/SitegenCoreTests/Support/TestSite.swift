import Foundation
@testable import SitegenCore

/// Where the package and its fixtures are, found from this file's path.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/SitegenCoreTests/Fixtures")
}

/// A site in a fresh temporary folder: a fixture or the default theme plus files given inline.
struct TestSite {
    let root: URL

    /// `fixture` is copied first (a folder under Fixtures/), then the default `templates/` and
    /// `static/` of the package where the fixture has none, then `files` on top.
    init(fixture: String? = nil, files: [String: String] = [:]) throws {
        let fm = FileManager.default
        root = fm.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        if let fixture {
            try Self.copyTree(TestPaths.fixtures.appendingPathComponent(fixture), into: root)
        }
        for folder in ["templates", "static"] {
            try Self.copyTree(TestPaths.packageRoot.appendingPathComponent(folder), into: root.appendingPathComponent(folder))
        }
        for (path, contents) in files {
            try write(path, contents)
        }
    }

    var output: URL { root.appendingPathComponent("site") }

    func write(_ path: String, _ contents: String) throws {
        try write(path, Data(contents.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// The moment every test build happens at, so publish and expiry dates give the same site on
    /// any day: 2025-06-01 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_748_779_200)

    func build(output: URL? = nil, drafts: Bool = false, workers: Int = 2, now: Date = TestSite.now,
               future: Bool = false, sourceDate: Date? = nil, baseURL: String? = nil,
               cache: URL? = nil) async throws(BuildFailure) -> BuildReport {
        try await Build(options: BuildOptions(source: root, output: output ?? self.output, includeDrafts: drafts,
                                              baseURL: baseURL, workers: workers, now: now, includeFuture: future,
                                              sourceDate: sourceDate, cacheFolder: cache)).run()
    }

    /// The build cache's folder the cache tests use: the CLI's default place.
    var cacheFolder: URL { BuildOptions.defaultCacheFolder(source: root) }

    /// A file of the built site as text.
    func output(_ path: String, in folder: URL? = nil) throws -> String {
        try String(contentsOf: (folder ?? output).appendingPathComponent(path), encoding: .utf8)
    }

    /// The site's index after load and resolve, without rendering: for tests of what the build
    /// plans from it (feeds, sitemaps).
    func index() throws -> SiteIndex {
        var diagnostics: [Diagnostic] = []
        let build = Build(options: BuildOptions(source: root, output: output, now: TestSite.now))
        guard let loaded = build.load(&diagnostics),
              let index = Resolver.resolve(loaded.articles, config: loaded.config, expired: loaded.schedule.expired).0 else {
            throw BuildFailure(diagnostics: diagnostics)
        }
        return index
    }

    /// Builds and returns the diagnostics of a build that must fail.
    func failingBuild() async -> [Diagnostic] {
        do {
            _ = try await build()
            return []
        } catch {
            return error.diagnostics
        }
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Copies the files of `source` into `target`, keeping files already in `target`.
    static func copyTree(_ source: URL, into target: URL) throws {
        let fm = FileManager.default
        for relative in Tree.files(source) {
            let destination = target.appendingPathComponent(relative)
            guard !fm.fileExists(atPath: destination.path) else { continue }
            try fm.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: source.appendingPathComponent(relative), to: destination)
        }
    }
}

/// A folder's files as relative paths and bytes, for comparing output trees.
enum Tree {
    static func files(_ folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { found.append(path) }
        }
        return found.sorted()
    }

    /// The folders under `folder`, relative to it.
    static func folders(_ folder: URL) -> Set<String> {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: Set<String> = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if isDirectory.boolValue { found.insert(path) }
        }
        return found
    }

    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in files(folder) {
            result[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return result
    }

    /// The differences between two snapshots, one line each, for readable failures.
    static func differences(_ expected: [String: Data], _ actual: [String: Data]) -> [String] {
        var lines: [String] = []
        for path in Set(expected.keys).union(actual.keys).sorted() {
            switch (expected[path], actual[path]) {
            case (nil, _?): lines.append("unexpected file \(path)")
            case (_?, nil): lines.append("missing file \(path)")
            case let (e?, a?) where e != a:
                let eLines = String(decoding: e, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let aLines = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let first = zip(eLines, aLines).enumerated().first { $0.element.0 != $0.element.1 }
                if let first {
                    lines.append("\(path):\(first.offset + 1): expected «\(first.element.0)» got «\(first.element.1)»")
                } else {
                    lines.append("\(path): lengths differ (\(eLines.count) vs \(aLines.count) lines)")
                }
            default: break
            }
        }
        return lines
    }
}

extension TestSite {
    /// A site already on disk, such as one in a git clone made by a test.
    init(root: URL) {
        self.root = root
    }
}
