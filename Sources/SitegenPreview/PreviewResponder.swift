import Foundation

/// Answers a GET or HEAD for a path as the published site would, from the preview folder:
/// files with their content type, folders by their `index.html`, the site's `404.html` with
/// status 404, and every HTML page with ``LiveScript`` injected. Nothing is cached, by the
/// server or (`Cache-Control: no-store`) by the browser, so a reload shows the new build.
public struct PreviewResponder: Sendable {
    public var folder: PreviewFolder

    public init(folder: PreviewFolder) {
        self.folder = folder
    }

    public func respond(method: String, rawPath: String) -> PreviewResponse {
        guard method == "GET" || method == "HEAD" else {
            return text(405, "Förhandsvisningen svarar bara på GET och HEAD.\n", extra: ["Allow": "GET, HEAD"])
        }
        if rawPath.split(separator: "?").first == Substring(LiveScript.path) {
            return PreviewResponse(status: 200, headers: headers(ContentType.of(fileName: "live.js")),
                                   body: .data(Data(LiveScript.source.utf8)))
        }
        guard let path = RequestPath(raw: rawPath) else {
            return text(400, "Adressen pekar utanför webbplatsen.\n")
        }
        switch folder.find(path) {
        case .file(let url):
            return file(url, status: 200)
        case .redirect(let location):
            return PreviewResponse(status: 301, headers: headers("text/plain; charset=utf-8").merging(["Location": location]) { $1 },
                                   body: .data(Data()))
        case .notFound:
            if let page = folder.notFoundPage { return file(page, status: 404) }
            // HTML, so the live script comes too: before a first good build this page is
            // where a failed build's overlay shows.
            return PreviewResponse(status: 404, headers: headers(ContentType.html), body: .data(LiveScript.inject(into: Data(Self.missingPage.utf8))))
        }
    }

    private func file(_ url: URL, status: Int) -> PreviewResponse {
        let type = ContentType.of(fileName: url.lastPathComponent)
        if type == ContentType.html {
            let html = (try? Data(contentsOf: url)) ?? Data()
            return PreviewResponse(status: status, headers: headers(type), body: .data(LiveScript.inject(into: html)))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        return PreviewResponse(status: status, headers: headers(type), body: .file(url, size: size))
    }

    static let missingPage = """
        <!DOCTYPE html>
        <html lang="sv"><head><meta charset="utf-8"><title>Sidan finns inte</title></head>
        <body><h1>Sidan finns inte i förhandsvisningen</h1><p>Webbplatsen har ingen sådan sida, och ingen 404.html.</p></body></html>

        """

    private func text(_ status: Int, _ message: String, extra: [String: String] = [:]) -> PreviewResponse {
        PreviewResponse(status: status, headers: headers("text/plain; charset=utf-8").merging(extra) { $1 },
                        body: .data(Data(message.utf8)))
    }

    private func headers(_ type: String) -> [String: String] {
        ["Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"]
    }
}
