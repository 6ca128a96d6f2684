import Foundation

/// Runs async work with a limit on time, for inputs that could make the code under test hang:
/// when the limit passes first the test gets `nil` and fails, instead of waiting forever (the
/// work runs on, detached, until the test process ends).
enum TimeBox {
    private final class Once<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T?, Never>?

        init(_ continuation: CheckedContinuation<T?, Never>) { self.continuation = continuation }

        func resume(_ value: T?) {
            lock.lock()
            let waiting = continuation
            continuation = nil
            lock.unlock()
            waiting?.resume(returning: value)
        }
    }

    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () async -> T) async -> T? {
        await withCheckedContinuation { continuation in
            let once = Once(continuation)
            let timer = Task.detached {
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                once.resume(nil)
            }
            Task.detached {
                once.resume(await work())
                timer.cancel()
            }
        }
    }

    /// The most memory this process has held so far (ru_maxrss), in bytes.
    static var peakMemory: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
