/// Measures the build's phases for `--verbose`; the times never reach the output.
struct PhaseTimer {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private(set) var phases: [(name: String, duration: Duration)] = []

    init() {
        last = clock.now
    }

    mutating func finish(_ name: String) {
        let now = clock.now
        phases.append((name, now - last))
        last = now
    }
}
