/// Collects every article's aliases and checks them: an alias may not be the address of a page,
/// a file of the site or another alias. Each collision names both sources.
enum RedirectPlan {
    static func make(_ index: SiteIndex, otherFiles: [String: String]) -> (redirects: [Redirect], problems: [Diagnostic]) {
        let articles = index.articles
        // Without aliases there is nothing to claim, and no table of every page's address to
        // make: 10,000 lower-cased paths were a fortieth of a one-edit rebuild, on one core.
        guard articles.contains(where: { !$0.aliases.isEmpty }) else { return ([], []) }
        var pages: [String: String] = [:]
        for number in articles.indices { pages[articles[number].path.indexFile.lowercased()] = articles[number].sourcePath }
        for term in index.tags + index.regions + index.kinds { pages[term.path.indexFile.lowercased()] = "the page of '\(term.name)'" }
        pages["index.html"] = "the home page"
        var claimed: [String: Redirect] = [:]
        var redirects: [Redirect] = []
        var problems: [Diagnostic] = []
        // By index: sorting the articles themselves moved and compared whole copies.
        let sources = Article.fields(of: articles, \.sourcePath)
        for number in articles.indices.sorted(by: { sources[$0] < sources[$1] }) {
            let article = articles[number]
            for alias in article.aliases {
                let file = alias.outputFile.lowercased()
                let location = SourceLocation(file: article.sourcePath)
                if let owner = pages[file] ?? otherFiles[file] {
                    problems.append(.error(
                        "the alias \(alias) of \(article.sourcePath) is the address of \(owner)",
                        at: location, hint: "remove the alias: the address is in use",
                        related: owner.hasPrefix("content/") || owner.hasPrefix("static/") ? [SourceLocation(file: owner)] : []))
                    continue
                }
                let redirect = Redirect(from: alias, to: article.path, sourcePath: article.sourcePath)
                if let first = claimed[file] {
                    if first.to != article.path {
                        problems.append(.error(
                            "the alias \(alias) is given by both \(first.sourcePath) and \(article.sourcePath)",
                            at: location, hint: "an old address can lead to one article only; remove one of the aliases",
                            related: [SourceLocation(file: first.sourcePath)]))
                    }
                    continue
                }
                claimed[file] = redirect
                redirects.append(redirect)
            }
        }
        return (redirects.sorted(), problems)
    }
}
