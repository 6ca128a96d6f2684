import Foundation
import SitegenCore

/// Builds the preview with the normal ``Build`` (its build cache too) and tells the open tabs:
/// `reload` to those whose page changed and `built` to the others after a successful build
/// (``PreviewEvents/built(changed:)``), `error` with the problems after a failed one, which
/// leaves the last good preview in place.
///
/// After a save, ``quick(_:)`` first makes the saved article's page alone from the last build
/// (``QuickPage``) and reloads its tabs; ``build(after:)`` then makes everything, and a page
/// it writes with the same bytes as the quick one does not reload its tabs a second time.
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

    /// The pages of the saved articles in `changed` (paths from the site folder), made from
    /// the last build if that can be done exactly, and their tabs reloaded.
    public func quick(_ changed: [String]) async -> (QuickPage.Outcome, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = Build(options: moment()).quickPages(for: changed)
        if case .written(let pages) = outcome {
            await events.built(changed: Set(pages.keys))
        }
        return (outcome, clock.now - start)
    }

    /// The whole preview; `quick` is what ``quick(_:)`` wrote just before, whose tabs have
    /// reloaded already.
    public func build(after quick: [String: UInt64] = [:]) async -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let report = try await Build(options: moment()).run()
            await events.built(changed: report.changedFiles.map { changed in
                Set(changed.filter { quick[$0.key] != $0.value }.keys)
            })
            return .built(report, clock.now - start)
        } catch {
            await events.send(.error(BuildProblems(error.diagnostics)))
            return .failed(error, clock.now - start)
        }
    }

    private func moment() -> BuildOptions {
        var options = self.options
        options.now = fixedNow ?? Date()
        return options
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
