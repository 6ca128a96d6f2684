import Foundation

/// Absolute addresses, for what is read outside the site: canonical links, Open Graph and
/// JSON-LD. Links between pages stay relative (``Linker``).
extension SiteConfig {
    /// The absolute URL of a page.
    public func absoluteURL(_ path: SitePath) -> String {
        baseURL + path.segments.map { $0 + "/" }.joined()
    }

    /// The absolute URL of a published file, by its path from the site root
    /// (`["nyheter", "2020", "x", "omslag.jpg"]`). Each segment is percent-encoded, so a file
    /// named `bild å.jpg` gives `bild%20%C3%A5.jpg`.
    public func absoluteURL(file components: [String]) -> String {
        baseURL + components.map(PathSegmentEncoding.encode).joined(separator: "/")
    }

    /// Where an image or attachment is published: a bundle file beside the page at `page`, a
    /// file from `static/`, or an external `https://` address, which is used as it is.
    public func absoluteURL(_ reference: AssetReference, page: SitePath) -> String {
        switch reference {
        case .external(let url): url
        case .site(let path): absoluteURL(file: path.split(separator: "/").map(String.init))
        case .bundle(let relative): absoluteURL(file: page.segments + relative.split(separator: "/").map(String.init))
        }
    }
}
