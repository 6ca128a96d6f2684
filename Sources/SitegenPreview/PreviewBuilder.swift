import Foundation
import SitegenCore

/// Builds the preview with the normal ``Build`` (its build cache too) and tells the open tabs:
/// `reload` after a successful build, `error` with the problems after a failed one, which
/// leaves the last good preview in place.
public struct PreviewBuilder: Sendable {
    public var options: BuildOptions
    public let events: PreviewEvents
    /// Without `--now`, each build is at the clock's time, so a scheduled article is published
    /// in the preview when its moment comes, as on the site.
    public var fixedNow: Date?

    public init(options: BuildOptions, events: PreviewEvents, fixedNow: Date? = nil) {
        self.options = options
        self.events = events
        self.fixedNow = fixedNow
    }

    public enum Outcome: Sendable {
        case built(BuildReport, Duration)
        case failed(BuildFailure, Duration)
    }

    public func build() async -> Outcome {
        var options = self.options
        options.now = fixedNow ?? Date()
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let report = try await Build(options: options).run()
            await events.send(.reload)
            return .built(report, clock.now - start)
        } catch {
            await events.send(.error(BuildProblems(error.diagnostics)))
            return .failed(error, clock.now - start)
        }
    }

    /// The path part of the site's base URL (`/nyheter/`), which links that cannot be relative
    /// carry; `/` when site.yml cannot be read (the build says why).
    public static func basePath(source: URL, baseURL: String?) -> String {
        guard case .success(let text) = SourceText.read(file: source.appendingPathComponent("site.yml"), relativePath: "site.yml"),
              var config = SiteConfigLoader.load(text, siteRoot: source).0 else { return "/" }
        if let baseURL { config.baseURL = baseURL }
        return config.basePath
    }
}
