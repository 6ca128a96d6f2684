import Foundation
import Testing
@testable import SitegenCore

/// Names starting with '.' in `content/` are never published. What tools leave behind goes
/// without a word; any other hidden file or folder is named in a warning, since a writer may
/// have meant to publish it, and a link to one is an error rather than a broken link on the site.
@Suite struct HiddenFileTests {
    static let bundle = "content/2020/paket/index.md"
    static let article = "---\ntitle: Paket\ndate: 2020-05-01\nkind: projekt\nregions: [Kronoberg]\n---\n\nText.\n"

    static func site(_ files: [String: String]) throws -> TestSite {
        try TestSite(fixture: "tiny", files: [bundle: article].merging(files) { _, new in new })
    }

    static func firstLines(_ diagnostics: [Diagnostic]) -> [String] {
        let formatter = DiagnosticFormatter(colours: false)
        return diagnostics.map { String(formatter.format($0).prefix { $0 != "\n" }) }
    }

    static let litter = [
        "content/.DS_Store", "content/2020/.DS_Store", "content/2020/paket/.DS_Store", "content/2020/paket/._bild.jpg",
        "content/2020/paket/.gitkeep", "content/2020/paket/.#index.md", "content/2020/paket/.index.md.swp",
        "content/2020/.artikel.md.swo", "content/2020/paket/.~lock.rapport.odt#", "content/2020/paket/.rapport.pdf~",
        "content/.git/HEAD", "content/.obsidian/workspace.json", "content/2020/paket/.Trash-1000/files/x.pdf",
    ]

    @Test func toolLitterIsLeftOutWithoutAWord() async throws {
        let site = try Self.site(Dictionary(uniqueKeysWithValues: Self.litter.map { ($0, "skräp") }))
        defer { site.cleanUp() }
        let report = try await site.build()
        #expect(report.warnings.isEmpty, "\(Self.firstLines(report.warnings))")
        #expect(Tree.files(site.output).allSatisfy { !$0.split(separator: "/").contains { $0.hasPrefix(".") } || $0 == ".htaccess" })
        #expect(FileManager.default.fileExists(atPath: site.output.path + "/nyheter/2020/paket/index.html"))
    }

    /// (file put in the site, the first line of its warning, a part of its hint)
    static let warned: [(String, String, String)] = [
        ("content/2020/paket/.rapport.pdf",
         "content/2020/paket/.rapport.pdf:1:1: warning: 'content/2020/paket/.rapport.pdf' starts with '.', so it is a hidden file and is not published with the page bundle",
         "rename it without the leading dot, 'rapport.pdf', to publish it, or move it out of the page bundle 'content/2020/paket/'"),
        ("content/2020/paket/bilagor/.karta.png",
         "content/2020/paket/bilagor/.karta.png:1:1: warning: 'content/2020/paket/bilagor/.karta.png' starts with '.', so it is a hidden file and is not published with the page bundle",
         "'karta.png'"),
        ("content/2020/.artikel.md",
         "content/2020/.artikel.md:1:1: warning: 'content/2020/.artikel.md' starts with '.', so it is a hidden file and is not published",
         "rename it without the leading dot, 'artikel.md', to publish it, or move it out of content/"),
        ("content/.utkast/artikel.md",
         "content/.utkast:1:1: warning: 'content/.utkast/' starts with '.', so it is a hidden folder and nothing in it is published",
         "rename it without the leading dot, 'utkast', to publish what is in it"),
        ("content/2020/.bild.jpg",
         "content/2020/.bild.jpg:1:1: warning: 'content/2020/.bild.jpg' starts with '.', so it is a hidden file and is not published",
         "put it in a page bundle or in static/ without the leading dot"),
        ("content/2020/paket/.htaccess",
         "content/2020/paket/.htaccess:1:1: warning: 'content/2020/paket/.htaccess' starts with '.', so it is a hidden file and is not published with the page bundle",
         "'htaccess'"),
    ]

    @Test func aHiddenFileAWriterMayHaveMeantIsNamed() async throws {
        for (path, line, hint) in Self.warned {
            let site = try Self.site([path: Self.article])
            defer { site.cleanUp() }
            let report = try await site.build()
            let lines = Self.firstLines(report.warnings)
            #expect(lines == [line], "\(path)")
            #expect(report.warnings.first?.hint?.contains(hint) == true, "\(report.warnings.first?.hint ?? "no hint")")
            #expect(!Tree.files(site.output).contains { $0.contains("rapport.pdf") || $0.contains("artikel") || $0.contains("karta") })
        }
    }

    /// (the body of the bundle's article, the first line of the error)
    static let links: [(String, String)] = [
        ("[Rapporten](.rapport.pdf)",
         "\(bundle):8:1: error: the link '.rapport.pdf' leads to a name starting with '.', '.rapport.pdf': hidden files and folders in content/ are never published"),
        ("![Karta](bilagor/.karta.png)",
         "\(bundle):8:1: error: the image 'bilagor/.karta.png' leads to a name starting with '.', '.karta.png': hidden files and folders in content/ are never published"),
        ("[Artikeln](../.artikel.md)",
         "\(bundle):8:1: error: the link '../.artikel.md' leads to a name starting with '.', '.artikel.md': hidden files and folders in content/ are never published"),
    ]

    @Test func aLinkToAHiddenFileIsAnError() async throws {
        for (body, line) in Self.links {
            let site = try Self.site([
                Self.bundle: Self.article.replacingOccurrences(of: "Text.", with: body),
                "content/2020/paket/.rapport.pdf": "pdf", "content/2020/paket/bilagor/.karta.png": "png",
                "content/2020/.artikel.md": Self.article,
            ])
            defer { site.cleanUp() }
            let errors = await site.failingBuild().errors
            #expect(Self.firstLines(errors) == [line], "\(body)")
            #expect(errors.first?.hint?.contains("rename it '") == true, "\(errors.first?.hint ?? "no hint")")
        }
    }

    @Test func namesAreSorted() {
        for name in [".DS_Store", "._x", ".gitkeep", ".#x", ".x.swp", ".~lock.x#", ".git", ".Trash-1000", ".x~"] {
            #expect(HiddenName(name) == .toolLitter, "\(name)")
        }
        for name in [".rapport.pdf", ".artikel.md", ".utkast", ".htaccess", "..", "...x"] {
            #expect(HiddenName(name) == .hidden, "\(name)")
        }
        #expect(HiddenName("rapport.pdf") == .notHidden)
    }

    /// `static/` is copied as it is, hidden files too (as Hugo and Zola do), but not tools' litter.
    @Test func staticPublishesItsHiddenFilesButNotToolLitter() async throws {
        let site = try Self.site([
            "static/.well-known/security.txt": "Contact: mailto:sakerhet@example.se\n",
            "static/.nojekyll": "",
            "static/.DS_Store": "skräp",
            "static/css/.site.css.swp": "skräp",
            "static/.git/HEAD": "ref: refs/heads/main\n",
            Self.bundle: Self.article + "\nSe [säkerhetskontakten](/.well-known/security.txt).\n",
        ])
        defer { site.cleanUp() }
        let report = try await site.build()
        #expect(report.warnings.isEmpty, "\(Self.firstLines(report.warnings))")
        let files = Set(Tree.files(site.output))
        #expect(files.contains(".well-known/security.txt"))
        #expect(files.contains(".nojekyll"))
        #expect(!files.contains(".DS_Store") && !files.contains("css/.site.css.swp") && !files.contains(".git/HEAD"))
        #expect(try site.output(".well-known/security.txt") == "Contact: mailto:sakerhet@example.se\n")
    }
}
