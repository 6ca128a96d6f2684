import Foundation
import Testing
@testable import SitegenCore

/// A build that exits next leaves its values to the exit; any other frees them.
@Suite("Values abandoned to the process's exit")
struct AbandonTests {
    final class Tracked: Sendable {}

    @Test("Abandoned values are never freed; the others are freed as usual")
    func abandonedOnlyWhenAsked() {
        weak var kept: Tracked?
        weak var freed: Tracked?
        do {
            let first = Tracked(), second = Tracked()
            kept = first
            freed = second
            Abandon.values((first, [second]), if: false)
            Abandon.values([first], if: true)
        }
        #expect(kept != nil)
        #expect(freed == nil)
    }

    @Test("A build frees its values unless told otherwise: only the CLI's one-shot build abandons them")
    func buildsFreeByDefault() {
        let options = BuildOptions(source: URL(fileURLWithPath: "/tmp"), output: URL(fileURLWithPath: "/tmp/site"))
        #expect(options.freesMemory)
    }
}
