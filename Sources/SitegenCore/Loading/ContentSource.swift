import Foundation

/// One article file found under `content/`, before it is read.
public struct ContentSource: Sendable, Hashable {
    /// Relative to the site folder: `content/2019/mote.md` or `content/2018/smart/index.md`.
    public var relativePath: String
    public var file: URL
    /// The slug the file or bundle name gives, used when front matter has none.
    public var defaultSlug: String
    /// Files of the page bundle, when the article is `index.md` in a folder of its own.
    public var bundleFiles: [BundleFile]
    public var isBundle: Bool

    /// The article at `relativePath` (`content/…`) in `siteRoot`, as the content walk finds it:
    /// `index.md` in a folder below the content folder is a page bundle with `bundleFiles`, named
    /// after its folder; any other `.md` file is an article on its own, named after the file.
    /// `file` is the file's URL when the caller has it: appending a path of several components
    /// to the site folder's URL was 4% of a rebuild, in the content walk.
    static func article(_ relativePath: String, siteRoot: URL, file: URL? = nil, bundleFiles: [BundleFile] = []) -> ContentSource {
        let file = file ?? siteRoot.appendingPathComponent(relativePath)
        let parts = relativePath.split(separator: "/")
        if parts.count > 2, parts.last == "index.md" {
            return ContentSource(relativePath: relativePath, file: file, defaultSlug: slug(fromName: String(parts[parts.count - 2])),
                                 bundleFiles: bundleFiles, isBundle: true)
        }
        return ContentSource(relativePath: relativePath, file: file, defaultSlug: slug(fromName: String(parts.last ?? "")),
                             bundleFiles: [], isBundle: false)
    }

    /// `2019-04-12-industrikommunerna.md` -> `industrikommunerna`: a date prefix in the name is
    /// dropped, as Jekyll does, since the URL pattern carries the date.
    static func slug(fromName name: String) -> String {
        var stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        let bytes = Array(stem.utf8)
        if bytes.count > 11, bytes[4] == 45, bytes[7] == 45, bytes[10] == 45,
           bytes[0..<4].allSatisfy({ (48...57).contains($0) }),
           bytes[5..<7].allSatisfy({ (48...57).contains($0) }),
           bytes[8..<10].allSatisfy({ (48...57).contains($0) }) {
            stem = String(stem.dropFirst(11))
        }
        return Slug.make(stem)
    }
}
