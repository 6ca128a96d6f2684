import Foundation
import Testing
@testable import SitegenCore

/// A kommun under its län: its articles roll up to the län's page, and the overview nests it.
@Suite struct RegionHierarchyTests {
    static let config = """
        title: Liten
        base_url: https://liten.example.se/
        kinds:
          - key: projekt
            singular: Projektberättelse
        regions:
          - name: Västernorrland
          - name: Örnsköldsvik
            parent: Västernorrland
          - name: Husum
            parent: Örnsköldsvik
          - name: Kronoberg
        """

    static func article(_ title: String, _ date: String, _ region: String) -> String {
        "---\ntitle: \(title)\ndate: \(date)\nkind: projekt\nregions: [\(region)]\n---\n\nText.\n"
    }

    @Test func kommunArticlesRollUpAndTheOverviewIsATree() async throws {
        let site = try TestSite(files: [
            "site.yml": Self.config,
            "content/a.md": Self.article("Om Husum", "2020-01-03", "Husum"),
            "content/b.md": Self.article("Om Örnsköldsvik", "2020-01-02", "Örnsköldsvik"),
            "content/c.md": Self.article("Om länet", "2020-01-01", "Västernorrland"),
        ])
        defer { site.cleanUp() }
        _ = try await site.build()
        func page(_ path: String) throws -> String {
            try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
        }
        let lan = try page("regioner/vasternorrland/index.html")
        #expect(lan.contains("3 artiklar"))
        #expect(lan.contains("Om Husum") && lan.contains("Om Örnsköldsvik") && lan.contains("Om länet"))
        let kommun = try page("regioner/ornskoldsvik/index.html")
        #expect(kommun.contains("2 artiklar") && !kommun.contains("Om länet"))
        // The article page names its own region, not the ones it rolls up to.
        let husum = try page("nyheter/2020/a/index.html")
        #expect(husum.contains(">Husum</a>") && !husum.contains(">Västernorrland</a></li>\n        </ul>\n      </nav>"))

        let overview = try page("regioner/index.html")
        let lanAt = try #require(overview.range(of: "Västernorrland</span>"))
        let nested = try #require(overview.range(of: "<ul class=\"terms__children\">"))
        let kommunAt = try #require(overview.range(of: "Örnsköldsvik</span>"))
        #expect(lanAt.lowerBound < nested.lowerBound && nested.lowerBound < kommunAt.lowerBound)
        #expect(overview.components(separatedBy: "terms__children").count == 3, "län > kommun > ort")
        #expect(!overview.contains("Kronoberg"), "regions without articles are not listed")
    }

    @Test func unknownParentAndCyclesAreLocatedErrors() {
        let unknown = Self.config.replacingOccurrences(of: "parent: Västernorrland", with: "parent: Västernorland")
        let (_, problems) = SiteConfigLoader.load(SourceText(path: "site.yml", text: unknown))
        #expect(problems.errors.first?.message == "the parent region 'Västernorland' is not in the list of regions")
        #expect(problems.errors.first?.hint == "did you mean 'Västernorrland'?")
        #expect(problems.errors.first?.location == SourceLocation(file: "site.yml", line: 9, column: 13))

        let cycle = Self.config.replacingOccurrences(of: "  - name: Västernorrland\n", with: "  - name: Västernorrland\n    parent: Husum\n")
        let (_, cycleProblems) = SiteConfigLoader.load(SourceText(path: "site.yml", text: cycle))
        #expect(cycleProblems.errors.contains { $0.message.hasPrefix("the regions' parents go round in a circle") })
    }
}
