import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the articles under `content/`: `*.md` files and page bundles (`index.md` with its files).
///
/// The walk is sorted so builds do not depend on the file system's order. Hidden files are never
/// published: tools' litter (``HiddenName``) is skipped without a word, any other name starting
/// with `.` with a warning. Symbolic links that lead outside the site folder are refused, never
/// followed.
public struct ContentWalker {
    public let siteRoot: URL
    public let contentFolder: String

    public init(siteRoot: URL, contentFolder: String = "content") {
        self.siteRoot = siteRoot.standardizedFileURL
        self.contentFolder = contentFolder
    }

    public func walk() -> (sources: [ContentSource], diagnostics: [Diagnostic]) {
        var sources: [ContentSource] = []
        var diagnostics: [Diagnostic] = []
        let root = siteRoot.appendingPathComponent(contentFolder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(.error("there is no folder '\(contentFolder)/' with articles",
                                      at: nil, hint: "create it and put the articles (*.md) in it, or give --source"))
            return (sources, diagnostics)
        }
        visit(root, relative: contentFolder, into: &sources, &diagnostics)
        return (sources, diagnostics)
    }

    private enum Entry { case file, directory, refused }

    /// What `readdir` said an entry is, when it said (``DT_REG`` or ``DT_DIR``), else one
    /// `lstat`: FileManager's `attributesOfItem` also looked up owner and group names and built a
    /// dictionary, most of the walk's time for 10,000 articles.
    private func classify(_ path: String, type hint: UInt8, relative: String, _ diagnostics: inout [Diagnostic]) -> Entry {
        if hint == UInt8(DT_REG) { return .file }
        if hint == UInt8(DT_DIR) { return .directory }
        let fm = FileManager.default
        var status = stat()
        guard lstat(path, &status) == 0 else { return .refused }
        let type = status.st_mode & S_IFMT
        if type == S_IFLNK {
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL
            guard target.path.hasPrefix(siteRoot.path + "/") else {
                diagnostics.append(.error(
                    "'\(relative)' is a symbolic link to '\(target.path)', outside the site folder; it is not followed",
                    at: SourceLocation(file: relative),
                    hint: "copy the file into the site folder instead of linking to it"))
                return .refused
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return .refused }
            if isDirectory.boolValue {
                diagnostics.append(.warning("'\(relative)' is a symbolic link to a folder; it is not followed",
                                            at: SourceLocation(file: relative), hint: "move the folder here instead"))
                return .refused
            }
            return .file
        }
        return type == S_IFDIR ? .directory : .file
    }

    /// The names in `directory`, sorted, without hidden ones: a warning for each that is not
    /// tools' litter, since a writer may have meant to publish it.
    private func children(of directory: URL, relative: String, bundle: String?,
                          _ diagnostics: inout [Diagnostic]) -> [(name: String, type: UInt8)] {
        let names = FolderEntries.list(directory.path).sorted { $0.name < $1.name }
        return names.filter { name, _ in
            switch HiddenName(name) {
            case .notHidden: return true
            case .toolLitter: return false
            case .hidden:
                let path = relative + "/" + name
                var status = stat()
                let isFolder = lstat(directory.appendingPathComponent(name).path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
                diagnostics.append(hiddenWarning(path: path, name: name, isFolder: isFolder, bundle: bundle))
                return false
            }
        }
    }

    /// The warning for a hidden name a writer may have meant to publish, with how to publish it.
    private func hiddenWarning(path: String, name: String, isFolder: Bool, bundle: String?) -> Diagnostic {
        let visible = String(name.drop { $0 == "." })
        let what = isFolder ? "'\(path)/' starts with '.', so it is a hidden folder and nothing in it is published"
            : "'\(path)' starts with '.', so it is a hidden file and is not published" + (bundle == nil ? "" : " with the page bundle")
        let away = bundle.map { "out of the page bundle '\($0)/'" } ?? "out of \(contentFolder)/"
        if bundle == nil, !isFolder, !visible.hasSuffix(".md") {
            // Without the dot it would still be neither an article nor a bundle's file.
            return .warning(what, at: SourceLocation(file: path),
                            hint: "to publish it, put it in a page bundle or in static/ without the leading dot; or move it \(away) if it is not meant for the site")
        }
        let rename = visible.isEmpty ? "rename it without the leading dot" : "rename it without the leading dot, '\(visible)',"
        return .warning(what, at: SourceLocation(file: path),
                        hint: "\(rename) to publish \(isFolder ? "what is in it" : "it"), or move it \(away) if it is not meant for the site")
    }

    private func visit(_ directory: URL, relative: String, into sources: inout [ContentSource], _ diagnostics: inout [Diagnostic]) {
        let directoryPath = directory.path
        for (name, type) in children(of: directory, relative: relative, bundle: nil, &diagnostics) {
            let path = relative + "/" + name
            // A URL only for a folder: an article's file is known by its path (``ContentSource/path``).
            let filePath = directoryPath + "/" + name
            switch classify(filePath, type: type, relative: path, &diagnostics) {
            case .refused:
                continue
            case .directory:
                let url = Self.url(of: name, in: directory, type: type)
                let index = url.appendingPathComponent("index.md", isDirectory: false)
                if FileManager.default.fileExists(atPath: index.path) {
                    sources.append(bundle(at: url, relative: path, &diagnostics))
                } else {
                    visit(url, relative: path, into: &sources, &diagnostics)
                }
            case .file:
                if name.hasSuffix(".md") {
                    sources.append(ContentSource.article(path, siteRoot: siteRoot, path: filePath))
                } else {
                    diagnostics.append(.warning(
                        "'\(path)' is not an article and not in a page bundle, so it is not published",
                        at: SourceLocation(file: path),
                        hint: "to publish it with an article, make the article a bundle: a folder with index.md and this file beside it; or move the file to static/"))
                }
            }
        }
    }

    /// The URL of an entry `readdir` listed. With its type given, `appendingPathComponent`
    /// need not ask the file system whether it is a folder: that `stat` for each of 10,000
    /// articles, with the URL's own work, was a sixth of loading in a one-edit rebuild. Links
    /// and entries of unknown type are looked at as before.
    static func url(of name: String, in directory: URL, type: UInt8) -> URL {
        switch type {
        case UInt8(DT_REG): directory.appendingPathComponent(name, isDirectory: false)
        case UInt8(DT_DIR): directory.appendingPathComponent(name, isDirectory: true)
        default: directory.appendingPathComponent(name)
        }
    }

    private func bundle(at folder: URL, relative: String, _ diagnostics: inout [Diagnostic]) -> ContentSource {
        var files: [BundleFile] = []
        collectFiles(in: folder, prefix: "", relative: relative, into: &files, &diagnostics)
        return ContentSource.article(relative + "/index.md", siteRoot: siteRoot, path: folder.path + "/index.md",
                                     bundleFiles: files)
    }

    private func collectFiles(in folder: URL, prefix: String, relative: String,
                              into files: inout [BundleFile], _ diagnostics: inout [Diagnostic]) {
        let here = relative + (prefix.isEmpty ? "" : "/" + prefix.dropLast())
        for (name, type) in children(of: folder, relative: here, bundle: relative, &diagnostics) {
            let url = Self.url(of: name, in: folder, type: type)
            let inner = prefix + name
            if prefix.isEmpty, name == "index.md" { continue }
            switch classify(url.path, type: type, relative: relative + "/" + inner, &diagnostics) {
            case .refused: continue
            case .directory: collectFiles(in: url, prefix: inner + "/", relative: relative, into: &files, &diagnostics)
            case .file:
                if name.hasSuffix(".md") {
                    diagnostics.append(.warning(
                        "'\(relative)/\(inner)' is inside the page bundle '\(relative)/', so it is published as a file, not as an article",
                        at: SourceLocation(file: relative + "/" + inner),
                        hint: "move it out of the bundle folder if it is an article of its own"))
                }
                files.append(BundleFile(sourceFile: url.path, relativePath: inner))
            }
        }
    }
}
