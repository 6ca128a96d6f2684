import Foundation
import Testing
@testable import SitegenCore

/// `share_image`, `share_image_alt` and each kind's `schema` in site.yml.
@Suite("site.yml: sharing settings")
struct SharingConfigTests {
    /// Loads `minimal` plus `extra` in a site folder that has `static/bilder/dela.png` (3 × 2).
    static func load(_ extra: String) throws -> (SiteConfig?, [Diagnostic]) {
        let site = try TestSite(files: [:])
        defer { site.cleanUp() }
        try site.write("static/bilder/dela.png", Self.png(width: 3, height: 2))
        return SiteConfigLoader.load(SourceText(path: "site.yml", text: SiteConfigLoaderTests.minimal + extra), siteRoot: site.root)
    }

    /// The start of a PNG: enough for its size to be read.
    static func png(width: UInt8, height: UInt8) -> Data {
        Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
              0, 0, 0, width, 0, 0, 0, height, 8, 2, 0, 0, 0])
    }

    @Test("A share image from static/ is checked and measured")
    func shareImageFromStatic() throws {
        let (config, problems) = try Self.load("share_image: /bilder/dela.png\nshare_image_alt: Logotypen\n")
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let image = try #require(config?.shareImage)
        #expect(image.source == .site(path: "/bilder/dela.png"))
        #expect(image.alt == "Logotypen")
        #expect(image.width == 3)
        #expect(image.height == 2)
    }

    @Test("An https share image is used as it is")
    func shareImageFromElsewhere() throws {
        let (config, problems) = try Self.load("share_image: https://cdn.example.se/dela.jpg\nshare_image_alt: Logotypen\n")
        #expect(problems.isEmpty)
        #expect(config?.shareImage?.source == .external(url: "https://cdn.example.se/dela.jpg"))
        #expect(config?.shareImage?.width == nil)
    }

    @Test("No share image by default")
    func noShareImage() throws {
        let (config, problems) = try Self.load("")
        #expect(problems.isEmpty)
        #expect(config != nil && config?.shareImage == nil)
    }

    @Test("Mistakes in the share image are located errors", arguments: [
        ("share_image: /bilder/dela.jpg\nshare_image_alt: Logotypen\n",
         "site.yml:10:14: there is no file 'static/bilder/dela.jpg'", "did you mean '/bilder/dela.png'?"),
        ("share_image: /saknas/x.png\nshare_image_alt: Logotypen\n",
         "site.yml:10:14: there is no file 'static/saknas/x.png'", "a path starting with '/' names a file in the static/ folder"),
        ("share_image: bilder/dela.png\nshare_image_alt: Logotypen\n",
         "site.yml:10:14: share_image must be a file in static/, written from the site's root, or an https:// address",
         "write e.g. share_image: /bilder/dela.png for static/bilder/dela.png"),
        ("share_image: /../site.yml\nshare_image_alt: Logotypen\n",
         "site.yml:10:14: share_image must be a file in static/, written from the site's root, or an https:// address",
         "write e.g. share_image: /bilder/dela.png for static/bilder/dela.png"),
        ("share_image: /bilder/dela.png\n",
         "site.yml:10:1: the share image has no alternative text",
         "add a line share_image_alt: with what the image shows, for readers who cannot see it"),
    ] as [(String, String, String)])
    func shareImageMistakes(_ extra: String, _ message: String, _ hint: String) throws {
        let (config, problems) = try Self.load(extra)
        #expect(config == nil)
        let error = try #require(problems.errors.first)
        let place = try #require(error.location)
        #expect("\(place.file):\(place.line):\(place.column): \(error.message)" == message)
        #expect(error.hint == hint)
    }

    @Test("An SVG share image or an alt without image are warnings")
    func shareImageWarnings() throws {
        let svg = try TestSite(files: ["static/logga.svg": "<svg/>"])
        defer { svg.cleanUp() }
        let (config, problems) = SiteConfigLoader.load(SourceText(path: "site.yml", text: SiteConfigLoaderTests.minimal
            + "share_image: /logga.svg\nshare_image_alt: Logotypen\n"), siteRoot: svg.root)
        #expect(config?.shareImage != nil)
        #expect(problems.map(\.message) == ["social media do not show SVG images, so the share image will not be seen"])
        let (_, lonely) = try Self.load("share_image_alt: Logotypen\n")
        #expect(lonely.map(\.message) == ["'share_image_alt' is given but there is no 'share_image'"])
        #expect(lonely.first?.severity == .warning)
    }

    @Test("Each kind's schema: written in any case, or by default from its key")
    func schemas() throws {
        let kinds = """
            title: Sajt
            base_url: https://example.se/
            kinds:
              - key: projekt
                singular: Projekt
              - key: rapport
                singular: Rapport
              - key: moten
                singular: Möte
                schema: event
              - key: krisstod
                singular: Krisstöd
                schema: NewsArticle
            regions:
              - name: Gotland
            """
        let (config, problems) = SiteConfigLoader.load(SourceText(path: "site.yml", text: kinds))
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        #expect(config?.kinds.map(\.schema) == [.newsArticle, .report, .event, .newsArticle])
    }

    @Test("An unknown schema is an error with the list")
    func unknownSchema() throws {
        let text = SiteConfigLoaderTests.minimal.replacingOccurrences(of: "    singular: Projekt\n",
                                                                      with: "    singular: Projekt\n    schema: NewsArtikel\n")
        let (config, problems) = SiteConfigLoader.load(SourceText(path: "site.yml", text: text))
        #expect(config == nil)
        let error = try #require(problems.errors.first)
        #expect(error.message == "'NewsArtikel' is not a schema sitegen can write")
        #expect(error.location?.line == 6)
        #expect(error.hint == "did you mean 'NewsArticle'? the schemas are: NewsArticle, Event, Report, SpecialAnnouncement")
    }
}
