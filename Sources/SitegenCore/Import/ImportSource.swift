import Foundation

/// The static site generators `sitegen import` reads, and where each keeps its articles.
public enum ImportSource: String, Sendable, CaseIterable {
    case hugo, jekyll, zola

    public var name: String {
        switch self {
        case .hugo: "Hugo"
        case .jekyll: "Jekyll"
        case .zola: "Zola"
        }
    }

    /// The folders to read in `folder`, each with whether its articles are drafts: a Hugo or Zola
    /// site's `content/` (or `folder` itself when it is the content folder); Jekyll's `_posts/`
    /// and `_drafts/` (or `folder` itself when it has neither).
    func contentFolders(in folder: URL) -> [(url: URL, drafts: Bool)] {
        let fm = FileManager.default
        func exists(_ name: String) -> Bool { fm.fileExists(atPath: folder.appendingPathComponent(name).path) }
        switch self {
        case .hugo, .zola:
            let configs = ["config.toml", "hugo.toml", "config.yaml", "config.yml", "hugo.yaml", "config.json", "hugo.json"]
            if exists("content"), configs.contains(where: exists) { return [(folder.appendingPathComponent("content"), false)] }
            return [(folder, false)]
        case .jekyll:
            guard exists("_posts") || exists("_drafts") else { return [(folder, false)] }
            return [("_posts", false), ("_drafts", true)].filter { exists($0.0) }.map { (folder.appendingPathComponent($0.0), $0.1) }
        }
    }

    static let markdownExtensions = ["md", "markdown", "mdown", "mkd"]
}
