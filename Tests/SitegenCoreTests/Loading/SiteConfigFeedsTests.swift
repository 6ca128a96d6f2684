import Foundation
import Testing
@testable import SitegenCore

@Suite("site.yml: feeds")
struct SiteConfigFeedsTests {
    static func load(_ extra: String) -> (SiteConfig?, [Diagnostic]) {
        SiteConfigLoaderTests.load(SiteConfigLoaderTests.minimal + extra)
    }

    @Test("Without feeds: 20 entries, full content")
    func defaults() throws {
        let config = try #require(Self.load("").0)
        #expect(config.feeds == FeedSettings(count: 20, content: .full))
    }

    @Test("count and content are read")
    func values() throws {
        let (loaded, problems) = Self.load("feeds:\n  count: 5\n  content: Summary\n")
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        #expect(try #require(loaded).feeds == FeedSettings(count: 5, content: .summary))
    }

    @Test("Bad values are errors at their place", arguments: [
        ("feeds:\n  count: 0\n", "'count' must be a whole number from 1 to 1000", 11, 10),
        ("feeds:\n  count: tjugo\n", "'count' must be a whole number from 1 to 1000", 11, 10),
        ("feeds:\n  content: hela\n", "feeds.content must be 'full' or 'summary'", 11, 12),
        ("feeds: ja\n", "feeds must be a group of 'key: value' fields, but it is a single value", 10, 8),
    ])
    func badValues(text: String, message: String, line: Int, column: Int) {
        let (config, problems) = Self.load(text)
        #expect(config == nil)
        let problem = problems.errors.first
        #expect(problem?.message == message)
        #expect(problem?.location?.line == line)
        #expect(problem?.location?.column == column)
    }

    @Test("An unknown key in feeds is a warning with a suggestion")
    func unknownKey() {
        let (config, problems) = Self.load("feeds:\n  cont: 3\n")
        #expect(config != nil)
        #expect(problems.first?.message == "unknown field 'cont' in feeds is ignored")
        #expect(problems.first?.hint == "did you mean 'count'?")
    }
}
