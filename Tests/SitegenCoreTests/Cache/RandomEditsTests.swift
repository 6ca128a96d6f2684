import Foundation
import Testing
@testable import SitegenCore

/// Random edits of the everything fixture, each followed by a build with the cache and one
/// without, which must agree (files, warnings, errors). The seed makes a failure repeat; every
/// kind of edit is in each run, in a shuffled order, with more drawn at random.
@Suite("Build cache under random edits")
struct RandomEditsTests {
    enum Edit: CaseIterable {
        case body, title, tags, regions, add, delete, breakThenFix, touch, siteConfig, bundleImage, attachment,
             staticFileRemovedThenRestored, warning
    }

    static let regions = ["Jämtland Härjedalen", "Västernorrland", "Örebro", "Kronoberg", "Östergötland", "Uppsala"]
    static let tags = ["Export", "SME", "Digitalisering", "Grön omställning", "Ämne ett", "Covid-19"]
    static let words = "industri företag region projekt kompetens export tillväxt samverkan omställning älv å ö".split(separator: " ")
    static let bundle = "content/2020/rapport-om-industrin/index.md"
    static let staticUser = "content/2022/statisk.md"

    @Test("Cached builds equal cold builds after every edit", arguments: [UInt64(20261125), 7])
    func randomEdits(seed: UInt64) async throws {
        var random = SeededGenerator(seed: seed)
        let site = try TestSite(fixture: "everything", files: [Self.staticUser: """
            ---
            title: En karta från static
            date: 2022-03-01
            kind: projekt
            regions: [Kronoberg]
            image: /bilder/karta.png
            image_alt: En karta
            ---

            Text.
            """])
        defer { site.cleanUp() }
        try site.write("static/bilder/karta.png", CacheCheck.png(width: 300, height: 200))
        await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, "seed \(seed): first build")

        var edits = Edit.allCases + (0..<8).map { _ in Edit.allCases.randomElement(using: &random)! }
        edits.shuffle(using: &random)
        var added = 0
        for (number, edit) in edits.enumerated() {
            let step = "seed \(seed), step \(number): \(edit)"
            let articles = Self.articleFiles(site)
            let target = articles.randomElement(using: &random)!
            switch edit {
            case .body:
                try Self.edit(site, target) { $0 + "\n\n" + Self.sentence(&random) + "\n" }
            case .title:
                try Self.replaceLine(site, target, key: "title", with: "title: \"\(Self.sentence(&random))\"")
            case .tags:
                let tags = Self.tags.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random))
                try Self.replaceLine(site, target, key: "tags", with: "tags: [\(tags.joined(separator: ", "))]")
            case .regions:
                try Self.replaceLine(site, target, key: "regions", with: "regions: [\(Self.regions.randomElement(using: &random)!)]")
            case .add:
                added += 1
                let kind = ["projekt", "intervju", "rapport", "motesrapport"].randomElement(using: &random)!
                try site.write("content/2022/ny-\(added).md", """
                    ---
                    title: \(Self.sentence(&random))
                    date: 2022-0\(Int.random(in: 1...9, using: &random))-1\(Int.random(in: 0...9, using: &random)) 10:00
                    kind: \(kind)
                    regions: [\(Self.regions.randomElement(using: &random)!)]
                    tags: [\(Self.tags.randomElement(using: &random)!)]
                    ---

                    \(Self.sentence(&random))

                    ## \(Self.sentence(&random))

                    \(Self.sentence(&random))
                    """)
            case .delete:
                let deletable = articles.filter { $0 != Self.bundle && $0 != Self.staticUser }
                if deletable.count > 2 { try site.remove(deletable.randomElement(using: &random)!) }
            case .breakThenFix:
                let original = try String(contentsOf: site.root.appendingPathComponent(target), encoding: .utf8)
                try Self.replaceLine(site, target, key: "kind", with: "kind: finns-inte")
                #expect(await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, step + " (broken)") == nil,
                        "\(step): the broken article must fail the build")
                try site.write(target, original)
            case .touch:
                let url = site.root.appendingPathComponent(target)
                try Data(contentsOf: url).write(to: url)
                try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: url.path)
            case .siteConfig:
                let config = try String(contentsOf: site.root.appendingPathComponent("site.yml"), encoding: .utf8)
                let pageSize = Int.random(in: 1...4, using: &random)
                try site.write("site.yml", config.replacingOccurrences(
                    of: #"page_size: \d+"#, with: "page_size: \(pageSize)", options: .regularExpression) + "\n# \(number)\n")
            case .bundleImage:
                try site.write("content/2020/rapport-om-industrin/diagram.png",
                               CacheCheck.png(width: Int.random(in: 1...2000, using: &random), height: Int.random(in: 1...2000, using: &random)))
            case .attachment:
                let pdf = site.root.appendingPathComponent("content/2020/rapport-om-industrin/rapport.pdf")
                try (Data(contentsOf: pdf) + Data(repeating: 0x20, count: Int.random(in: 1...400_000, using: &random))).write(to: pdf)
            case .staticFileRemovedThenRestored:
                try site.remove("static/bilder/karta.png")
                #expect(await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, step + " (removed)") == nil,
                        "\(step): the missing image must fail the build")
                try site.write("static/bilder/karta.png", CacheCheck.png(width: Int.random(in: 1...900, using: &random), height: 99))
            case .warning:
                try Self.replaceLine(site, target, key: "title", with: "sammanfatning: \(Self.sentence(&random))", keep: true)
            }
            let report = await CacheCheck.expectSameAsCold(site, cache: site.cacheFolder, step)
            // The comparison proves nothing if the cache was never used.
            if let report, edit != .siteConfig {
                #expect(report.cachedArticles > 0, "\(step): nothing came from the cache")
            }
            if let report, edit == .siteConfig {
                #expect(report.cachedArticles == 0, "\(step): site.yml changed, yet articles came from the cache")
            }
        }
    }

    static func articleFiles(_ site: TestSite) -> [String] {
        Tree.files(site.root.appendingPathComponent("content")).filter { $0.hasSuffix(".md") }.map { "content/" + $0 }
    }

    static func sentence(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 3...8, using: &random)).map { _ in String(words.randomElement(using: &random)!) }
            .joined(separator: " ").capitalized
    }

    static func edit(_ site: TestSite, _ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(path, change(text))
    }

    /// Replaces the front-matter line `key: ...` (or adds the line after the title), keeping
    /// the old line too when `keep` is set.
    static func replaceLine(_ site: TestSite, _ path: String, key: String, with line: String, keep: Bool = false) throws {
        try edit(site, path) { text in
            var lines = text.components(separatedBy: "\n")
            let fence = lines.dropFirst().firstIndex(of: "---") ?? 1
            if let index = lines[..<fence].firstIndex(where: { $0.hasPrefix(key + ":") }) {
                if keep { lines.insert(line, at: index + 1) } else { lines[index] = line }
            } else {
                lines.insert(line, at: 1)
            }
            return lines.joined(separator: "\n")
        }
    }
}
