import Testing
import Yams
@testable import SitegenCore

/// What `new` and `import` write must read back as the same text.
@Suite struct YAMLTextTests {
    static let awkward = [
        "Rubrik", "Rapport: industrin", "[Utkast] Rubrik", "#1 i Sverige", "- punkt", "Säg \"hej\"", "a\\b",
        "rad ett\nrad två", " inledande mellanslag", "slut: ", "ja", "no", "2019", "~", "null", "50 % mer",
        "@regionen", "`kod`", "Vad nu?", "x # inte en kommentar", "tab\there", "Åre, Östersund",
    ]

    @Test("A value written by YAMLText.scalar reads back as the same raw text", arguments: awkward)
    func scalarRoundTrip(text: String) throws {
        let node = try #require(try Yams.compose(yaml: "title: " + YAMLText.scalar(text), .basic))
        #expect(node["title"]?.string == text)
    }

    @Test("A list written by YAMLText.list reads back entry by entry")
    func listRoundTrip() throws {
        let node = try #require(try Yams.compose(yaml: "tags: " + YAMLText.list(Self.awkward), .basic))
        #expect(node["tags"]?.sequence?.map(\.string) == Self.awkward)
    }

    @Test("Plain words stay unquoted, so the file reads as a writer would write it")
    func plainStaysPlain() {
        #expect(YAMLText.scalar("Industridagen i Skellefteå") == "Industridagen i Skellefteå")
        #expect(YAMLText.list(["Export", "Grön omställning"]) == "[Export, Grön omställning]")
        #expect(YAMLText.scalar("Rapport: industrin") == "\"Rapport: industrin\"")
    }
}
