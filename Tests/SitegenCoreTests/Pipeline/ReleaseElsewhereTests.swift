import Foundation
import Testing
@testable import SitegenCore

/// A value handed to another thread to be released is released there: never kept for good.
struct ReleaseElsewhereTests {
    final class Tracked: Sendable {}

    @Test func aValueReleasedElsewhereIsFreed() async throws {
        weak var watched: Tracked?
        do {
            let table = (0..<1000).map { _ in Tracked() }
            watched = table[500]
            ReleaseElsewhere.release(table)
        }
        for _ in 0..<200 where watched != nil { try await Task.sleep(for: .milliseconds(10)) }
        #expect(watched == nil)
    }
}
