import Foundation

/// One article file found under `content/`, before it is read.
public struct ContentSource: Sendable, Hashable {
    /// Relative to the site folder: `content/2019/mote.md` or `content/2018/smart/index.md`.
    public var relativePath: String
    /// The file's absolute path. Kept as text: the content walk finds 10,000 files, most of
    /// which a rebuild only `lstat`s (``FileStamp``), and making a `URL` of each was a third of
    /// the walk, which runs on one core.
    public var path: String
    /// The file, made from ``path`` when it is read.
    public var file: URL { URL(fileURLWithPath: path, isDirectory: false) }
    /// The slug the file or bundle name gives, used when front matter has none.
    public var defaultSlug: String
    /// Files of the page bundle, when the article is `index.md` in a folder of its own.
    public var bundleFiles: [BundleFile]
    public var isBundle: Bool

    /// The article at `relativePath` (`content/…`) in `siteRoot`, as the content walk finds it:
    /// `index.md` in a folder below the content folder is a page bundle with `bundleFiles`, named
    /// after its folder; any other `.md` file is an article on its own, named after the file.
    /// `path` is the file's absolute path when the caller has it (the content walk does):
    /// otherwise it is made from the site folder's URL.
    static func article(_ relativePath: String, siteRoot: URL, path: String? = nil, bundleFiles: [BundleFile] = []) -> ContentSource {
        let path = path ?? siteRoot.appendingPathComponent(relativePath).path
        // The last two names, found in the UTF-8: splitting the path into Characters was a
        // fifth of the content walk.
        let utf8 = relativePath.utf8
        let slash = UInt8(ascii: "/")
        let nameStart = utf8.lastIndex(of: slash).map(utf8.index(after:)) ?? utf8.startIndex
        let name = String(relativePath[nameStart...])
        let folders = utf8[..<nameStart].dropLast()
        if name == "index.md", let parentSlash = folders.lastIndex(of: slash) {
            // Three names at least: `content/FOLDER/index.md` is a bundle, `content/index.md` is not.
            let parent = String(relativePath[utf8.index(after: parentSlash)..<folders.endIndex])
            return ContentSource(relativePath: relativePath, path: path, defaultSlug: slug(fromName: parent),
                                 bundleFiles: bundleFiles, isBundle: true)
        }
        return ContentSource(relativePath: relativePath, path: path, defaultSlug: slug(fromName: name),
                             bundleFiles: [], isBundle: false)
    }

    init(relativePath: String, path: String, defaultSlug: String, bundleFiles: [BundleFile], isBundle: Bool) {
        self.relativePath = relativePath
        self.path = path
        self.defaultSlug = defaultSlug
        self.bundleFiles = bundleFiles
        self.isBundle = isBundle
    }

    public init(relativePath: String, file: URL, defaultSlug: String, bundleFiles: [BundleFile], isBundle: Bool) {
        self.init(relativePath: relativePath, path: file.path, defaultSlug: defaultSlug, bundleFiles: bundleFiles, isBundle: isBundle)
    }

    /// `2019-04-12-industrikommunerna.md` -> `industrikommunerna`: a date prefix in the name is
    /// dropped, as Jekyll does, since the URL pattern carries the date.
    static func slug(fromName name: String) -> String {
        Slug.make(undated(name.hasSuffix(".md") ? String(name.dropLast(3)) : name))
    }

    /// `2021-02-09-spillvarme` -> `spillvarme`: a file name without the date in front of it
    /// (YYYY-MM-DD and a hyphen); any other name as it is.
    static func undated(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > 11, bytes[4] == 45, bytes[7] == 45, bytes[10] == 45,
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ (48...57).contains(bytes[$0]) }) else { return name }
        return String(decoding: bytes[11...], as: UTF8.self)
    }
}
