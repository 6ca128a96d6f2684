import Foundation

/// The files a build copies as they are: everything in `static/`, and each bundle's files
/// beside its page. Checked before anything is written: two files for one place are an error,
/// and so is a file where the build writes a page, a feed or a sitemap.
struct FilePlan: Sendable {
    /// (file on disk, path inside the site)
    var copies: [(source: String, target: String)]
    var problems: [Diagnostic]
    /// Path inside the site, lowercased -> where the file comes from (`static/x`, a bundle file).
    var owners: [String: String] = [:]

    var count: Int { copies.count }

    static func make(source: URL, index: SiteIndex?) -> FilePlan {
        var plan = FilePlan(copies: [], problems: [])
        var owners: [String: String] = [:]
        func add(_ file: String, _ target: String, owner: String) {
            let key = target.lowercased()
            if let first = owners[key] {
                plan.problems.append(.error(
                    "two files would be published as '\(target)': \(first) and \(owner)",
                    at: SourceLocation(file: owner), hint: "rename or remove one of them",
                    related: [SourceLocation(file: first)]))
                return
            }
            owners[key] = owner
            plan.owners[key] = owner
            plan.copies.append((file, target))
        }
        let staticRoot = source.appendingPathComponent("static")
        for relative in files(under: staticRoot) {
            add(staticRoot.appendingPathComponent(relative).path, relative, owner: "static/" + relative)
        }
        guard let index else { return plan }
        for article in index.articles {
            for file in article.bundleFiles {
                let target = (article.path.segments + [file.relativePath]).joined(separator: "/")
                let folder = String(article.sourcePath.dropLast("index.md".count))
                add(file.sourceFile, target, owner: folder + file.relativePath)
            }
        }
        var pages: Set<String> = ["index.html", "404.html"]
        // Every article's page is a file named index.html: only when a static or bundle file has
        // that name can it be one, and only then is the table of every page's address made
        // (10,000 lower-cased paths, on one core).
        if owners.keys.contains(where: { $0.hasSuffix("index.html") }) {
            for article in index.articles { pages.insert(article.path.indexFile.lowercased()) }
        }
        for (target, owner) in owners where pages.contains(target) {
            plan.problems.append(.error("'\(owner)' would overwrite the generated page '\(target)'",
                                        at: SourceLocation(file: owner), hint: "rename or remove the file"))
        }
        // Feeds and sitemaps are generated too; robots.txt is not reserved: a static one wins.
        let generated = Set(DiscoveryFiles.reservedPaths(index))
        for (target, owner) in owners where generated.contains(target) {
            plan.problems.append(.error("'\(owner)' would overwrite the generated file '\(target)'",
                                        at: SourceLocation(file: owner),
                                        hint: "rename or remove the file: sitegen writes the feeds and the sitemap itself"))
        }
        let searchFolder = SearchFiles.folder + "/"
        for (target, owner) in owners.sorted(by: { $0.key < $1.key })
        where index.config.search.enabled && target.hasPrefix(searchFolder) {
            plan.problems.append(.error("'\(owner)' is in '\(searchFolder)', the folder of the search page and its index",
                                        at: SourceLocation(file: owner),
                                        hint: "move the file to another folder, or turn search off with 'search: false' in site.yml"))
        }
        return plan
    }

    /// True when a copied file is published at `target` (`robots.txt`).
    func publishes(_ target: String) -> Bool {
        copies.contains { $0.target == target }
    }

    /// Copies every file; with `keepUnchanged`, a file whose source is untouched since the
    /// published copy was made is kept without being read (``Fingerprints/copied(_:)``).
    func copy(into staging: StagingFolder, keepUnchanged: Bool = false) throws(OutputError) {
        for (file, target) in copies {
            let fingerprint = keepUnchanged ? Fingerprints.copied(file) : 0
            if staging.keep(target, fingerprint: fingerprint) { continue }
            try staging.copy(file, to: target, fingerprint: fingerprint)
        }
    }

    /// The files of `static/`, hidden ones included: it is copied as it is, as Hugo and Zola
    /// copy theirs, so `.well-known/security.txt`, `.nojekyll` (GitHub Pages) and `.htaccess`
    /// (Apache) reach the host. Only what tools leave behind (``HiddenName``: `.DS_Store`,
    /// `.git/`, swap files) is left out.
    private static func files(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            guard !path.split(separator: "/").contains(where: { HiddenName(String($0)) == .toolLitter }) else { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }
}
