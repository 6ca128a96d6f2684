import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A listening TCP socket on 127.0.0.1 and the connections it accepts, on blocking sockets
/// with a thread each: what `sitegen serve` needs of HTTP, written here instead of depending on
/// an HTTP server package.
///
/// Why not FlyingFox, which served the preview before: it imports FoundationNetworking (for a
/// proxy handler the preview never used), and that links libcurl and the thirty shared
/// libraries behind it into the `sitegen` executable. The dynamic loader then loaded them at
/// the start of every command, `sitegen build` too: `sitegen --version` took 15.6-19.4 ms, and
/// 6.9-9.1 ms without them (`perf stat -r 40`), about a thirtieth of a one-edit rebuild of
/// 10,000 articles, spent before the build began. A preview on the writer's own machine needs
/// little of a server: one request per connection (`Connection: close`), GET and HEAD, a body
/// from memory or a file, and the long-lived event streams.
final class LoopbackServer: Sendable {
    /// The listening socket.
    let descriptor: Int32
    /// The port it listens on (the one asked for, or the one the system chose for 0).
    let port: UInt16
    /// Set by the first ``stop()``: a descriptor closed twice may close another file that was
    /// opened with its number in between.
    private let stopped = Once()

    private init(descriptor: Int32, port: UInt16) {
        self.descriptor = descriptor
        self.port = port
    }

    /// Listens on 127.0.0.1:`port` (0: any free port). Throws the system's reason when the
    /// port cannot be had (taken, or not allowed).
    static func listen(port: UInt16) throws(PreviewServerError) -> LoopbackServer {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw .cannotListen(port: port, reason: Self.reason(errno)) }
        // A port left in TIME_WAIT by the last preview can be taken again at once; one another
        // program listens on cannot.
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let problem = withUnsafeMutablePointer(to: &address) { pointer -> Int32? in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                guard bind(fd, address, length) == 0, listenOn(fd) == 0,
                      getsockname(fd, address, &length) == 0 else { return errno }
                return nil
            }
        }
        if let problem {
            closeDescriptor(fd)
            throw .cannotListen(port: port, reason: Self.reason(problem))
        }
        return LoopbackServer(descriptor: fd, port: UInt16(bigEndian: address.sin_port))
    }

    /// Accepts connections on a thread of its own until ``stop()``, giving each to `handle` on
    /// a new thread: a connection waits on its socket, and must not hold one of the few
    /// threads Swift's tasks (and the preview's builds) run on.
    func run(_ handle: @escaping @Sendable (LoopbackConnection) -> Void) {
        let descriptor = self.descriptor
        Thread.detachNewThread {
            while true {
                let client = accept(descriptor, nil, nil)
                if client < 0 {
                    if errno == EINTR || errno == ECONNABORTED { continue }
                    // Out of descriptors: wait for connections to close rather than spin.
                    if errno == EMFILE || errno == ENFILE { usleep(50_000); continue }
                    return   // the socket was shut down (stop()) or closed
                }
                Thread.detachNewThread { handle(LoopbackConnection(descriptor: client)) }
            }
        }
    }

    /// Stops accepting: the accepting thread's `accept` returns, and the port is free again.
    /// Connections already accepted finish on their own.
    /// Stopping again does nothing.
    func stop() {
        guard stopped.first() else { return }
        shutdown(descriptor, Int32(SHUT_RDWR))
        closeDescriptor(descriptor)
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// One accepted connection: its request head read, its answer written, then closed.
struct LoopbackConnection: Sendable {
    let descriptor: Int32

    /// A client that sends nothing for this long is let go; so is one that takes no bytes.
    static let timeout = timeval(tv_sec: 30, tv_usec: 0)

    init(descriptor: Int32) {
        self.descriptor = descriptor
        var timeout = Self.timeout
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// The request's head, without the blank line that ends it; `nil` when the client closed,
    /// went quiet, or sent more than ``HTTPRequestHead/limit`` without ending its head. What
    /// follows the head (a body, which GET and HEAD do not have) is left unread.
    func readHead() -> Data? {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Data("\r\n\r\n".utf8)
        while received.count <= HTTPRequestHead.limit {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            // Searched from a little before the new bytes: the blank line may span two reads.
            let from = max(0, received.count - 3)
            received.append(contentsOf: buffer[..<count])
            if let found = received[from...].range(of: end) {
                return received[..<found.lowerBound]
            }
        }
        return nil
    }

    /// Writes all of `bytes`; false when the client is gone (or takes nothing for
    /// ``timeout``). Never raises SIGPIPE.
    @discardableResult
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = send(descriptor, bytes.baseAddress! + offset, bytes.count - offset, noSignal)
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    @discardableResult
    func write(_ data: Data) -> Bool {
        data.withUnsafeBytes { write($0) }
    }

    @discardableResult
    func write(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Sends the first `count` bytes of the file at `url` (the length its head announced), a
    /// part at a time; false when it cannot be read, is shorter (a build replaced it since its
    /// size was taken), or the client is gone. Never more than announced: the client would take
    /// the rest for another answer.
    @discardableResult
    func writeFile(_ url: URL, count: Int) -> Bool {
        let file = open(url.path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return false }
        defer { closeDescriptor(file) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var left = count
        while left > 0 {
            let read = buffer.withUnsafeMutableBytes { readFrom(file, $0.baseAddress, min($0.count, left)) }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { return false }
            guard buffer.withUnsafeBytes({ write(UnsafeRawBufferPointer(rebasing: $0[..<read])) }) else { return false }
            left -= read
        }
        return true
    }

    func close() {
        closeDescriptor(descriptor)
    }
}

/// True the first time ``first()`` is asked, then false, whichever thread asks.
private final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    func first() -> Bool {
        lock.withLock {
            defer { done = true }
            return !done
        }
    }
}

// At file level, where `listen`, `read` and `close` are the system's and not the types' own.
private func listenOn(_ descriptor: Int32) -> Int32 { listen(descriptor, 64) }
private func readFrom(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(descriptor, buffer, count) }
private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }

#if canImport(Glibc)
/// `send`'s flag that makes writing to a closed connection an error instead of SIGPIPE.
private let noSignal = Int32(MSG_NOSIGNAL)
#else
private let noSignal: Int32 = 0
#endif
