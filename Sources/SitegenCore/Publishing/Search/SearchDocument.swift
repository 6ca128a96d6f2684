/// One article as the search page shows it among the results.
///
/// The text that is searched is not here: it is in the term shards, as postings. A record is
/// only what a result needs to be shown, so the files of the few hits shown stay small.
struct SearchDocument: Sendable, Hashable {
    var title: String
    /// The article's address from the site's root, without the leading slash
    /// (`nyheter/2019/industrikommunerna/`). The search page resolves it against the site's
    /// root, so the index is right under any base path and on a preview deployment.
    var url: String
    var dateISO: String
    /// "11 april 2019"
    var dateText: String
    /// The kind's segment, which is also the value of the `typ=` filter.
    var kind: String
    /// The kind's singular name: "Mötesrapport".
    var kindName: String
    var regions: [String]
    var tags: [String]
    var summary: String

    /// The record as compact JSON, written straight into `out`: `{"id":…,"title":…,"url":…,
    /// "date":…,"dateText":…,"kind":…,"kindName":…,"regions":[…],"tags":[…],"summary":…}`,
    /// text escaped as ``OrderedJSON`` escapes it, with no ``OrderedJSON`` value made for the
    /// record or its members: writing the search files took a sixth less time so (with the
    /// postings' ``SearchPostings/writeDeltaPairs(_:to:)``; `perf`, rebuilds after one edit).
    func write(id: Int, to out: inout [UInt8]) {
        func member(_ key: String, _ text: String) {
            out.append(contentsOf: key.utf8)
            OrderedJSON.write(text, to: &out)
        }
        func member(_ key: String, _ texts: [String]) {
            out.append(contentsOf: key.utf8)
            out.append(UInt8(ascii: "["))
            for (number, text) in texts.enumerated() {
                if number > 0 { out.append(UInt8(ascii: ",")) }
                OrderedJSON.write(text, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: #"{"id":"#.utf8)
        OrderedJSON.write(id, to: &out)
        member(#","title":"#, title)
        member(#","url":"#, url)
        member(#","date":"#, dateISO)
        member(#","dateText":"#, dateText)
        member(#","kind":"#, kind)
        member(#","kindName":"#, kindName)
        member(#","regions":"#, regions)
        member(#","tags":"#, tags)
        member(#","summary":"#, summary)
        out.append(UInt8(ascii: "}"))
    }
}

extension SearchDocument {
    init(_ number: Int, in index: SiteIndex, summary: String, dates: SwedishDateFormatter) {
        let article = index.articles[number]
        let date = dates.isoAndText(article.date)
        self.init(
            title: article.title, url: String(article.path.description.dropFirst()),
            dateISO: date.iso, dateText: date.text,
            kind: article.kind.segment, kindName: article.kind.singular,
            regions: article.regions.map(\.name), tags: Self.tags(of: number, in: index), summary: summary)
    }

    /// A tag's name as the site spells it (``SiteIndex/tagsBySlug``), not as this article does.
    /// Article `number`'s tags by their pages' names (the spelling most articles use), or as
    /// the article spells a tag that has no page. The pages are found by the numbers the
    /// resolver packed for the article (``PackedTerms``), in the order of its tags: by slug
    /// they were 30,000 lookups in a table of `String`s for every build of 10,000 articles.
    static func tags(of number: Int, in index: SiteIndex) -> [String] {
        let tags = index.articles[number].tags
        let packed = index.packedTerms
        let start = Int(packed.tagStart[number])
        return tags.indices.map { place in
            let page = Int(packed.values[start + place])
            return page >= 0 ? index.tags[page].name : tags[place].name
        }
    }

    /// What of a record is searched (``SearchWeights``): its title, its facts (the kind's
    /// name, the regions' and the tags') and its summary, as the record has them.
    struct Searched: Sendable {
        var title: String
        var facts: [String]
        var summary: String

        init(_ number: Int, in index: SiteIndex, summary: String) {
            let article = index.articles[number]
            title = article.title
            facts = [article.kind.singular] + article.regions.map(\.name) + SearchDocument.tags(of: number, in: index)
            self.summary = summary
        }
    }
}
