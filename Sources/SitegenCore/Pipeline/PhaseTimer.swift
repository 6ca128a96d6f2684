import Foundation

/// Measures the build's phases for `--verbose`: each one's time and, on Linux, the process's
/// peak memory when it ended (so the phase that raised it can be told); never in the output.
struct PhaseTimer {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private(set) var phases: [(name: String, duration: Duration)] = []
    /// The peak resident memory (bytes) at the end of each phase, in the order of ``phases``;
    /// empty where the system does not tell.
    private(set) var peaks: [Int] = []

    init() {
        last = clock.now
    }

    mutating func finish(_ name: String) {
        let now = clock.now
        phases.append((name, now - last))
        if let peak = Self.peakMemory() { peaks.append(peak) }
        last = now
    }

    /// `VmHWM` of `/proc/self/status`: the most memory the process has held so far.
    static func peakMemory() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes * 1024
    }
}
