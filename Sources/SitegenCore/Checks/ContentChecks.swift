/// The checks of every article body, run by `sitegen check` and by every build after the
/// markdown phase: links and images lead to pages and files the site has, `#fragments` to
/// headings that exist, and the accessibility warnings (``AccessibilityLint``).
///
/// Broken links and images are errors: the build stops before writing, as for a problem in
/// the front matter. Every problem has its place in the writer's file.
struct ContentChecks {
    let targets: SiteTargets
    /// Per article, in the index's order.
    let bodies: [RenderedMarkdown]
    let summaries: [String]
    /// Whether the `http(s)` addresses are gathered with their places
    /// (``ContentCheckResult/externalLinks``), which only `sitegen check --external` visits.
    /// A build leaves them out: one address an article, as in the benchmark's corpus, made the
    /// join of the workers' results a table of 10,000 addresses on one core, with a place found
    /// for each link: 11-12 ms of a one-edit rebuild of 10,000 articles (`bench/ab-rebuild.sh`).
    var gatheringExternalLinks = true

    func run() -> ContentCheckResult {
        run(only: targets.index.articles.indices)
    }

    /// ``run()`` on `workers` cores: the articles in consecutive runs, each checked on its own,
    /// the results joined in the articles' order, so they equal the one-core run's.
    func run(workers: Int) -> ContentCheckResult {
        let count = targets.index.articles.count
        let parts = min(count, workers * 4) // a few per worker, so an unlucky one does not wait
        guard workers > 1, parts > 1 else { return run() }
        let runs = (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
        return ContentCheckResult(joining: ParallelMap.map(runs, workers: workers) { run(only: $0) })
    }

    /// The checks of the articles numbered `numbers` only (``QuickPage`` checks the one edited);
    /// the links are checked against every article's headings as `bodies` has them.
    func run(only numbers: some Sequence<Int>) -> ContentCheckResult {
        var result = ContentCheckResult()
        var external: [String: Int] = [:]
        var ids: [Int: Set<String>] = [:]
        for number in numbers {
            let article = targets.index.articles[number]
            let body = bodies[number]
            let places = BodyPlaces(article: article, siteRoot: targets.siteRoot)
            let resolver = LinkResolver(targets: targets, number: number)
            for reference in body.references {
                let destination = LinkDestination(reference.destination)
                if case .web(let url) = destination {
                    guard gatheringExternalLinks else { continue }
                    let place = places.location(line: reference.line, column: reference.column)
                    if let known = external[url] {
                        result.externalLinks[known].places.append(place)
                    } else {
                        external[url] = result.externalLinks.count
                        result.externalLinks.append(ExternalLink(url: url, places: [place]))
                    }
                    continue
                }
                var problem: LinkProblem?
                switch resolver.resolve(destination, image: reference.kind == .image) {
                case nil: break
                case .failure(let found)?: problem = found
                case .success(let target)?:
                    if case .page(_, let other?) = target, let fragment = destination.fragment {
                        if ids[other] == nil { ids[other] = anchors(other) }
                        if !ids[other]!.contains(fragment) {
                            problem = missingAnchor(fragment, in: other, from: number)
                        }
                    }
                }
                if let problem {
                    result.problems.append(ContentProblem(
                        kind: problem.kind, article: article.sourcePath, destination: reference.destination,
                        diagnostic: places.diagnostic(.error, line: reference.line, column: reference.column, problem.message, hint: problem.hint)))
                }
            }
            result.problems += AccessibilityLint.problems(article, body, summary: summaries[number], siteRoot: targets.siteRoot)
        }
        return result
    }

    /// The ids a `#fragment` may name on an article's page: its headings', the footnotes' and
    /// any in raw HTML, and those the theme uses (`innehall`, the main content).
    private func anchors(_ number: Int) -> Set<String> {
        Self.anchors(of: bodies[number])
    }

    static func anchors(of body: RenderedMarkdown) -> Set<String> {
        Set(body.headings.map(\.id)).union(HTMLIDs.find(in: body.html)).union(HeadingIDs.reserved)
    }

    private func missingAnchor(_ fragment: String, in other: Int, from number: Int) -> LinkProblem {
        let headings = bodies[other].headings.map(\.id)
        let page = other == number ? "this article" : "'\(targets.index.articles[other].sourcePath)'"
        let hint: String
        if let near = Suggestion.closest(to: fragment, among: headings) {
            hint = "did you mean '#\(near)'? A heading's id is its text in lower case, with hyphens for spaces and a-z for å, ä, ö"
        } else if headings.isEmpty {
            hint = "\(other == number ? "this article" : "that article") has no headings to link to; link to the page without '#\(fragment)'"
        } else {
            hint = "the headings' ids are: " + headings.prefix(12).joined(separator: ", ")
        }
        return LinkProblem(.brokenAnchor, "the link leads to '#\(fragment)' in \(page), but it has no heading with that id", hint: hint)
    }
}
