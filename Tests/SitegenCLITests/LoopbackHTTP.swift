import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bare HTTP/1.1 client on 127.0.0.1 for the serve tests, on blocking sockets with short
/// receive timeouts so every wait is bounded: GETs that read to the end, and an event stream
/// read a line at a time.
enum LoopbackHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func connect(port: UInt16) throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { posixConnect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw Failure(description: "cannot connect to port \(port)") }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    /// Bytes until the peer closes, or `timeout` passes.
    static func readAll(_ fd: Int32, timeout: Duration) -> Data {
        var data = Data()
        let end = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 65536)
        while ContinuousClock.now < end {
            let count = read(fd, &buffer, buffer.count)
            if count == 0 { break }
            if count > 0 { data.append(contentsOf: buffer[..<count]) }
        }
        return data
    }

    static func get(port: UInt16, _ path: String, method: String = "GET") throws -> Response {
        let fd = try connect(port: port)
        defer { close(fd) }
        send(fd, "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let text = String(decoding: readAll(fd, timeout: .seconds(10)), as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "no response to \(path): \(text)") }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// `/_sitegen/events`, read as it comes. Chunk sizes are left in the text; the events'
    /// own lines are what the tests look for.
    final class EventStream {
        let fd: Int32
        private(set) var text = ""

        /// `page`: the path of the page the tab shows, as the live script sends it.
        init(port: UInt16, page: String? = nil) throws {
            fd = try LoopbackHTTP.connect(port: port)
            let query = page.map { "?page=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? ""
            LoopbackHTTP.send(fd, "GET /_sitegen/events\(query) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        }

        deinit { close(fd) }

        /// Whether the stream has begun (its `retry:` line came) within `timeout`.
        func connected(timeout: Duration = .seconds(10)) -> Bool {
            let end = ContinuousClock.now + timeout
            var buffer = [UInt8](repeating: 0, count: 65536)
            while !text.contains("retry: "), ContinuousClock.now < end {
                let count = read(fd, &buffer, buffer.count)
                if count == 0 { return false }
                if count > 0 { text += String(decoding: buffer[..<count], as: UTF8.self) }
            }
            return text.contains("retry: ")
        }

        /// The data line of the next event called `name` after what was already read, or nil
        /// after `timeout`.
        func next(_ name: String, timeout: Duration = .seconds(20)) -> String? {
            let end = ContinuousClock.now + timeout
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                if let range = text.range(of: "event: \(name)\ndata: "), let lineEnd = text[range.upperBound...].firstIndex(of: "\n") {
                    let data = String(text[range.upperBound..<lineEnd])
                    text = String(text[lineEnd...])
                    return data
                }
                guard ContinuousClock.now < end else { return nil }
                let count = read(fd, &buffer, buffer.count)
                if count == 0 { return nil }
                if count > 0 { text += String(decoding: buffer[..<count], as: UTF8.self) }
            }
        }
    }

    /// A socket listening on a free port of 127.0.0.1, to make that port taken.
    static func occupiedPort() throws -> (fd: Int32, port: UInt16) {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { close(fd); throw Failure(description: "cannot listen on a free port") }
        return (fd, UInt16(bigEndian: address.sin_port))
    }
}

private func posixConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(fd, address, length)
}
