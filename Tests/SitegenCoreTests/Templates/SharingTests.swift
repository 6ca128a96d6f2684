import Foundation
import Testing
@testable import SitegenCore

/// Open Graph and Twitter-card meta on every page, with absolute addresses.
@Suite("Sharing meta")
struct SharingTests {
    /// Every `<meta property|name="..." content="...">` of a page, in order.
    static func meta(_ html: String) -> [(key: String, value: String)] {
        let pattern = try! NSRegularExpression(pattern: #"<meta (?:property|name)="([^"]+)" content="([^"]*)">"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            (String(html[Range(match.range(at: 1), in: html)!]), String(html[Range(match.range(at: 2), in: html)!]))
        }
    }

    static func value(_ key: String, in html: String) -> String? {
        meta(html).first { $0.key == key }?.value
    }

    static func page(_ site: TestSite, _ path: String) throws -> String {
        try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("Every page of the everything fixture has the full set, with absolute addresses")
    func everyPageType() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let pages = Tree.files(site.output).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 25)
        let required = ["og:site_name", "og:title", "og:description", "og:url", "og:type", "og:locale", "og:image",
                        "og:image:alt", "og:image:width", "og:image:height", "twitter:card", "twitter:title",
                        "twitter:description", "twitter:image", "twitter:image:alt"]
        for path in pages {
            let html = try Self.page(site, path)
            // Redirect pages at old addresses only send readers on; they are not shared.
            if html.contains("http-equiv=\"refresh\"") { continue }
            // The editorial report is for the site's editors, not for sharing (and not indexed).
            if path == ReportPage.file { continue }
            let found = Dictionary(Self.meta(html).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            for key in required {
                #expect(found[key]?.isEmpty == false, "\(path): \(key)")
            }
            #expect(found["og:locale"] == "sv_SE")
            #expect(found["og:site_name"] == "Testnytt")
            #expect(html.contains("<link rel=\"canonical\" href=\"\(found["og:url"] ?? "-")\">"), "\(path): og:url is the canonical address")
            #expect(found["og:image"]?.hasPrefix("https://test.example.se/nyheter/") == true, "\(path): absolute image")
            #expect(found["twitter:card"] == "summary_large_image")
            // nyheter/2020/x/index.html is an article; nyheter/ and nyheter/2020/ are the archive.
            let isArticle = path.hasPrefix("nyheter/") && path.split(separator: "/").count == 4
            #expect(found["og:type"] == (isArticle ? "article" : "website"), "\(path)")
            #expect((found["article:published_time"] != nil) == isArticle, "\(path)")
            let script = ParsedJSONLD.scriptBody(inPage: html)
            #expect((script != nil) == (isArticle || path == "index.html"), "\(path): JSON-LD on home and article pages")
            if let script { _ = try ParsedJSONLD(script) }
        }
    }

    @Test("An article's own image is shared, else the site's share_image")
    func articleImageBeforeShareImage() async throws {
        let site = try TestSite(fixture: "everything")
        defer { site.cleanUp() }
        _ = try await site.build()
        let report = try Self.page(site, "nyheter/2020/rapport-om-industrin/index.html")
        #expect(Self.value("og:image", in: report) == "https://test.example.se/nyheter/nyheter/2020/rapport-om-industrin/diagram.png")
        #expect(Self.value("og:image:alt", in: report) == "Stapeldiagram över hur många företag som behöver stöd, per kvartal")
        #expect(Self.value("og:image:width", in: report) == "8")
        #expect(Self.value("og:image:height", in: report) == "4")
        #expect(Self.value("twitter:image", in: report) == Self.value("og:image", in: report))
        #expect(Self.value("article:modified_time", in: report) == "2020-07-10T00:00:00+02:00")
        #expect(Self.value("article:section", in: report) == "Rapport")
        #expect(Self.meta(report).filter { $0.key == "article:tag" }.map(\.value) == ["Covid-19", "Enkät", "SME"])
        let interview = try Self.page(site, "nyheter/2019/manga-dorrar/index.html")
        #expect(Self.value("og:image", in: interview) == "https://test.example.se/nyheter/bilder/logga.png")
        #expect(Self.value("og:image:alt", in: interview) == "Testnytts logotyp, en blå fyrkant")
        #expect(Self.value("og:title", in: interview) == "Många dörrar leder rätt", "without the site's name")
        let expired = try Self.page(site, "nyheter/2020/krisstod/index.html")
        #expect(Self.value("article:expiration_time", in: expired) == "2020-12-31T00:00:00+01:00")
    }

    @Test("Without a share image: summary cards, and SVG article images are not shared")
    func withoutShareImage() async throws {
        let site = try TestSite(fixture: "tiny", files: [
            "static/bilder/karta.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "content/karta.md": "---\ntitle: Karta\ndate: 2020-02-03\nkind: projekt\nregions: [Kronoberg]\nimage: /bilder/karta.svg\nimage_alt: En karta\n---\n\nText.\n",
            "content/extern.md": "---\ntitle: Extern\ndate: 2020-02-04\nkind: projekt\nregions: [Kronoberg]\nimage: https://bilder.example.org/foto.jpg?w=1200\nimage_alt: Ett foto\n---\n\nText.\n",
        ])
        defer { site.cleanUp() }
        _ = try await site.build()
        let map = try Self.page(site, "nyheter/2020/karta/index.html")
        #expect(Self.value("twitter:card", in: map) == "summary")
        #expect(Self.value("og:image", in: map) == nil)
        #expect(Self.value("twitter:image", in: map) == nil)
        let external = try Self.page(site, "nyheter/2020/extern/index.html")
        #expect(Self.value("og:image", in: external) == "https://bilder.example.org/foto.jpg?w=1200", "an https image is used as it is")
        #expect(Self.value("og:image:width", in: external) == nil, "its size is not known")
        #expect(Self.value("twitter:card", in: external) == "summary_large_image")
        let home = try Self.page(site, "index.html")
        #expect(Self.value("twitter:card", in: home) == "summary")
        #expect(Self.value("og:title", in: home) == "Liten")
    }

    @Test("og:locale from the site's language", arguments: [
        ("sv", "sv_SE"), ("en", "en_GB"), ("sv-FI", "sv_FI"), ("en_US", "en_US"), ("EN-us", "en_US"),
        ("fi", "fi_FI"), ("nb", "nb_NO"), ("xx", nil), ("svenska", nil), ("", nil),
    ] as [(String, String?)])
    func locale(_ language: String, _ expected: String?) {
        #expect(OpenGraphLocale.of(language: language) == expected)
    }

    @Test("Absolute addresses of files: under the base path, percent-encoded; https as it is")
    func absoluteFileURLs() {
        let config = ModelSamples.config()
        let page = SitePath("/nyheter/2020/x/")!
        #expect(config.absoluteURL(.bundle(relativePath: "bilder/bild å.jpg"), page: page)
                == "https://test.example.se/nyheter/nyheter/2020/x/bilder/bild%20%C3%A5.jpg")
        #expect(config.absoluteURL(.site(path: "/bilder/dela.png"), page: page) == "https://test.example.se/nyheter/bilder/dela.png")
        #expect(config.absoluteURL(.external(url: "https://example.org/a b.png"), page: page) == "https://example.org/a b.png")
        #expect(config.absoluteURL(file: ["a&b#c?.pdf"]) == "https://test.example.se/nyheter/a%26b%23c%3F.pdf")
        #expect(config.absoluteURL(page) == "https://test.example.se/nyheter/nyheter/2020/x/")
    }
}
