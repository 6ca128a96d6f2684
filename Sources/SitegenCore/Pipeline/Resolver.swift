import Foundation

/// Phase "resolve": orders the articles, groups them into tags, regions and kinds, and checks
/// that no two pages would be written to the same place.
enum Resolver {
    static func resolve(_ loaded: [Article], config: SiteConfig, translations: Translations = .swedish,
                        expired: Set<String> = []) -> (SiteIndex?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let articles = sortedNewestFirst(loaded)
        let expiredNumbers = Set(articles.indices.filter { expired.contains(articles[$0].sourcePath) })
        let listed = articles.indices.filter { !expiredNumbers.contains($0) }

        // Every article's tags and regions as numbers, looked up by slug once: tags numbered as
        // they first appear, regions by their place in site.yml. The members, the spellings and
        // the packed numbers are then gathered by number. By slug, in three passes (members,
        // roll-up, packed numbers), it was half of resolving 10,000 articles, on one core with
        // the other idle (timed in the release build: 24 of 45 ms).
        // Slugs are the last segment of a page's path: tables by path (``PathTable``), not
        // `String` dictionaries, whose hashing was most of this loop's 40,000 lookups.
        var tagIDs = PathTable<Int32>()
        var tagSlugs: [String] = []
        var regionIDs = PathTable<Int32>()
        for (number, region) in config.regions.enumerated() where regionIDs[region.slug] == nil { regionIDs[region.slug] = Int32(number) }
        let parentIDs = config.regions.map { $0.parent.flatMap { regionIDs[$0] } ?? -1 }
        var terms: [Int32] = [], tagStart: [Int32] = [], regionStart: [Int32] = []
        tagStart.reserveCapacity(articles.count + 1)
        regionStart.reserveCapacity(articles.count)
        terms.reserveCapacity(articles.count * 6)
        for article in Article.fields(of: articles, { (tags: $0.tags, regions: $0.regions) }) {
            tagStart.append(Int32(terms.count))
            for tag in article.tags {
                if let id = tagIDs[tag.slug] {
                    terms.append(id)
                } else {
                    tagIDs[tag.slug] = Int32(tagSlugs.count)
                    terms.append(Int32(tagSlugs.count))
                    tagSlugs.append(tag.slug)
                }
            }
            regionStart.append(Int32(terms.count))
            for region in article.regions { terms.append(regionIDs[region.slug] ?? -1) }
        }
        tagStart.append(Int32(terms.count))
        // A tag's spellings and their counts, in a list: most tags are spelled one way, and a
        // table per tag hashed every name again (30,000 lookups at 10,000 articles, on this core).
        var spellings = [[(key: String, value: Int)]](repeating: [], count: tagSlugs.count)
        var tagMembers = [[Int]](repeating: [], count: tagSlugs.count)
        var regionMembers = [[Int]](repeating: [], count: config.regions.count)
        // By the kind's place in site.yml: a handful, found by comparing keys.
        var kindMembers = [[Int]?](repeating: nil, count: config.kinds.count)
        var rolledUp: [Int32] = []
        for index in listed {
            let article = articles[index]
            for (tag, id) in zip(article.tags, terms[Int(tagStart[index])..<Int(regionStart[index])]) {
                if let known = spellings[Int(id)].firstIndex(where: { $0.key == tag.name }) {
                    spellings[Int(id)][known].value += 1
                } else {
                    spellings[Int(id)].append((tag.name, 1))
                }
                tagMembers[Int(id)].append(index)
            }
            // A kommun's articles roll up to its län (and further up, if the list nests deeper).
            rolledUp.removeAll(keepingCapacity: true)
            for region in terms[Int(regionStart[index])..<Int(tagStart[index + 1])] {
                var current = region
                while current >= 0, !rolledUp.contains(current) {
                    rolledUp.append(current)
                    regionMembers[Int(current)].append(index)
                    current = parentIDs[Int(current)]
                }
            }
            if let kind = config.kinds.firstIndex(where: { $0.key == article.kind.key }) {
                if kindMembers[kind] == nil { kindMembers[kind] = [] }
                kindMembers[kind]?.append(index)
            }
        }

        func termPath(_ pattern: String, _ slug: String) -> SitePath {
            URLPattern.expand(pattern, ["slug": slug]) ?? .root
        }
        let tagPages = tagSlugs.indices.filter { !tagMembers[$0].isEmpty }.map { id in
            (id: id, page: TermPage(family: .tag, name: preferredSpelling(spellings[id]), slug: tagSlugs[id],
                                    path: termPath(config.urls.tag, tagSlugs[id]), articles: tagMembers[id]))
        }.sorted { SwedishCollation.areInIncreasingOrder($0.page.name, $1.page.name) }
        let tags = tagPages.map(\.page)
        // The packed tag numbers are places among the tag pages (-1: a tag with no page).
        var tagNumbers = [Int32](repeating: -1, count: tagSlugs.count)
        for (number, tag) in tagPages.enumerated() { tagNumbers[tag.id] = Int32(number) }
        for index in articles.indices {
            for position in Int(tagStart[index])..<Int(regionStart[index]) { terms[position] = tagNumbers[Int(terms[position])] }
        }
        let regions = config.regions.compactMap { region -> TermPage? in
            guard let id = regionIDs[region.slug], !regionMembers[Int(id)].isEmpty else { return nil }
            return TermPage(family: .region, name: region.name, slug: region.slug,
                            path: termPath(config.urls.region, region.slug), articles: regionMembers[Int(id)])
        }.sorted { SwedishCollation.areInIncreasingOrder($0.name, $1.name) }
        let kinds = config.kinds.indices.compactMap { number -> TermPage? in
            guard let members = kindMembers[number] else { return nil }
            let kind = config.kinds[number]
            return TermPage(family: .kind, name: kind.plural, slug: kind.segment,
                            path: termPath(config.urls.kind, kind.segment), articles: members)
        }
        let index = SiteIndex(
            config: config, translations: translations, articles: articles, listed: listed, expired: expiredNumbers,
            tags: tags, regions: regions, kinds: kinds,
            tagsOverview: URLPattern.overview(of: config.urls.tag) ?? .root,
            regionsOverview: URLPattern.overview(of: config.urls.region) ?? .root,
            archives: Archives.make(articles, listed: listed, config: config, months: translations.months),
            archiveOverview: URLPattern.overview(of: config.urls.archive, placeholder: "year") ?? .root,
            kindPaths: Dictionary(uniqueKeysWithValues: config.kinds.compactMap { kind in
                kinds.first { $0.slug == kind.segment }.map { (kind.key, $0.path) }
            }),
            regionsBySlug: Dictionary(uniqueKeysWithValues: regions.map { ($0.slug, $0) }),
            tagsBySlug: Dictionary(uniqueKeysWithValues: tags.map { ($0.slug, $0) }),
            listedPosition: Dictionary(uniqueKeysWithValues: listed.enumerated().map { ($1, $0) }),
            packedTerms: PackedTerms(values: terms, tagStart: tagStart, regionStart: regionStart))
        diagnostics += collisions(in: index)
        return (diagnostics.hasErrors ? nil : index, diagnostics)
    }

    /// Newest first; equal dates by title in Swedish order, then by address. Indices are sorted,
    /// with each title's collation key made once (or none, for a plain title): comparing keys
    /// built per comparison, and moving whole articles, were most of this phase on 10,000
    /// articles.
    static func sortedNewestFirst(_ articles: [Article]) -> [Article] {
        // Collation keys only for titles that can tie: articles sharing their date with another.
        // Making a key for every title was 4% of a 10,000-article build.
        // Dates and addresses in arrays of their own: reading them through `articles[i]` in the
        // comparison copied whole articles (a retain per field) and was most of the sort. They
        // are read by index, as `map` over the articles hands each closure a copy of a whole
        // article too (``Article/fields(of:_:)``).
        // Plain titles (ASCII and å, ä, ö: ``SwedishCollation/isPlain(_:)``) are compared
        // without their keys, letter by letter: keys of every tied title were 16 MB for 10,000
        // titles of 200 characters, 3% of a one-edit rebuild, and comparisons end early.
        let dates = Article.fields(of: articles, \.date)
        let paths = Article.fields(of: articles, \.path)
        let titles = Article.fields(of: articles, \.title)
        var dateCounts: [Date: Int] = [:]
        for date in dates { dateCounts[date, default: 0] += 1 }
        let tied = articles.indices.map { dateCounts[dates[$0]]! > 1 }
        let plain = articles.indices.map { tied[$0] && SwedishCollation.isPlain(titles[$0]) }
        let keys = articles.indices.map { tied[$0] && !plain[$0] ? SwedishCollation.key(titles[$0]) : [] }
        /// A tied title's key; made here for a plain title compared with one that is not.
        func key(_ number: Int) -> [UInt32] { plain[number] ? SwedishCollation.key(titles[number]) : keys[number] }
        let order = articles.indices.sorted { i, j in
            if dates[i] != dates[j] { return dates[i] > dates[j] }
            if plain[i] && plain[j] {
                let order = SwedishCollation.comparePlain(titles[i], titles[j])
                if order != 0 { return order < 0 }
            } else {
                let (first, second) = (key(i), key(j))
                if first != second { return first.lexicographicallyPrecedes(second) }
            }
            return paths[i] < paths[j]
        }
        return order.map { articles[$0] }
    }

    /// The spelling most articles use; ties go to the one first in Swedish order.
    static func preferredSpelling(_ counts: some Sequence<(key: String, value: Int)>) -> String {
        counts.max { a, b in
            a.value != b.value ? a.value < b.value : SwedishCollation.areInIncreasingOrder(b.key, a.key)
        }!.key
    }

    /// Two pages with one address: both sources are named, since one would overwrite the other.
    static func collisions(in index: SiteIndex) -> [Diagnostic] {
        var owners: [SitePath: String] = [:]
        owners.reserveCapacity(index.articles.count + index.tags.count + index.regions.count + index.archives.count + 16)
        var problems: [Diagnostic] = []
        func claim(_ path: SitePath, by owner: String, location: SourceLocation?) {
            if let first = owners[path] {
                problems.append(.error(
                    "two pages would be written to \(path): \(first) and \(owner)",
                    at: location,
                    hint: location == nil ? "change a segment or a URL pattern in site.yml so the two pages get different addresses"
                                          : "give one of the articles another slug (slug: ...) or change its title or date",
                    related: first.hasPrefix("content/") ? [SourceLocation(file: first)] : []))
            } else {
                owners[path] = owner
            }
        }
        claim(.root, by: "the home page", location: nil)
        claim(index.tagsOverview, by: "the list of all tags", location: nil)
        claim(index.regionsOverview, by: "the list of all regions", location: nil)
        claim(index.archiveOverview, by: "the archive", location: nil)
        for term in index.archives { claim(term.path, by: "the archive page of \(term.name)", location: nil) }
        if index.config.search.enabled { claim(SearchSettings.path, by: "the search page", location: nil) }
        for term in index.kinds { claim(term.path, by: "the page of the kind '\(term.name)'", location: nil) }
        for term in index.regions { claim(term.path, by: "the page of the region '\(term.name)'", location: nil) }
        for term in index.tags { claim(term.path, by: "the page of the tag '\(term.name)'", location: nil) }
        // The paths in arrays of their own: read through `index.articles[i]` in the comparison
        // they were most of this check, which runs on one core (``Article/fields(of:_:)``).
        let sourcePaths = Article.fields(of: index.articles, \.sourcePath)
        let paths = Article.fields(of: index.articles, \.path)
        // Claimed in the index's order first: sorting 10,000 source paths was half of this check
        // (timed in the release build), and is needed only to report a clash.
        let others = owners
        guard paths.indices.contains(where: { owners.updateValue(sourcePaths[$0], forKey: paths[$0]) != nil }) else {
            return problems
        }
        // Articles in source order, so the message names the same "first" file on every machine.
        owners = others
        for number in sourcePaths.indices.sorted(by: { sourcePaths[$0] < sourcePaths[$1] }) {
            claim(paths[number], by: sourcePaths[number], location: SourceLocation(file: sourcePaths[number]))
        }
        return problems
    }
}
