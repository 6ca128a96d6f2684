import Foundation
import Testing

/// `sitegen import` on small Hugo, Jekyll and Zola folders (Fixtures/) with the awkward cases:
/// byte-order marks, CRLF, TOML dates, taxonomies, section pages, a bundle, dates in file names
/// and broken front matter. Each import is then built.
@Suite struct ImportCommandTests {
    typealias CLI = CLITests

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func read(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func importInto(_ root: URL, _ generator: String, _ extra: [String] = ["--region", "Kronobergs län", "--kind", "Projektberättelse"]) throws -> CLI.Run {
        try CLI.run(["import", generator, fixtures.appendingPathComponent(generator).path] + extra, in: root)
    }

    @Test func hugo() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.importInto(root, "hugo")
        #expect(result.status == 1, "the broken file is an article not imported: \(result.stdout)\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Imported 5 articles from Hugo (") && out.contains("/Fixtures/hugo/content) into content/ (1 page bundle, 1 draft):"), "\(out)")
        #expect(out.contains("  content/2020/exportdagen.md  <- content/posts/exportdagen.md\n"))
        #expect(out.contains("  content/2020/rapport-2020/index.md (and 2 files)  <- content/posts/rapport-2020/index.md\n"))
        #expect(out.contains("Skipped 6 files:\n"))
        #expect(out.contains("  content/_index.md: a section page (_index), which lists other pages; sitegen makes its list pages itself\n"))
        #expect(out.contains("  content/posts/_index.md: a section page (_index)"))
        #expect(out.contains("  content/om-oss.html: an HTML page, not Markdown"))
        #expect(out.contains("  content/posts/bild.jpg: not an article and not in a page bundle"))
        #expect(out.contains("  content/posts/rapport-2020/anteckningar.md: a Markdown file inside the page bundle"))
        #expect(out.contains("  content/posts/trasig.md: not imported: the front matter cannot be read (line 2): a value is not in quotes, or is not one TOML can read\n"))
        #expect(out.contains("Fields sitegen has no use for, left out: weight (1 file), layout (1 file)\n"))
        #expect(out.contains("  content/posts/exportdagen.md: uses Hugo shortcodes"))

        // TOML with a native date-time; tags and categories as one list, each once; url as an alias.
        let export = try Self.read(root, "content/2020/exportdagen.md")
        #expect(export.hasPrefix("""
            ---
            title: "Exportdagen: rekordmånga besökare"
            date: 2020-03-05T09:30:00+01:00
            kind: projekt
            regions: [Kronoberg]
            tags: [Export, Innovation, Nyheter]
            aliases: [/gamla/exportdagen/]
            ---

            Exportdagen samlade 300 företag.
            """), "\(export)")
        // BOM and CRLF are gone; description is the summary, lastmod the update.
        let crlf = try Data(contentsOf: root.appendingPathComponent("content/2021/yaml-bom-crlf.md"))
        #expect(!crlf.contains(0x0D))
        #expect(!crlf.starts(with: [0xEF, 0xBB, 0xBF]))
        let yaml = try Self.read(root, "content/2021/yaml-bom-crlf.md")
        #expect(yaml.contains("\nsummary: Industrin i länet går bra.\nupdated: 2021-06-12\naliases: [/posts/gammal-rapport/]\n"))
        #expect(try Self.read(root, "content/2021/json-artikel.md").contains("\nauthor: Anna Berg\n"))
        #expect(try Self.read(root, "content/2022/utkast.md").contains("\ndraft: true\n"))
        // The bundle's files, byte for byte; the broken file is not there.
        let bundle = Self.fixtures.appendingPathComponent("hugo/content/posts/rapport-2020")
        for file in ["diagram.png", "filer/rapport.pdf"] {
            #expect(try Data(contentsOf: root.appendingPathComponent("content/2020/rapport-2020/" + file)) == Data(contentsOf: bundle.appendingPathComponent(file)))
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/2020/rapport-2020/anteckningar.md").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/2022/trasig.md").path))

        let built = try CLI.run(["build"], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.hasPrefix("Built 17 articles"), "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/nyheter/2020/rapport-2020/filer/rapport.pdf").path))
        #expect(try Self.read(root, "site/gamla/exportdagen/index.html").contains("nyheter/2020/exportdagen/"))
    }

    @Test func jekyll() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.importInto(root, "jekyll")
        #expect(result.status == 1)
        let out = result.stdout
        #expect(out.contains("Imported 4 articles from Jekyll ("), "\(out)")
        #expect(out.contains("/Fixtures/jekyll/_posts, ") && out.contains("/Fixtures/jekyll/_drafts) into content/ (1 draft):"))
        #expect(out.contains("  content/2021/crlf-och-bom.md  <- _posts/2021-02-03-crlf-och-bom.markdown\n"))
        #expect(out.contains("  _posts/2022-01-01-trasig.md: not imported: the front matter cannot be read (line 2): a quoted value is not closed\n"))
        #expect(out.contains("  _posts/bild.png: not an article"))
        #expect(out.contains("  _posts/2019-12-24-julhalsning-fran-vd.md: has no title; it is made from the file name: Julhalsning fran vd\n"))
        #expect(!out.contains("about.md"), "Jekyll's pages outside _posts/ are not articles")

        // The date from the file name; categories split at spaces, as Jekyll does; the permalink kept.
        #expect(try Self.read(root, "content/2020/forsta-inlagget.md").hasPrefix(
            "---\ntitle: Första inlägget\ndate: 2020-05-01\nkind: projekt\nregions: [Kronoberg]\ntags: [Innovation, nyheter, export]\naliases: [/2020/05/forsta/]\n---\n"))
        let bom = try Self.read(root, "content/2021/crlf-och-bom.md")
        #expect(bom.hasPrefix("---\ntitle: \"Krisstöd: så söker du\"\ndate: 2021-02-03 10:00:00 +0100\n"))
        #expect(!bom.contains("\r"))
        #expect(try Self.read(root, "content/2023/kommande-nyhet.md").contains("\ndraft: true\n"), "_drafts/ are drafts")

        let built = try CLI.run(["build"], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.hasPrefix("Built 16 articles"), "\(built.stderr)")
    }

    @Test func zola() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.importInto(root, "zola")
        #expect(result.status == 0, "\(result.stdout)")
        let out = result.stdout
        #expect(out.contains("Imported 4 articles from Zola ("), "\(out)")
        #expect(out.contains("  content/2023/bundle-artikel/index.md (and 1 file)  <- content/blogg/bundle-artikel/index.md\n"))
        #expect(out.contains("Skipped 2 files:\n  content/_index.md: a section page"))
        #expect(out.contains("Fields sitegen has no use for, left out: extra (1 file)\n"))
        // The taxonomies table's lists are the tags; the date comes from 2023-03-15_zola-datum.md.
        #expect(try Self.read(root, "content/2023/zola-datum.md").hasPrefix(
            "---\ntitle: Datum i filnamnet\ndate: 2023-03-15\nkind: projekt\nregions: [Kronoberg]\ntags: [Automation, Robotik, Nyheter]\n---\n"))
        // TOML's native date and local date-time, written as the YAML path reads them.
        let dates = try Self.read(root, "content/2023/tomldatum.md")
        #expect(dates.contains("\ndate: 2023-04-01\n"))
        #expect(dates.contains("\nupdated: 2023-04-02T10:00:00\n"))
        #expect(dates.contains("\nauthor: Anna Berg, Per Lind\n"))
        #expect(dates.contains("\ndraft: true\n"))
        #expect(try Self.read(root, "content/2023/crlf.md").contains("\ndate: 2023-07-01T12:00:00+00:00\n"))

        let built = try CLI.run(["build"], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.hasPrefix("Built 16 articles"), "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/nyheter/2023/bundle-artikel/karta.svg").path))
    }

    @Test func withoutRegionAndKindTheBuildSaysWhatToFillIn() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.importInto(root, "zola", [])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Articles that named no kind or regions have it left to fill in"))
        let built = try CLI.run(["build"], in: root)
        #expect(built.status == 1)
        #expect(built.stderr.contains("content/2023/crlf.md:4:1: error: the field 'kind' is empty"), "\(built.stderr)")
        #expect(built.stderr.contains("content/2023/crlf.md:5:11: error: the article's region is not filled in: 'regions' still says 'ANGE REGION'"))
    }

    @Test func neverOverwrites() throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.importInto(root, "zola").status == 0)
        let path = root.appendingPathComponent("content/2023/crlf.md")
        try "min ändring\n".write(to: path, atomically: true, encoding: .utf8)
        let again = try Self.importInto(root, "zola")
        #expect(again.status == 1)
        #expect(again.stdout.contains("Imported 0 articles"))
        #expect(again.stdout.contains("  content/blogg/crlf.md: not imported: content/2023/crlf.md already exists in the site; it is left as it is\n"))
        #expect(again.stdout.contains("  content/blogg/bundle-artikel/index.md: not imported: content/2023/bundle-artikel already exists"))
        #expect(try String(contentsOf: path, encoding: .utf8) == "min ändring\n")
    }

    @Test(arguments: [
        (["--kind", "projket"], "error: 'projket' is not a kind of article in site.yml", "did you mean 'projekt'?"),
        (["--region", "Kronobergg"], "error: the region 'Kronobergg' is not in site.yml", "did you mean 'Kronoberg'?"),
    ])
    func unknownKindOrRegionIsWrongUsage(options: [String], message: String, hint: String) throws {
        let root = try CLI.sampleSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.importInto(root, "hugo", options)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
        #expect(result.stderr.contains(hint))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/2020/exportdagen.md").path))
        #expect(try CLI.run(["import", "hugo", "/finns/inte"], in: root).status == 2)
    }
}
