import Testing
@testable import SitegenCore

@Suite("Site paths and URL patterns")
struct SitePathTests {
    static func path(_ text: String) -> SitePath {
        SitePath(text)!
    }

    @Test("Parsing: slashes at either end are optional, empty segments are dropped", arguments: [
        ("/a/b/", ["a", "b"]), ("a/b", ["a", "b"]), ("//a///b//", ["a", "b"]), ("/", []), ("", []),
        ("/nyheter/2019/möte/", ["nyheter", "2019", "möte"]),
    ])
    func parse(text: String, segments: [String]) throws {
        let path = try #require(SitePath(text))
        #expect(path.segments == segments)
    }

    @Test("Unsafe segments are refused", arguments: [
        "/a/../b/", "/../", "..", "/a/./b/", ".", "/a\\b/", "\\", "/a\0b/", "/a/..",
    ])
    func unsafeStrings(text: String) {
        #expect(SitePath(text) == nil)
    }

    /// A slash or backslash followed by a combining mark is one `Character` but still a
    /// separator to the file system.
    @Test("Unsafe segment arrays are refused, including empty and slashed segments", arguments: [
        [""], ["a", ""], [".."], ["."], ["a/b"], ["a\\b"], ["a\0"], ["a/\u{301}b"], ["\\\u{308}"], ["x", "/\u{20DD}"],
    ])
    func unsafeSegments(segments: [String]) {
        #expect(SitePath(segments: segments) == nil)
    }

    @Test("Dots inside a name are fine")
    func dotsInNames() {
        #expect(SitePath("/filer/rapport.pdf/")?.segments == ["filer", "rapport.pdf"])
        #expect(SitePath("/..a/")?.segments == ["..a"])
        #expect(SitePath("/.../")?.segments == ["..."])
    }

    @Test("description always starts and ends with /")
    func description() {
        #expect(SitePath.root.description == "/")
        #expect(Self.path("a/b").description == "/a/b/")
        #expect(SitePath(segments: ["regioner", "kronoberg"])?.description == "/regioner/kronoberg/")
    }

    @Test("appending checks the new segments")
    func appending() {
        #expect(Self.path("/amnen/").appending("export")?.description == "/amnen/export/")
        #expect(Self.path("/amnen/").appending("sida", "2")?.description == "/amnen/sida/2/")
        #expect(Self.path("/amnen/").appending("..") == nil)
        #expect(Self.path("/amnen/").appending("a/b") == nil)
    }

    @Test("indexFile is the page's file inside the output folder")
    func indexFile() {
        #expect(SitePath.root.indexFile == "index.html")
        #expect(Self.path("/regioner/kronoberg/").indexFile == "regioner/kronoberg/index.html")
        #expect(SitePath(segments: ["år", "blåbär 🇸🇪", String(repeating: "x", count: 40)])?.indexFile
                == "år/blåbär 🇸🇪/" + String(repeating: "x", count: 40) + "/index.html")
    }

    @Test("relative(from:) links between pages", arguments: [
        ("/a/b/", "/a/b/", "./"),                   // same page
        ("/", "/", "./"),                           // root to itself
        ("/a/b/", "/a/", "../"),                    // to the parent
        ("/a/b/", "/a/c/", "../c/"),                // to a sibling
        ("/nyheter/2019/mote/", "/", "../../../"),  // deep to root
        ("/a/b/", "/", "../../"),
        ("/", "/regioner/kronoberg/", "regioner/kronoberg/"), // root to deep
        ("/a/", "/a/b/c/", "b/c/"),                 // to a descendant
        ("/nyheter/2019/mote/", "/amnen/export/", "../../../amnen/export/"),
        ("/a/b/c/", "/a/x/y/", "../../x/y/"),
        ("/a/b/", "/a/bb/", "../bb/"),              // segment-wise, not character-wise
        ("/a/b/", "/åäö/ämne-é/", "../../åäö/ämne-é/"), // letters of two bytes
    ])
    func relative(from: String, to: String, link: String) {
        #expect(Self.path(to).relative(from: Self.path(from)) == link)
    }

    @Test("Paths order segment by segment")
    func ordering() {
        let sorted = ["/b/", "/a/b/", "/", "/a/", "/a/a/"].map(Self.path).sorted()
        #expect(sorted.map(\.description) == ["/", "/a/", "/a/a/", "/a/b/", "/b/"])
    }

    // MARK: - URLPattern

    @Test("expand fills every placeholder")
    func expand() {
        let values = ["year": "2019", "month": "04", "day": "11", "slug": "mote", "kind": "projekt"]
        #expect(URLPattern.expand("/nyheter/{year}/{slug}/", values)?.description == "/nyheter/2019/mote/")
        #expect(URLPattern.expand("/{kind}/{year}/{month}/{day}/{slug}/", values)?.description == "/projekt/2019/04/11/mote/")
        #expect(URLPattern.expand("/{slug}-{year}/", values)?.description == "/mote-2019/")
        #expect(URLPattern.expand("/{slug}/{slug}/", values)?.description == "/mote/mote/")
        #expect(URLPattern.expand("/om/", values)?.description == "/om/")
    }

    @Test("expand fails for an unfilled placeholder or an unsafe result")
    func expandFailures() {
        #expect(URLPattern.expand("/nyheter/{year}/{slug}/", ["slug": "mote"]) == nil)
        #expect(URLPattern.expand("/{nope}/", ["slug": "x"]) == nil)
        #expect(URLPattern.expand("/a/{slug/", ["slug": "x"]) == nil)
        #expect(URLPattern.expand("/a/{}/", ["slug": "x"]) == nil)
        #expect(URLPattern.expand("/a/{slug}/", ["slug": ".."]) == nil)
        #expect(URLPattern.expand("/a/{slug}/", ["slug": "x\\y"]) == nil)
        #expect(URLPattern.expand("/a/{slug}/", ["slug": "{year}"]) == nil)
    }

    @Test("overview is the folder before {slug}", arguments: [
        ("/amnen/{slug}/", "/amnen/"),
        ("/regioner/{slug}/", "/regioner/"),
        ("/a/b/{slug}/", "/a/b/"),
        ("/{slug}/", "/"),
    ])
    func overview(pattern: String, expected: String) {
        #expect(URLPattern.overview(of: pattern)?.description == expected)
    }

    @Test("A pattern without {slug} has no overview")
    func noOverview() {
        #expect(URLPattern.overview(of: "/amnen/") == nil)
        #expect(URLPattern.overview(of: "/amnen/{year}/") == nil)
    }
}
