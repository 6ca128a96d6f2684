import Foundation

/// Follows the links and images of one article's body to where they lead in the built site, or
/// says in plain words why they lead nowhere.
///
/// The same resolution serves two purposes: ``BodyLinks`` asks ``rewritten(_:)`` for the
/// address a link to an article's file gets in the HTML, and the checks ask ``resolve(_:)``
/// whether each link and image leads to a page or file that the build publishes.
struct LinkResolver {
    let targets: SiteTargets
    /// The article whose body is read.
    let number: Int

    private var article: Article { targets.index.articles[number] }

    /// The article file's folder, as segments from the site folder: `content/2020`.
    private var sourceFolder: [String] {
        Array(article.sourcePath.split(separator: "/").map(String.init).dropLast())
    }

    /// Where `destination` leads, or why it leads nowhere. `nil` for what is not checked here
    /// (web addresses, `mailto:`, an empty destination).
    func resolve(_ destination: LinkDestination, image: Bool = false) -> Result<LinkTarget, LinkProblem>? {
        switch destination {
        case .empty, .web, .elsewhere:
            return nil
        case .fragment:
            return .success(.page(article.path, article: number))
        case let .article(file, _):
            return resolveArticle(file)
        case let .site(path, fromRoot, _):
            return resolveSite(path, fromRoot: fromRoot, image: image)
        }
    }

    /// The address the HTML should have instead of `written`, or `nil` to keep it: a link to an
    /// article's file becomes its page's address, and an address from the site's root becomes
    /// relative to the page, so both work under any base path and when opened from disk.
    func rewritten(_ written: String) -> String? {
        let destination = LinkDestination(written)
        let suffix: LinkDestination.Suffix
        switch destination {
        case .article(_, let s): suffix = s
        case .site(_, true, let s): suffix = s
        default: return nil
        }
        guard case .success(let target)? = resolve(destination) else { return nil }
        let linker = Linker(page: article.path, basePath: targets.basePath)
        switch target {
        case .page(let path, _): return linker.url(path) + suffix.text
        case .file(let segments):
            // Files keep their names (`bild å.jpg`); the address needs them percent-encoded.
            let encoded = segments.map(PathSegmentEncoding.encode)
            return linker.file(encoded) + suffix.text
        }
    }

    private func resolveArticle(_ file: String) -> Result<LinkTarget, LinkProblem> {
        let base = file.hasPrefix("/") ? [] : sourceFolder
        guard let segments = PathSegments.join(base, file) else {
            return .failure(LinkProblem(.brokenLink, "the link '\(file)' leads out of the site folder",
                                        hint: "write the path of the article's file from this file's folder, e.g. ../2020/rapport.md"))
        }
        let path = segments.joined(separator: "/")
        if let other = targets.articles[path] {
            return .success(.page(targets.index.articles[other].path, article: other))
        }
        if let hidden = Self.hiddenProblem(segments, written: file, image: false) { return .failure(hidden) }
        // Not an article, but perhaps a published file: a Markdown file in static/, or one
        // inside a page bundle (published beside the page as it is).
        if case .success(let file) = resolveSite(file, fromRoot: file.hasPrefix("/"), image: false) {
            return .success(file)
        }
        if FileManager.default.fileExists(atPath: targets.siteRoot.appendingPathComponent(path).path), path.hasPrefix("content/") {
            return .failure(LinkProblem(.brokenLink, "the link leads to '\(path)', which is not published in this build",
                                        hint: "it is a draft, is scheduled for later or has expired: remove the link until the article is published"))
        }
        // Each article by its file's name, and by that name without a date in front, as the
        // writer knows it from its address: `spillvarme.md` is near `2021-02-09-spillvarme-norrkoping.md`.
        let byName = Dictionary(targets.articles.keys.flatMap { path in
            let name = Self.name(of: path)
            let undated = ContentSource.undated(name)
            return undated == name ? [(name, path)] : [(name, path), (undated, path)]
        }, uniquingKeysWith: { first, second in min(first, second) })
        let hint = Suggestion.closest(to: Self.name(of: path), among: Array(byName.keys)).flatMap { byName[$0] }.map {
            "did you mean '\(PathSegments.relative(from: sourceFolder, to: $0.split(separator: "/").map(String.init)))'?"
        } ?? "write the path of the article's file from this file's folder, e.g. ../2020/rapport.md"
        return .failure(LinkProblem(.brokenLink, "the link leads to '\(path)', but there is no such article", hint: hint))
    }

    /// The name a writer knows an article file by: `rapport` for `…/rapport.md` and for
    /// `…/rapport/index.md`.
    static func name(of path: String) -> String {
        var parts = path.split(separator: "/")
        if parts.last == "index.md", parts.count > 1 { parts.removeLast() }
        let last = parts.last.map(String.init) ?? path
        return last.hasSuffix(".md") ? String(last.dropLast(3)) : last
    }

    private func resolveSite(_ path: String, fromRoot: Bool, image: Bool) -> Result<LinkTarget, LinkProblem> {
        let what = image ? "image" : "link"
        guard let segments = PathSegments.join(fromRoot ? [] : article.path.segments, path) else {
            return .failure(LinkProblem(image ? .missingImage : .brokenLink, "the \(what) '\(path)' climbs above the site's root",
                                        hint: "write the address from the site's root, e.g. /regioner/kronoberg/, or a full https:// address for a page elsewhere"))
        }
        let shown = "/" + segments.joined(separator: "/") + (path.hasSuffix("/") && !segments.isEmpty ? "/" : "")
        if let target = targets.lookUp(segments, endsWithSlash: path.hasSuffix("/")) {
            if image, case .page = target {
                return .failure(LinkProblem(.missingImage, "the image '\(path)' is a page, not a picture", hint: "name the image file, e.g. foto.jpg"))
            }
            return .success(target)
        }
        if let hidden = Self.hiddenProblem(segments, written: path, image: image) { return .failure(hidden) }
        let leads = fromRoot ? "the \(what) leads to '\(shown)'" : "the \(what) '\(path)' leads to '\(shown)'"
        // A typo is in the last part: compare that with its neighbours' (whole addresses all
        // start alike on a news site, and would find near matches everywhere).
        let neighbours = targets.addresses(beside: segments)
        let names = Dictionary(neighbours.map { ($0.name, $0.address) }, uniquingKeysWith: { first, _ in first })
        var hint = segments.last.flatMap { Suggestion.closest(to: $0, among: names.keys.sorted()) }
            .flatMap { names[$0] }.map { "did you mean '\($0)'?" }
        if hint == nil, !fromRoot, let name = segments.last, !path.hasSuffix("/") {
            // A file beside the article: only a page bundle's files are published beside its page.
            hint = article.sourcePath.hasSuffix("/index.md")
                ? "put '\(name)' in the article's folder, \(sourceFolder.joined(separator: "/"))/, or write the path of a file in static/ from the site's root, e.g. /\(name)"
                : "only a page bundle's files are published beside its page: make the article a folder with index.md and put '\(name)' in it, or put the file in static/ and write its path from the site's root, e.g. /\(name)"
        }
        if hint == nil {
            hint = image
                ? "put the picture in the article's page bundle (a folder with index.md) and write its name, or put it in static/ and write its path from the site's root, e.g. /bilder/karta.png"
                : "write a page's address from the site's root, e.g. /regioner/kronoberg/, or link to an article's file, e.g. ../2020/rapport.md"
        }
        return .failure(LinkProblem(image ? .missingImage : .brokenLink,
                                    "\(leads), but the site has no such \(image ? "file" : "page or file")", hint: hint))
    }
}

extension LinkResolver {
    /// A link to a name starting with '.' that the site does not have: such files in `content/`
    /// are never published (the walk warns about each), so the link would be broken on the
    /// site; said plainly rather than as a typo. (`static/` publishes its hidden files, which
    /// links find before this is asked.)
    static func hiddenProblem(_ segments: [String], written: String, image: Bool) -> LinkProblem? {
        guard let name = segments.first(where: { $0.hasPrefix(".") }) else { return nil }
        let visible = String(name.drop { $0 == "." })
        let rename = visible.isEmpty ? "rename it without the leading dot" : "rename it '\(visible)'"
        return LinkProblem(image ? .missingImage : .brokenLink,
                           "the \(image ? "image" : "link") '\(written)' leads to a name starting with '.', '\(name)': hidden files and folders in content/ are never published",
                           hint: "\(rename) and change the \(image ? "image" : "link") to match")
    }
}

/// Why a link or image leads nowhere, in plain words, before it is given its place.
struct LinkProblem: Error, Sendable, Hashable {
    var kind: ContentProblem.Kind
    var message: String
    var hint: String?

    init(_ kind: ContentProblem.Kind, _ message: String, hint: String?) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }
}
