/// Lets go of a large value on another thread, so the build does not wait while it is taken
/// apart.
///
/// A table of 10,000 cache entries or attempts is 10,000 values to release, field by field;
/// freed where the build drops it, that work sat on the one core that then resolves the site,
/// while the other was idle (`perf`, samples by time). The value must be the build's last use of
/// it; what it shares with values still in use stays, only its own parts go.
enum ReleaseElsewhere {
    private final class Held: @unchecked Sendable {
        var value: Any?
        init(_ value: Any) { self.value = value }
    }

    /// Hands `value` to a background task, which drops it.
    static func release(_ value: Any) {
        let held = Held(value)
        Task.detached(priority: .utility) { held.value = nil }
    }
}
