import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One build at a time per output folder: an exclusive `flock` on `.NAME.lock` beside it,
/// held from the staging folder's creation until the site is published or discarded.
///
/// Without it, a second build would remove the first one's staging folder as a leftover, or
/// both would claim the spare folder and publish a mix. `flock` is released by the kernel
/// when the process ends, however it ends, so a killed build never leaves a stale lock; the
/// lock file itself stays and is harmless.
final class OutputLock: @unchecked Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Takes the lock of `output`, or fails at once if another build holds it.
    static func take(for output: URL) throws(OutputError) -> OutputLock {
        let path = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(descriptor)
            if busy { throw .busy(output.path) }
            throw .cannotWrite(path, reason: reason)
        }
        return OutputLock(descriptor: descriptor)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
