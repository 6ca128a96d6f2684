import Testing
@testable import SitegenCore

@Suite("site.yml: search")
struct SiteConfigLoaderSearchTests {
    static func search(_ lines: String) -> (SearchSettings?, [Diagnostic]) {
        let (config, problems) = SiteConfigLoaderTests.load(SiteConfigLoaderTests.minimal + lines)
        return (config?.search, problems)
    }

    @Test("Search is on by default, with shards of about 32 kB and 10 records per file")
    func defaults() {
        let (settings, problems) = Self.search("")
        #expect(settings == SearchSettings(enabled: true, shardSize: 32, documentsPerFile: 10))
        #expect(problems.isEmpty)
    }

    @Test("Every setting is read; 'search: false' turns search off")
    func settings() {
        #expect(Self.search("search:\n  enabled: ja\n  shard_size: 200\n  documents_per_file: 5\n").0
                == SearchSettings(enabled: true, shardSize: 200, documentsPerFile: 5))
        #expect(Self.search("search:\n  enabled: false\n").0?.enabled == false)
        #expect(Self.search("search: false\n").0?.enabled == false)
        #expect(Self.search("search: nej\n").0?.enabled == false)
    }

    @Test("Unknown fields are warnings with a suggestion; numbers out of range are errors")
    func problems() {
        let (settings, warnings) = Self.search("search:\n  shard_sise: 10\n")
        #expect(settings?.shardSize == 32)
        #expect(warnings.map(\.message) == ["unknown field 'shard_sise' in search is ignored"])
        #expect(warnings.first?.hint == "did you mean 'shard_size'?")
        let (_, errors) = Self.search("search:\n  documents_per_file: 0\n")
        #expect(errors.map(\.message) == ["'documents_per_file' must be a whole number from 1 to 10000"])
    }
}
