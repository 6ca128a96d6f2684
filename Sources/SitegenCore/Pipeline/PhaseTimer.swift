import Foundation

/// Measures the build's phases for `--verbose`: each one's time, the processor time the process
/// spent in it (all threads: twice the wall time means both cores were busy) and, on Linux, the
/// process's peak memory when it ended (so the phase that raised it can be told); never in the
/// output.
struct PhaseTimer {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var lastProcessor: Duration
    private(set) var phases: [(name: String, duration: Duration)] = []
    /// User and system time of the whole process in each phase, in the order of ``phases``.
    private(set) var processor: [Duration] = []
    /// The peak resident memory (bytes) at the end of each phase, in the order of ``phases``;
    /// empty where the system does not tell.
    private(set) var peaks: [Int] = []

    init() {
        last = clock.now
        lastProcessor = Self.processorTime()
    }

    mutating func finish(_ name: String) {
        let now = clock.now
        phases.append((name, now - last))
        if let peak = Self.peakMemory() { peaks.append(peak) }
        let used = Self.processorTime()
        processor.append(used - lastProcessor)
        last = now
        lastProcessor = used
    }

    /// User and system time of all the process's threads so far (`getrusage`).
    static func processorTime() -> Duration {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func duration(_ time: timeval) -> Duration { .seconds(Int64(time.tv_sec)) + .microseconds(Int64(time.tv_usec)) }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }

    /// `VmHWM` of `/proc/self/status`: the most memory the process has held so far.
    static func peakMemory() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes * 1024
    }
}
