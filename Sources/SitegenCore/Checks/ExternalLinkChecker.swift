import Foundation

/// Visits the `http(s)` addresses that articles link to, for `sitegen check --external`: a page
/// that has gone (404) or a server that no longer answers is reported at every place that links
/// to it, as a warning (the site itself is fine; the world outside it changed).
///
/// Never part of a build, and never run by default: it needs the network, takes seconds, and its
/// answers change from day to day. At most ``concurrency`` requests are under way at once, each
/// given ``timeout`` seconds. A `HEAD` request is tried first, since it fetches no page; servers
/// that do not allow it (405, 501) are asked again with `GET`. Each address is visited once,
/// however many articles link to it.
///
/// The requests are made by the `curl` command, not by Foundation's `URLSession`: linking
/// FoundationNetworking put libcurl and thirty more shared libraries into the `sitegen`
/// executable, which the dynamic loader then loaded at the start of every command, a build
/// too (about 10 ms of each; see SitegenPreview's `LoopbackServer`). The command is the same
/// libcurl, started only when links are checked.
public struct ExternalLinkChecker: Sendable {
    public var concurrency: Int
    public var timeout: TimeInterval
    /// The `curl` command (``findCurl()``); `nil` when there is none.
    public var curl: URL?

    public init(concurrency: Int = 8, timeout: TimeInterval = 10, curl: URL? = ExternalLinkChecker.findCurl()) {
        self.concurrency = max(1, concurrency)
        self.timeout = timeout
        self.curl = curl
    }

    /// What visiting one address gave.
    public enum Outcome: Sendable, Hashable {
        case answered(status: Int)
        case timedOut
        case unreachable(String)
    }

    public func check(_ links: [ExternalLink]) async -> [Diagnostic] {
        guard !links.isEmpty else { return [] }
        guard curl != nil else {
            return [.warning("the web addresses the articles link to were not checked: the curl command is not installed",
                             at: nil, hint: "install it (on Debian and Ubuntu: apt-get install curl) and run the check again")]
        }
        var outcomes = [Outcome?](repeating: nil, count: links.count)
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            func start() {
                let number = next, url = links[next].url
                next += 1
                group.addTask { (number, await visit(url)) }
            }
            while next < min(concurrency, links.count) { start() }
            for await (number, outcome) in group {
                outcomes[number] = outcome
                if next < links.count { start() }
            }
        }
        return zip(links, outcomes).flatMap { link, outcome in
            problem(link.url, outcome!).map { message, hint in
                link.places.map { Diagnostic.warning(message, at: $0, hint: hint) }
            } ?? []
        }
    }

    /// One address: `HEAD`, then `GET` when the server does not allow `HEAD`.
    public func visit(_ address: String) async -> Outcome {
        guard let url = URL(string: address) ?? address.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed).flatMap(URL.init(string:)),
              url.host != nil, url.scheme == "http" || url.scheme == "https" else {
            return .unreachable("it is not a complete address")
        }
        var outcome = await request(url.absoluteString, head: true)
        if case .answered(let status) = outcome, status == 405 || status == 501 {
            outcome = await request(url.absoluteString, head: false)
        }
        return outcome
    }

    /// One request by `curl`, redirects followed: the last answer's status, or why there was none.
    private func request(_ address: String, head: Bool) async -> Outcome {
        guard let curl else { return .unreachable("the curl command is not installed") }
        let process = Process()
        process.executableURL = curl
        process.arguments = ["--silent", "--show-error", "--globoff", "--location", "--max-redirs", "10",
                             "--proto", "=http,https", "--proto-redir", "=http,https",
                             "--max-time", String(timeout), "--user-agent", "sitegen-check (link checker)",
                             "--output", "/dev/null", "--write-out", "%{http_code}"]
            + (head ? ["--head"] : []) + ["--", address]
        let output = Pipe(), errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        let finished: Int32? = await withCheckedContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(returning: nil)
            }
        }
        guard let code = finished else { return .unreachable("the curl command could not be started") }
        // A few bytes each, read once curl has ended.
        let status = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if code == 0, let number = Int(status) { return .answered(status: number) }
        return Self.failure(code, message: message)
    }

    /// What a `curl` exit code (its man page, "EXIT CODES") means for the writer.
    static func failure(_ code: Int32, message: String) -> Outcome {
        switch code {
        case 28: return .timedOut
        case 3: return .unreachable("it is not a complete address")
        case 5, 6: return .unreachable("there is no server with that name")
        case 7: return .unreachable("the server does not accept connections")
        case 35, 51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91: return .unreachable("its secure connection (TLS) fails")
        case 47: return .unreachable("it redirects in a circle")
        case 52: return .unreachable("the server closed the connection without answering")
        case 55, 56: return .unreachable("the connection broke off")
        default:
            // `curl: (N) What went wrong`: the words, without the prefix.
            var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
            if let close = text.range(of: ") "), text.hasPrefix("curl: (") { text = String(text[close.upperBound...]) }
            return .unreachable(text.isEmpty ? "curl ended with code \(code)" : text)
        }
    }

    /// The `curl` command on the `PATH`, else in /usr/bin or /usr/local/bin.
    public static func findCurl(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return folders.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent("curl") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The message and hint for an outcome, or `nil` when the link works (any answer below 400,
    /// after redirects).
    func problem(_ url: String, _ outcome: Outcome) -> (String, String)? {
        switch outcome {
        case .answered(let status) where status < 400 && status > 0:
            return nil
        case .answered(let status):
            let name = Self.statusNames[status].map { " \($0)" } ?? ""
            return ("the link to '\(url)' answers \(status)\(name)",
                    status == 404 || status == 410
                        ? "the page is gone: if it has moved, link to its new address; otherwise remove the link"
                        : "open the address in a browser: if it works there, the site may refuse link checkers; if not, fix or remove the link")
        case .timedOut:
            return ("the link to '\(url)' got no answer within \(Int(timeout)) seconds",
                    "the site may be slow or down: open the address in a browser, and check again later")
        case .unreachable(let reason):
            return ("the link to '\(url)' cannot be reached: \(reason)",
                    "check the address for typing mistakes; if the site is gone, remove the link")
        }
    }

    static let statusNames = [
        400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
        410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
        503: "Service Unavailable", 504: "Gateway Timeout",
    ]
}
