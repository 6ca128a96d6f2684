import Foundation
import Testing
@testable import SitegenCore

/// Folding, stemming and word splitting against the table `static/js/sok.js` is tested with too
/// (`Tests/JS/sok.test.mjs`), so the index and the queries normalise alike.
@Suite("Search normalisation")
struct SearchNormaliserTests {
    struct Table: Decodable {
        struct Words: Decodable {
            var text: String
            var words: [String]
        }
        /// [folded word, stem]
        var stems: [[String]]
        /// [word, key, variant]; no key and variant for a stop word
        var terms: [[String?]]
        var words: [Words]
    }

    static func table() throws -> Table {
        let url = TestPaths.fixtures.appendingPathComponent("search/normalisation.json")
        return try JSONDecoder().decode(Table.self, from: Data(contentsOf: url))
    }

    @Test("Swedish endings come off the same way as in the script")
    func stems() throws {
        let rows = try Self.table().stems
        #expect(rows.count >= 40)
        for row in rows {
            #expect(SwedishStemmer.stem(row[0]) == row[1], "\(row[0])")
        }
    }

    @Test("Words become keys without diacritics and variants with them; stop words and single letters none")
    func terms() throws {
        let rows = try Self.table().terms
        #expect(rows.count >= 20)
        for row in rows {
            let word = try #require(row[0])
            let term = SearchNormaliser.term(Substring(word))
            #expect(term?.key == row[1], "\(word)")
            #expect(term?.variant == row[2], "\(word)")
        }
    }

    @Test("Words are runs of letters, digits and marks")
    func words() throws {
        for row in try Self.table().words {
            #expect(SearchNormaliser.words(row.text).map(String.init) == row.words, "\(row.text)")
        }
    }

    @Test("Folding: å ä ö and other accents go, letters that do not decompose are spelled out")
    func folding() {
        #expect(SearchNormaliser.fold("örnsköldsvik") == "ornskoldsvik")
        #expect(SearchNormaliser.fold("ærø") == "aero")
        #expect(SearchNormaliser.fold("łódź") == "lodz")
    }

    @Test("The stop words are single lower-case words, in Swedish order; år and vår are not among them")
    func stopwords() {
        let words = SearchStopwords.words
        #expect(Set(words).count == words.count)
        #expect(words.allSatisfy { $0 == $0.lowercased() && SearchNormaliser.words($0).count == 1 })
        #expect(words == words.sorted { SwedishCollation.areInIncreasingOrder($0, $1) })
        #expect(!SearchStopwords.set.contains("år") && !SearchStopwords.set.contains("vår"))
    }
}
