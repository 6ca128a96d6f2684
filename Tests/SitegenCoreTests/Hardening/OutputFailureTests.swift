import Foundation
import Testing
@testable import SitegenCore

/// When the output cannot be written (a read-only folder, a file where the folder should be, a
/// full disk) the build fails with a message naming the path, the published site stays byte for
/// byte as it was, and no staging folder is left behind; the next build, once the problem is
/// gone, succeeds.
///
/// The read-only folder and the full disk are real: a small tmpfs mounted for the test (which
/// needs root; as another user the read-only case uses permissions, and the full disk is skipped
/// with a message).
@Suite(.serialized) struct OutputFailureTests {
    /// A tmpfs of `megabytes`, mounted on a new temporary folder; `nil` when mounting is not allowed.
    final class Mount {
        let url: URL

        init?(megabytes: Int) {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-mount-\(UUID().uuidString)")
            guard geteuid() == 0, (try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)) != nil,
                  Self.run(["mount", "-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", url.path]) else {
                try? FileManager.default.removeItem(at: url)
                return nil
            }
        }

        func remount(readOnly: Bool) -> Bool {
            Self.run(["mount", "-o", readOnly ? "remount,ro" : "remount,rw", url.path])
        }

        deinit {
            _ = Self.run(["umount", url.path])
            try? FileManager.default.removeItem(at: url)
        }

        static func run(_ arguments: [String]) -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
    }

    /// Every file and folder beside and in the output, with the files' bytes.
    static func state(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) ?? [] {
            result[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) ?? Data("<folder>".utf8)
        }
        return result
    }

    static func leftovers(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.contains(".staging-") || $0.contains(".previous-") }
    }

    static func failure(_ site: TestSite, output: URL) async -> [Diagnostic] {
        do {
            _ = try await site.build(output: output)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func readOnlyOutputFolder() async throws {
        let site = try TestSite(fixture: "tiny")
        defer { site.cleanUp() }
        let mount = Mount(megabytes: 64)
        let parent = mount?.url.appendingPathComponent("publicerat") ?? site.root.appendingPathComponent("publicerat")
        let output = parent.appendingPathComponent("site")
        _ = try await site.build(output: output)
        let before = Self.state(parent)
        if let mount {
            #expect(mount.remount(readOnly: true))
        } else {
            // Not root: permissions are enough (root ignores them, hence the mount above).
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: parent.path)
        }
        try site.write("content/ok.md", "---\ntitle: Ändrad\ndate: 2020-01-01\nkind: projekt\nregions: [Kronoberg]\n---\n\nNy text.\n")
        let diagnostics = await Self.failure(site, output: output)
        let message = try #require(diagnostics.errors.first).message
        #expect(message.hasPrefix("cannot write '\(parent.path)/"), "\(message)")
        #expect(message.contains("Read-only file system") || message.lowercased().contains("permission"), "\(message)")
        #expect(Self.state(parent) == before, "the published site changed")
        #expect(Self.leftovers(parent).isEmpty)
        // Writable again: the next build publishes the change.
        if let mount {
            #expect(mount.remount(readOnly: false))
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: parent.path)
        }
        _ = try await site.build(output: output)
        #expect(try site.output("index.html", in: output).contains("Ändrad"))
    }

    @Test func outputIsAFile() async throws {
        let site = try TestSite(fixture: "tiny")
        defer { site.cleanUp() }
        let output = site.root.appendingPathComponent("site")
        try Data("en fil, inte en mapp\n".utf8).write(to: output)
        let diagnostics = await Self.failure(site, output: output)
        #expect(diagnostics.errors.map(\.message) == ["cannot replace the site in '\(output.path)': it is a file, not a folder"])
        #expect(try Data(contentsOf: output) == Data("en fil, inte en mapp\n".utf8))
        #expect(Self.leftovers(site.root).isEmpty)
    }

    @Test func fullDisk() async throws {
        guard let mount = Mount(megabytes: 3) else {
            try Test.cancel("skipped: a full disk needs a small tmpfs, and mounting one needs root")
        }
        let site = try TestSite(fixture: "tiny")
        defer { site.cleanUp() }
        let output = mount.url.appendingPathComponent("site")
        // Two builds, so that the third reuses the spare folder as its staging folder.
        _ = try await site.build(output: output)
        try site.write("content/ok.md", "---\ntitle: Andra\ndate: 2020-01-01\nkind: projekt\nregions: [Kronoberg]\n---\n\nText.\n")
        _ = try await site.build(output: output)
        let before = Self.state(output)
        try site.write("content/stor/index.md", "---\ntitle: Stor\ndate: 2020-02-01\nkind: projekt\nregions: [Kronoberg]\n---\n\n[Data](data.bin)\n")
        try site.write("content/stor/data.bin", Data(repeating: 0x61, count: 4 << 20))
        let diagnostics = await Self.failure(site, output: output)
        let message = try #require(diagnostics.errors.first).message
        #expect(message.hasPrefix("cannot write '\(mount.url.path)/"), "\(message)")
        #expect(message.hasSuffix("No space left on device"), "\(message)")
        #expect(Self.state(output) == before, "the published site changed")
        #expect(Self.leftovers(mount.url).isEmpty, "\(Self.leftovers(mount.url))")
        // Room again: the next build succeeds and is whole, whatever the failed one left in the spare.
        try site.remove("content/stor")
        try site.write("content/ok.md", "---\ntitle: Tredje\ndate: 2020-01-01\nkind: projekt\nregions: [Kronoberg]\n---\n\nText.\n")
        _ = try await site.build(output: output)
        let fresh = site.root.appendingPathComponent("fresh")
        _ = try await site.build(output: fresh, cache: nil)
        #expect(Tree.snapshot(output) == Tree.snapshot(fresh))
    }
}
