import Testing
@testable import SitegenPreview

/// Request paths to segments, and every way out of the folder refused, from a table.
@Suite struct RequestPathTests {
    @Test(arguments: [
        ("/", [], true),
        ("/amnen/export/", ["amnen", "export"], true),
        ("/amnen/export", ["amnen", "export"], false),
        ("/css/site.css?v=2#x", ["css", "site.css"], false),
        ("//amnen//export/", ["amnen", "export"], true),
        ("/regioner/%C3%B6rebro/", ["regioner", "örebro"], true),
        ("/bilder/en%20bild.jpg", ["bilder", "en bild.jpg"], false),
        ("/.well-known/security.txt", [".well-known", "security.txt"], false),
    ] as [(String, [String], Bool)])
    func mapsToSegments(raw: String, segments: [String], isFolder: Bool) {
        #expect(RequestPath(raw: raw) == RequestPath(segments: segments, isFolder: isFolder))
    }

    @Test(arguments: [
        "/../site.yml",
        "/amnen/../../site.yml",
        "/%2e%2e/site.yml",
        "/%2E%2E/site.yml",
        "/.%2e/site.yml",
        "/css/..%2f..%2fsite.yml",
        "/css/%2e%2e%2f%2e%2e%2fsite.yml",
        "/css%2f..%2f..%2fsite.yml",
        "/a%2fb",
        "/css/..%5c..%5csite.yml",
        "/./index.html",
        "/index.html%00.css",
        "/%zz",
        "site.yml",
        "",
    ])
    func refusesWaysOut(raw: String) {
        #expect(RequestPath(raw: raw) == nil)
    }

    @Test func encodesAgainForALocation() {
        #expect(RequestPath(segments: ["regioner", "örebro"], isFolder: true).encoded == "/regioner/%C3%B6rebro/")
        #expect(RequestPath(segments: [], isFolder: true).encoded == "/")
        #expect(RequestPath(segments: ["a b"], isFolder: false).encoded == "/a%20b")
    }

    @Test func dropsTheBasePath() {
        let path = RequestPath(raw: "/nyheter/amnen/export/")!
        #expect(path.removingBase(["nyheter"]) == RequestPath(segments: ["amnen", "export"], isFolder: true))
        #expect(RequestPath(raw: "/nyheter")!.removingBase(["nyheter"]) == RequestPath(segments: [], isFolder: false))
        #expect(RequestPath(raw: "/amnen/")!.removingBase(["nyheter"]) == RequestPath(segments: ["amnen"], isFolder: true))
    }
}
