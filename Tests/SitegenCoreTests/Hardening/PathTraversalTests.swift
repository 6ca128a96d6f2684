import Foundation
import Testing
@testable import SitegenCore

/// Slugs, old addresses, image and attachment names and the names of bundle files that try to
/// climb out of the output folder, or that some hosts read as something else: each is refused
/// with a located message, or lands at a harmless place inside the output folder. Nothing is ever
/// written outside it: the whole site folder is listed before and after (the output is two levels
/// below it, so `..` has room to climb), and so are the temporary folder and `/`.
@Suite struct PathTraversalTests {
    enum Outcome: Sendable {
        /// Built; this file exists in the output.
        case inside(String)
        /// Refused; this is the first line of one of the errors.
        case refused(String)
        /// Built, without the file: a name starting with '.' is a hidden file, never published (with
        /// a warning, `HiddenFileTests`).
        case hidden
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Added to the front matter of `content/2020/paket/index.md`, a page bundle.
        var frontMatter = ""
        /// A file put in the bundle under this name.
        var bundleFile: String?
        let expected: Outcome
        var testDescription: String { name }
    }

    static let marker = "utbrytning"
    static let file = "content/2020/paket/index.md"

    static func slug(_ value: String, _ outcome: Outcome) -> Case {
        Case(name: "slug \(value.debugDescription)", frontMatter: "slug: \(yaml(value))\n", expected: outcome)
    }

    static func refusedSlug(_ value: String) -> Case {
        slug(value, .refused("\(file):6:7: error: the slug '\(value)' may contain only a-z, 0-9 and hyphens"))
    }

    static func alias(_ value: String, _ outcome: Outcome) -> Case {
        Case(name: "alias \(value.debugDescription)", frontMatter: "aliases: [\(yaml(value))]\n", expected: outcome)
    }

    static func refusedAlias(_ value: String) -> Case {
        alias(value, .refused("\(file):6:11: error: '\(value)' cannot be an old address of the article"))
    }

    static func bundleFile(_ name: String) -> Case {
        Case(name: "bundle file \(name.debugDescription)", bundleFile: name, expected: .inside("nyheter/2020/paket/\(name)"))
    }

    /// In double quotes, with YAML's escapes, so any character can be written.
    static func yaml(_ value: String) -> String {
        "\"" + value.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case "\0": return "\\0"
            default: return String(scalar)
            }
        }.joined() + "\""
    }

    static let m = marker
    static let cases: [Case] = [
        refusedSlug("../\(m)"), refusedSlug("../../../../\(m)"), refusedSlug("..\\\(m)"), refusedSlug("%2e%2e/\(m)"),
        refusedSlug("..%2F\(m)"), refusedSlug("/tmp/\(m)"), refusedSlug("~/\(m)"), refusedSlug("\(m)\0x"),
        refusedSlug("\u{2024}\u{2024}/\(m)"), refusedSlug("\u{FF0F}\(m)"), refusedSlug("a\u{2215}\(m)"),
        refusedSlug("\(m)."), refusedSlug("C:\\\(m)"), refusedSlug("\(m)/"),
        slug("con", .inside("nyheter/2020/con/index.html")),
        slug("aux-nul-com1", .inside("nyheter/2020/aux-nul-com1/index.html")),
        slug(String(repeating: "a", count: 201), .refused("\(file):6:7: error: the slug is 201 characters long; it may be at most 200")),
        slug(String(repeating: "a", count: 200), .inside("nyheter/2020/\(String(repeating: "a", count: 200))/index.html")),

        refusedAlias("/../\(m)/"), refusedAlias("/a/../../../\(m)/"), refusedAlias("/..\\\(m)/"), refusedAlias("/%2e%2e/\(m)/"),
        refusedAlias("/%2E%2E%2F\(m)/"), refusedAlias("/a/%2F..%2F..%2F\(m)/"), refusedAlias("C:\\\(m)\\"),
        refusedAlias("file:///tmp/\(m)"), refusedAlias("https://example.se/\(m)/"), refusedAlias("/\(m)%00/"),
        refusedAlias("/\u{2024}\u{2024}/\(m)/"), refusedAlias("/\u{FF0F}\(m)/"), refusedAlias("/a\u{2215}\(m)/"),
        refusedAlias("/.\(m)/"), refusedAlias("/\(m) x/"), alias("/" + String(repeating: "a", count: 256) + "/", .refused(
            "\(file):6:11: error: a part of the old address '/\(String(repeating: "a", count: 59))…' is 256 bytes long; each part between slashes may be at most 255")),
        alias("/con/", .inside("con/index.html")),
        alias("/~\(m)/", .inside("~\(m)/index.html")),
        alias("//evil.example/\(m)/", .inside("evil.example/\(m)/index.html")),
        alias("/%7E\(m)/", .inside("~\(m)/index.html")),
        alias("/\(m)./", .inside("\(m)./index.html")),
        alias("/gammal/\(m).html", .inside("gammal/\(m).html")),

        Case(name: "image ../", frontMatter: "image: \"../\(m).jpg\"\nimage_alt: Bild\n",
             expected: .refused("\(file):6:8: error: the file name '../\(m).jpg' may not contain '..', backslashes or hidden folders")),
        Case(name: "image ..\\", frontMatter: "image: \"..\\\\\(m).jpg\"\nimage_alt: Bild\n",
             expected: .refused("\(file):6:8: error: the file name '..\\\(m).jpg' may not contain '..', backslashes or hidden folders")),
        Case(name: "image /../../etc/passwd", frontMatter: "image: /../../etc/passwd\nimage_alt: Bild\n",
             expected: .refused("\(file):6:8: error: the file name '/../../etc/passwd' may not contain '..', backslashes or hidden folders")),
        Case(name: "image %2e%2e/", frontMatter: "image: \"%2e%2e/\(m).jpg\"\nimage_alt: Bild\n",
             expected: .refused("\(file):6:8: error: the bundle has no file '%2e%2e/\(m).jpg'")),
        Case(name: "attachment /etc/passwd", frontMatter: "attachments:\n  - file: /etc/passwd\n",
             expected: .refused("\(file):7:11: error: there is no file 'static/etc/passwd'")),
        Case(name: "attachment ../../../site.yml", frontMatter: "attachments:\n  - file: ../../../site.yml\n",
             expected: .refused("\(file):7:11: error: the file name '../../../site.yml' may not contain '..', backslashes or hidden folders")),

        Case(name: "bundle file ..\\", bundleFile: "..\\\(m).pdf", expected: .hidden),
        Case(name: "bundle file .htaccess", bundleFile: ".htaccess", expected: .hidden),
        bundleFile("%2e%2e%2f\(m).pdf"), bundleFile("\u{2024}\u{2024}\u{FF0F}\(m).pdf"),
        bundleFile("a\u{2215}\(m).pdf"), bundleFile("con"), bundleFile("\(m).pdf."), bundleFile("\(m).pdf "),
        bundleFile("~\(m)"), bundleFile(String(repeating: "å", count: 127)),
    ]

    /// Every path under `folder`, folders too, relative to it.
    static func listing(_ folder: URL) -> Set<String> {
        Set(FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
    }

    @Test(arguments: cases) func neverOutsideTheOutput(_ testCase: Case) async throws {
        let site = try TestSite(fixture: "tiny", files: [
            Self.file: "---\ntitle: Paket\ndate: 2020-05-01\nkind: projekt\nregions: [Kronoberg]\n" + testCase.frontMatter + "---\n\nText.\n",
        ])
        defer { site.cleanUp() }
        if let name = testCase.bundleFile {
            // A string path: URL would read a backslash in the name as a separator.
            #expect(FileManager.default.createFile(atPath: site.root.path + "/content/2020/paket/" + name, contents: Data("en fil".utf8)))
        }
        let output = site.root.appendingPathComponent("ut/sajt/site")
        let before = Self.listing(site.root)
        let temporary = Set(try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path))
        var diagnostics: [Diagnostic] = []
        do {
            _ = try await site.build(output: output)
        } catch {
            diagnostics = error.diagnostics
        }
        let formatter = DiagnosticFormatter(colours: false)
        let firstLines = diagnostics.errors.map { String(formatter.format($0).prefix { $0 != "\n" }) }
        switch testCase.expected {
        case .inside(let path):
            #expect(diagnostics.errors.isEmpty, "\(firstLines)")
            #expect(FileManager.default.fileExists(atPath: output.path + "/" + path), "\(path)")
        case .hidden:
            #expect(diagnostics.errors.isEmpty, "\(firstLines)")
            #expect(!Self.listing(output).contains { $0.contains(Self.marker) || $0.hasPrefix("nyheter/2020/paket/.") })
        case .refused(let line):
            #expect(firstLines.contains(line), "expected «\(line)» among \(firstLines)")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
        // New paths are the output, the build's own files beside it, and the site's .sitegen/.
        let outside = Self.listing(site.root).subtracting(before).filter { path in
            !(path == "ut" || path == "ut/sajt" || path.hasPrefix("ut/sajt/site") || path == "ut/sajt/.site.lock"
              || path.hasPrefix("ut/sajt/.site.spare") || path == ".sitegen" || path.hasPrefix(".sitegen/"))
        }
        #expect(outside.isEmpty, "written outside the output: \(outside.sorted())")
        let newInTemporary = Set(try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path))
            .subtracting(temporary).filter { $0.contains(Self.marker) }
        #expect(newInTemporary.isEmpty, "\(newInTemporary)")
        let inRoot = try FileManager.default.contentsOfDirectory(atPath: "/").filter { $0.contains(Self.marker) }
        #expect(inRoot.isEmpty, "\(inRoot)")
        // And inside the output, nothing has the marker but where the case put it.
        if case .inside(let path) = testCase.expected {
            let marked = Self.listing(output).filter { $0.contains(Self.marker) && !path.hasPrefix($0) && !$0.hasPrefix(path) }
            #expect(marked.isEmpty, "\(marked.sorted())")
        }
    }
}
