import Foundation
import Testing
@testable import SitegenPreview

/// What the preview answers, on a small built site in a temporary folder.
@Suite struct PreviewResponderTests {
    static let site = [
        "site/index.html": "<html><body><h1>Start</h1></body></html>",
        "site/amnen/export/index.html": "<html><body>Export</body></html>",
        "site/404.html": "<html><body>Sidan finns inte</body></html>",
        "site/css/site.css": "body{}",
        "site/feed.xml": "<feed/>",
        "site/bilder/en bild.png": "png",
        "site.yml": "hemligt",
    ]

    func withSite(basePath: String = "/", _ body: (PreviewResponder, TempFolder) throws -> Void) throws {
        let folder = try TempFolder(Self.site)
        defer { folder.remove() }
        try body(PreviewResponder(folder: PreviewFolder(root: folder.url.appendingPathComponent("site"), basePath: basePath)), folder)
    }

    func text(_ response: PreviewResponse) -> String { String(decoding: response.data, as: UTF8.self) }

    @Test func prettyURLsServeTheFoldersIndex() throws {
        try withSite { responder, _ in
            let page = responder.respond(method: "GET", rawPath: "/amnen/export/")
            #expect(page.status == 200)
            #expect(page.headers["Content-Type"] == "text/html; charset=utf-8")
            #expect(text(page) == "<html><body>Export\(LiveScript.tag)</body></html>")
            #expect(responder.respond(method: "GET", rawPath: "/").status == 200)
            let bare = responder.respond(method: "GET", rawPath: "/amnen/export")
            #expect(bare.status == 301)
            #expect(bare.headers["Location"] == "/amnen/export/")
        }
    }

    @Test func otherFilesAsTheyAreWithTheirType() throws {
        try withSite { responder, _ in
            let css = responder.respond(method: "GET", rawPath: "/css/site.css")
            #expect(css.status == 200 && css.headers["Content-Type"] == "text/css; charset=utf-8")
            #expect(text(css) == "body{}")
            let feed = responder.respond(method: "GET", rawPath: "/feed.xml")
            #expect(text(feed) == "<feed/>", "the script goes only into HTML")
            #expect(feed.headers["Content-Type"] == "application/xml; charset=utf-8")
            let image = responder.respond(method: "HEAD", rawPath: "/bilder/en%20bild.png")
            #expect(image.status == 200 && image.headers["Content-Type"] == "image/png")
            #expect(image.headers["Cache-Control"] == "no-store")
            let script = responder.respond(method: "GET", rawPath: LiveScript.path)
            #expect(script.headers["Content-Type"] == "text/javascript; charset=utf-8" && text(script) == LiveScript.source)
        }
    }

    @Test func missingPagesGetTheSites404WithStatus404() throws {
        try withSite { responder, folder in
            let missing = responder.respond(method: "GET", rawPath: "/finns/inte/")
            #expect(missing.status == 404)
            #expect(text(missing) == "<html><body>Sidan finns inte\(LiveScript.tag)</body></html>")
            try FileManager.default.removeItem(at: folder.url.appendingPathComponent("site/404.html"))
            let bare = responder.respond(method: "GET", rawPath: "/finns-inte.css")
            #expect(bare.status == 404 && text(bare).contains(LiveScript.tag))
        }
    }

    @Test(arguments: ["/../site.yml", "/%2e%2e/site.yml", "/css/..%2f..%2fsite.yml", "/css%2f..%2f..%2fsite.yml"])
    func nothingOutsideTheFolder(path: String) throws {
        try withSite { responder, _ in
            let response = responder.respond(method: "GET", rawPath: path)
            #expect(response.status == 400)
            #expect(!text(response).contains("hemligt"))
        }
    }

    @Test func symbolicLinksOutOfTheFolderAreNotFollowed() throws {
        try withSite { responder, folder in
            try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("site/ut.txt"),
                                                       withDestinationURL: folder.url.appendingPathComponent("site.yml"))
            let response = responder.respond(method: "GET", rawPath: "/ut.txt")
            #expect(response.status == 404)
            #expect(!text(response).contains("hemligt"))
        }
    }

    @Test func theBasePathIsServedToo() throws {
        try withSite(basePath: "/nyheter/") { responder, _ in
            #expect(text(responder.respond(method: "GET", rawPath: "/nyheter/amnen/export/")).contains("Export"))
            #expect(text(responder.respond(method: "GET", rawPath: "/amnen/export/")).contains("Export"))
            #expect(responder.respond(method: "GET", rawPath: "/nyheter").headers["Location"] == "/nyheter/")
        }
    }

    @Test func onlyGetAndHead() throws {
        try withSite { responder, _ in
            let response = responder.respond(method: "POST", rawPath: "/")
            #expect(response.status == 405 && response.headers["Allow"] == "GET, HEAD")
        }
    }
}
