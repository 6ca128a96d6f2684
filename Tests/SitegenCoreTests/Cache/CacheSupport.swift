import Foundation
import Testing
@testable import SitegenCore

/// Builds a site twice, with the build cache and without, and expects the same result.
enum CacheCheck {
    /// What a build gave: its report, or the diagnostics of its failure.
    typealias Outcome = Result<BuildReport, BuildFailure>

    static func build(_ site: TestSite, output: URL? = nil, drafts: Bool = false, future: Bool = false,
                      baseURL: String? = nil, cache: URL?) async -> Outcome {
        do {
            return .success(try await site.build(output: output, drafts: drafts, future: future, baseURL: baseURL, cache: cache))
        } catch {
            return .failure(error)
        }
    }

    /// Builds with `cache` into the site's output and without a cache into another folder, and
    /// expects the same files byte for byte and the same warnings, or the same errors. Returns
    /// the cached build's report.
    @discardableResult
    static func expectSameAsCold(_ site: TestSite, cache: URL, drafts: Bool = false, future: Bool = false, baseURL: String? = nil,
                                 _ step: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async -> BuildReport? {
        let coldOutput = site.root.appendingPathComponent("cold")
        let cold = await build(site, output: coldOutput, drafts: drafts, future: future, baseURL: baseURL, cache: nil)
        let warm = await build(site, drafts: drafts, future: future, baseURL: baseURL, cache: cache)
        switch (cold, warm) {
        case let (.success(coldReport), .success(warmReport)):
            let differences = Tree.differences(Tree.snapshot(coldOutput), Tree.snapshot(site.output))
            #expect(differences.isEmpty, "\(step): the cached build differs:\n\(differences.prefix(10).joined(separator: "\n"))",
                    sourceLocation: sourceLocation)
            #expect(warmReport.warnings == coldReport.warnings, "\(step): other warnings", sourceLocation: sourceLocation)
            #expect(warmReport.articles == coldReport.articles && warmReport.drafts == coldReport.drafts,
                    "\(step): other counts", sourceLocation: sourceLocation)
            return warmReport
        case let (.failure(coldFailure), .failure(warmFailure)):
            #expect(warmFailure.diagnostics == coldFailure.diagnostics, "\(step): other errors", sourceLocation: sourceLocation)
            return nil
        case (.success, .failure(let failure)):
            Issue.record("\(step): only the cached build failed: \(failure.diagnostics.map(\.message))", sourceLocation: sourceLocation)
            return nil
        case (.failure(let failure), .success):
            Issue.record("\(step): only the cold build failed: \(failure.diagnostics.map(\.message))", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// A PNG header of the given size: enough for ``ImageDimensions`` and for copying.
    static func png(width: Int, height: Int) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8)
        for value in [width, height] { bytes += [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
        bytes += [8, 2, 0, 0, 0, 0, 0, 0, 0]
        return Data(bytes)
    }
}
