/// Makes the URLs one page links to: relative to that page, so the site works under any base
/// path and when opened from disk; root-relative under the base path for pages served at any
/// address (the 404 page).
struct Linker: Sendable {
    /// The page being rendered, or `nil` for a page that may be served at any address.
    let page: SitePath?
    let basePath: String

    func url(_ path: SitePath) -> String {
        guard let page else { return basePath + path.segments.map { $0 + "/" }.joined() }
        return path.relative(from: page)
    }

    /// A file by its path from the site root: `css/site.css`, `nyheter/2019/x/foto.jpg`.
    func file(_ components: [String]) -> String {
        let folder = SitePath(checkedSegments: Array(components.dropLast()))
        let name = components.last ?? ""
        let base = url(folder)
        return (base == "./" ? "" : base) + name
    }

    func asset(_ reference: AssetReference, of article: Article) -> String {
        switch reference {
        case .external(let url): return url
        case .site(let path): return file(path.split(separator: "/").map(String.init))
        case .bundle(let relative): return file(article.path.segments + relative.split(separator: "/").map(String.init))
        }
    }
}
