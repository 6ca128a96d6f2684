/// The context of the search page, `/sok/`.
extension ViewBuilder {
    func search() -> SearchContext {
        let path = SearchSettings.path
        let linker = Linker(page: path, basePath: basePath)
        let facets = SearchFacets(index)
        let options = { (values: [SearchFacets.Value]) in
            values.map { SearchOptionView(value: $0.value, name: $0.name, count: $0.documents.count) }
        }
        let intro = t.text("searchIntro", ["count": t.count("articles", index.listed.count), "site": config.title])
        var page = page(title: t.text("search"), description: intro, path: path, linker)
        // A search page shows nothing of its own to a search engine.
        page.noindex = true
        return SearchContext(
            site: site(linker, current: path), page: page, t: t,
            search: SearchView(heading: t.text("search"), intro: intro,
                               indexURL: linker.file(SearchSettings.path.segments + ["index.json"]),
                               scriptURL: linker.file(["js", "sok.js"]),
                               kinds: options(facets.kinds), regions: options(facets.regions)))
    }
}
