import Foundation

/// One file found in the folder being imported.
struct ImportItem: Sendable {
    /// Relative to the folder given to `import`: `content/posts/x.md`.
    var path: String
    var file: URL
    var kind: Kind

    enum Kind: Sendable {
        /// A Markdown article, with the other files of its page bundle when it is `index.md` in a
        /// folder of its own.
        case article(bundle: [(relativePath: String, file: URL)]?, draft: Bool)
        case skipped(reason: String)
    }
}

/// Lists every file of the content folders, sorted, each an article or skipped with the reason:
/// nothing is passed over without a word.
struct ImportWalker {
    let source: ImportSource
    let root: URL

    func walk() -> [ImportItem] {
        var items: [ImportItem] = []
        for (folder, drafts) in source.contentFolders(in: root) {
            visit(folder, drafts: drafts, into: &items)
        }
        return items
    }

    private func relative(_ url: URL) -> String {
        let base = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : url.lastPathComponent
    }

    private func children(_ folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map { folder.appendingPathComponent($0) }
    }

    private func isFolder(_ url: URL) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
    }

    static func isMarkdown(_ url: URL) -> Bool {
        ImportSource.markdownExtensions.contains(url.pathExtension.lowercased())
    }

    private func visit(_ folder: URL, drafts: Bool, into items: inout [ImportItem]) {
        for url in children(folder) {
            let name = url.lastPathComponent
            let path = relative(url)
            if name.hasPrefix(".") {
                items.append(ImportItem(path: path, file: url, kind: .skipped(reason: "a hidden \(isFolder(url) ? "folder" : "file"), not content")))
                continue
            }
            if isFolder(url) {
                if let index = ImportSource.markdownExtensions.map({ url.appendingPathComponent("index." + $0) })
                    .first(where: { FileManager.default.fileExists(atPath: $0.path) }), source != .jekyll {
                    bundle(url, index: index, drafts: drafts, into: &items)
                } else {
                    visit(url, drafts: drafts, into: &items)
                }
                continue
            }
            items.append(ImportItem(path: path, file: url, kind: classify(url, drafts: drafts)))
        }
    }

    private func classify(_ url: URL, drafts: Bool) -> ImportItem.Kind {
        let name = url.lastPathComponent
        guard Self.isMarkdown(url) else {
            let ext = url.pathExtension.lowercased()
            if ["html", "htm"].contains(ext) { return .skipped(reason: "an HTML page, not Markdown; sitegen imports Markdown articles") }
            if ["org", "adoc", "asciidoc", "rst", "pdc", "ipynb"].contains(ext) { return .skipped(reason: "not Markdown (.\(ext)); convert it to Markdown to import it") }
            return .skipped(reason: "not an article and not in a page bundle; copy it to static/ if the articles use it")
        }
        if name.hasPrefix("_index.") {
            return .skipped(reason: "a section page (_index), which lists other pages; sitegen makes its list pages itself")
        }
        return .article(bundle: nil, draft: drafts)
    }

    /// A folder with `index.md`: the article and every other file in it (Markdown files inside
    /// are the page's resources to Hugo and Zola, not articles, and are not copied).
    private func bundle(_ folder: URL, index: URL, drafts: Bool, into items: inout [ImportItem]) {
        var files: [(String, URL)] = []
        var skipped: [ImportItem] = []
        func collect(_ current: URL, prefix: String) {
            for url in children(current) {
                let name = url.lastPathComponent
                let inner = prefix + name
                if url == index { continue }
                if name.hasPrefix(".") {
                    skipped.append(ImportItem(path: relative(url), file: url, kind: .skipped(reason: "a hidden file in a page bundle, not content")))
                } else if isFolder(url) {
                    collect(url, prefix: inner + "/")
                } else if Self.isMarkdown(url) {
                    skipped.append(ImportItem(path: relative(url), file: url, kind: .skipped(
                        reason: "a Markdown file inside the page bundle \(relative(folder))/, which \(source.name) treats as a file of that page, not an article; not copied")))
                } else {
                    files.append((inner, url))
                }
            }
        }
        collect(folder, prefix: "")
        items.append(ImportItem(path: relative(index), file: index, kind: .article(bundle: files, draft: drafts)))
        items += skipped
    }
}
