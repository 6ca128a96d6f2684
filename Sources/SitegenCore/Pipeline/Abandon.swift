/// Hands a build's finished values to the process's exit instead of freeing them, for a
/// process that builds once and exits (``BuildOptions/freesMemory``).
///
/// A built site's index, pages, fingerprints and staging folder are millions of small objects:
/// freeing them one release at a time, on one core, after the site was published, was a
/// twentieth of a rebuild after one edit of 10,000 articles (`perf`: `_swift_release_dealloc`
/// under `Build.run()`). The operating system takes a process's memory back at once when it
/// exits. Compilers do the same: clang's `-disable-free`, and swift-frontend.
///
/// Only what the build is finished with is abandoned, at the end: memory freed during a build
/// to keep its peak low is freed as before.
enum Abandon {
    private final class Kept: @unchecked Sendable {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    /// Keeps `value` alive for the rest of the process when `abandoning`; else does nothing, and
    /// `value` is freed as usual.
    static func values(_ value: Any, if abandoning: Bool) {
        guard abandoning else { return }
        _ = Unmanaged.passRetained(Kept(value))
    }
}
