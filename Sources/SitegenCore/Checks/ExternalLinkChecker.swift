import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Visits the `http(s)` addresses that articles link to, for `sitegen check --external`: a page
/// that has gone (404) or a server that no longer answers is reported at every place that links
/// to it, as a warning (the site itself is fine; the world outside it changed).
///
/// Never part of a build, and never run by default: it needs the network, takes seconds, and its
/// answers change from day to day. At most ``concurrency`` requests are under way at once, each
/// given ``timeout`` seconds. A `HEAD` request is tried first, since it fetches no page; servers
/// that do not allow it (405, 501) are asked again with `GET`. Each address is visited once,
/// however many articles link to it.
public struct ExternalLinkChecker: Sendable {
    public var concurrency: Int
    public var timeout: TimeInterval

    public init(concurrency: Int = 8, timeout: TimeInterval = 10) {
        self.concurrency = max(1, concurrency)
        self.timeout = timeout
    }

    /// What visiting one address gave.
    public enum Outcome: Sendable, Hashable {
        case answered(status: Int)
        case timedOut
        case unreachable(String)
    }

    public func check(_ links: [ExternalLink]) async -> [Diagnostic] {
        guard !links.isEmpty else { return [] }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        var outcomes = [Outcome?](repeating: nil, count: links.count)
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            func start() {
                let number = next, url = links[next].url
                next += 1
                group.addTask { (number, await visit(url, session: session)) }
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
    public func visit(_ address: String, session: URLSession) async -> Outcome {
        guard let url = URL(string: address) ?? address.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed).flatMap(URL.init(string:)),
              url.host != nil else {
            return .unreachable("it is not a complete address")
        }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("sitegen-check (link checker)", forHTTPHeaderField: "User-Agent")
        do {
            request.httpMethod = "HEAD"
            var status = try await Self.status(of: request, session)
            if status == 405 || status == 501 {
                request.httpMethod = "GET"
                status = try await Self.status(of: request, session)
            }
            return .answered(status: status)
        } catch let error as URLError where error.code == .timedOut {
            return .timedOut
        } catch let error as URLError {
            return .unreachable(Self.reason(error))
        } catch {
            return .unreachable(error.localizedDescription)
        }
    }

    private static func status(of request: URLRequest, _ session: URLSession) async throws -> Int {
        let (_, response) = try await session.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
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

    private static func reason(_ error: URLError) -> String {
        switch error.code {
        case .cannotFindHost, .dnsLookupFailed: "there is no server with that name"
        case .cannotConnectToHost: "the server does not accept connections"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot: "its secure connection (TLS) fails"
        case .httpTooManyRedirects, .redirectToNonExistentLocation: "it redirects in a circle"
        case .notConnectedToInternet: "this computer is not connected to the internet"
        default: error.localizedDescription
        }
    }
}
