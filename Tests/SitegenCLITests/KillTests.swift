import Foundation
import Testing

/// `sitegen build` killed with SIGKILL at random moments: the output folder is always a whole
/// site (the previous one, or the new one if the swap was done), and the next build succeeds and
/// clears what the killed one left.
@Suite struct KillTests {
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let path = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path) ?? Data()
            }
        }
        return files
    }

    /// SplitMix64, as SitegenCoreTests' SeededGenerator (another test target, so a copy).
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Runs blocking work (a child process, waiting for it) on a thread of its own. The test
    /// takes over a minute; blocking in it held one of the two threads Swift's concurrency has
    /// on a 2-core machine for all that time, and the watcher tests running beside it, whose
    /// scans need one, once waited past their 30-second limit (a fresh clone's CI).
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// A child process handed to another thread to run, kill and wait for.
    final class Child: @unchecked Sendable {
        let process: Process
        init(_ process: Process) { self.process = process }
    }

    @Test func killedBuildsNeverLeaveAPartSite() async throws {
        let root = try CLITests.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        // Enough articles that a debug build takes over a second (0.7 s with 400 once builds
        // stopped freeing their memory at exit and shared work out as workers became free).
        for number in 0..<700 {
            let text = "---\ntitle: Artikel \(number) om industrin\ndate: 2022-0\(number % 9 + 1)-1\(number % 9)\n"
                + "kind: projekt\nregions: [Kronoberg]\ntags: [Export, Ämne \(number % 40)]\n---\n\n"
                + String(repeating: "Ett stycke text om regionens industri och dess företag. ", count: 40) + "\n"
            try Data(text.utf8).write(to: root.appendingPathComponent("content/2022-\(number).md"))
        }
        let config = root.appendingPathComponent("site.yml")
        let original = try String(contentsOf: config, encoding: .utf8)
        let titleLine = try #require(original.split(separator: "\n").first { $0.hasPrefix("title:") })
        func setTitle(_ title: String) throws {
            try original.replacingOccurrences(of: String(titleLine), with: "title: \(title)")
                .write(to: config, atomically: true, encoding: .utf8)
        }
        let output = root.appendingPathComponent("site")
        // The two complete sites the builds below alternate between.
        var sites: [String: [String: Data]] = [:]
        // Timed on the later rounds: the builds below reuse the build cache, the related lists
        // and the search weights as these do, and take less time than the first, cold ones.
        // The median of four, not the longest of two: one slow build (the machine busy with
        // other suites) stretched the kills' range past most builds' end, and on 2026-11-27
        // only 24 of 50 kills came while the build ran.
        var buildTimes: [Double] = []
        for round in 0..<3 {
            for title in ["Industrinytt A", "Industrinytt B"] {
                try setTitle(title)
                // Timed where it runs: measured around the await, the time also counted the wait
                // for a free cooperative thread afterwards, and the kills below came too late.
                let (result, seconds) = try await Self.offThePool { () throws -> (CLITests.Run, Double) in
                    let start = Date()
                    let result = try CLITests.run(["build", "--source", root.path, "--quiet"])
                    return (result, Date().timeIntervalSince(start))
                }
                if round > 0 { buildTimes.append(seconds) }
                #expect(result.status == 0, "\(result.stderr)")
                sites[title] = Self.snapshot(output)
            }
        }
        var buildTime = buildTimes.sorted()[buildTimes.count / 2]
        #expect(buildTime > 1, "the build must take long enough to be killed in the middle: \(buildTime) s")
        var current = "Industrinytt B"
        var random = Seeded(state: 2026)
        var killedBeforeTheEnd = 0
        var configured = current
        for run in 0..<50 {
            let next = current == "Industrinytt A" ? "Industrinytt B" : "Industrinytt A"
            try setTitle(next)
            configured = next
            let process = Process()
            process.executableURL = CLITests.binary
            process.arguments = ["build", "--source", root.path, "--quiet"]
            process.standardError = FileHandle.nullDevice
            let child = Child(process)
            let delay = Double.random(in: 0.05...(buildTime * 1.1), using: &random)
            // Started, slept on and killed on a thread of its own: a Task.sleep resumes only
            // when a cooperative thread is free, which on a busy machine was long after the
            // build had finished (5 of 50 killed while running).
            let wasRunning = try await Self.offThePool { () throws -> Bool in
                try child.process.run()
                Thread.sleep(forTimeInterval: delay)
                let running = child.process.isRunning
                kill(child.process.processIdentifier, SIGKILL)
                child.process.waitUntilExit()
                return running
            }
            if wasRunning {
                killedBeforeTheEnd += 1
            } else {
                // The builds got faster (other suites finished): the kills follow them.
                buildTime = min(buildTime, delay)
            }
            let now = Self.snapshot(output)
            let whole = now == sites[current] || now == sites[next]
            #expect(whole, "run \(run): the output is neither the previous site nor the new one")
            if now == sites[next] { current = next }
        }
        #expect(killedBeforeTheEnd >= 25, "most builds were killed while running: \(killedBeforeTheEnd)")
        // The next build works and leaves nothing of the killed ones behind.
        let result = try await Self.offThePool { try CLITests.run(["build", "--source", root.path, "--quiet"]) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.snapshot(output) == sites[configured])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { $0.hasPrefix(".site.staging-") || $0.hasPrefix(".site.previous-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
