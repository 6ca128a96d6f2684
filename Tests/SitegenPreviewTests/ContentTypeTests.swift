import Testing
@testable import SitegenPreview

@Suite struct ContentTypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("site.css", "text/css; charset=utf-8"),
        ("sok.js", "text/javascript; charset=utf-8"),
        ("feed.xml", "application/xml; charset=utf-8"),
        ("feed.json", "application/json"),
        ("favicon.svg", "image/svg+xml"),
        ("karta.png", "image/png"),
        ("foto.jpg", "image/jpeg"),
        ("FOTO.JPEG", "image/jpeg"),
        ("foto.webp", "image/webp"),
        ("rapport.pdf", "application/pdf"),
        ("font.woff2", "font/woff2"),
        ("robots.txt", "text/plain; charset=utf-8"),
        ("okänd.xyz", "application/octet-stream"),
        ("README", "application/octet-stream"),
    ])
    func byExtension(file: String, type: String) {
        #expect(ContentType.of(fileName: file) == type)
    }
}
