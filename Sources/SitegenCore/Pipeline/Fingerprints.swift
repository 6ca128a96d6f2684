import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What each generated file is made from, as one number per file: a file whose fingerprint
/// equals the one the output manifest recorded for the published file is not made again
/// (``StagingFolder/keep(_:fingerprint:)`` links the published bytes instead).
///
/// A fingerprint hashes everything the page's view-model reads, in three layers:
/// - ``site``: what every page may show: sitegen itself, the templates, the interface's words,
///   `site.yml` (and the options that change it), and the site's *structure*: every tag,
///   region, kind and archive page's name, slug and address, which the navigation, tag links
///   and region links show. Counts are not in it, so one more article does not change every page.
/// - ``cards``: per article, what other pages show of it (``CardView``, ``RelatedView``,
///   ``NeighbourView``): the loaded article as the build cache encodes it (every front-matter
///   field, its address, its files) and its summary.
/// - ``articles``: per article, what its own page and the feeds show of it: its card, its
///   body's HTML, headings and word count, and whether it is out of date. An edit of a body
///   that leaves the summary as it was changes only this, so the pages that list the article
///   or link to it (its neighbours, the articles it is related to, "Mer från", its term pages)
///   are kept: for the newest of 10,000 articles, shown in "Mer från" on every page of its
///   region, 850 pages; for one in the middle, about 30.
/// - per page: the articles it shows (its own, neighbours, related articles, list members),
///   and the counts and page numbers it prints.
///
/// The dependencies are listed here by hand, beside what ``ViewBuilder`` reads; a page that
/// read something not named here would keep old content. Randomized edit sequences compare
/// every rebuild with a cold build byte for byte (`RebuildTests`, `RandomEditsTests`), which is
/// what catches such a miss.
struct Fingerprints: Sendable {
    let index: SiteIndex
    let site: UInt64
    let cards: [UInt64]
    let articles: [UInt64]
    /// ``articleKeys(_:workers:)`` of the index's articles.
    let articleKeys: [UInt64]
    /// Every article's related articles (``RelatedCache``).
    let related: [[Int]]

    /// Everything outside the articles that pages read, as the build loaded it.
    struct SiteInputs: Sendable {
        var siteConfig: Data
        var baseURL: String?
        var templates: TemplateSet
        /// In a preview (``BuildOptions/preview``), the build's moment: article pages then show
        /// whether the article is a draft or scheduled (``PreviewNotice``).
        var preview: Date?
    }

    /// `articleKeys` are ``articleKeys(_:workers:)`` of `index.articles`.
    init(index: SiteIndex, inputs: SiteInputs, articleKeys: [UInt64], summaries: [String], bodies: [RenderedMarkdown],
         related: [[Int]], workers: Int) {
        self.index = index
        self.related = related
        self.articleKeys = articleKeys
        var writer = BinaryWriter()
        writer.write("sitegen page fingerprints 1")
        writer.write(SitegenVersion.current)
        writer.write(ArticleCacheKeys.executableFingerprint)
        writer.write(TimeZone.timeZoneDataVersion)
        writer.write(inputs.siteConfig.withUnsafeBytes { XXHash64.hash($0) })
        writer.write(inputs.baseURL, each: { $0.write($1) })
        writer.write(String(describing: index.config.shareImage))
        writer.write(inputs.preview != nil)
        for (name, source) in inputs.templates.sources.sorted(by: { $0.key < $1.key }) {
            writer.write(name)
            writer.write(source.text)
        }
        let translations = index.translations
        writer.write(translations.language)
        writer.write(translations.months)
        for (key, value) in translations.strings.sorted(by: { $0.key < $1.key }) {
            writer.write(key)
            writer.write(value)
        }
        for family in [index.kinds, index.regions, index.tags, index.archives] {
            writer.write(family, each: { writer, term in
                writer.write(term.name)
                writer.write(term.slug)
                writer.write(term.path.segments)
            })
        }
        site = XXHash64.hash(writer.bytes)
        // In slices, each with one writer emptied for every article (``BinaryWriter/removeAll()``).
        let both = ParallelMap.slices(Array(index.articles.indices), workers: workers) { numbers in
            var writer = BinaryWriter(capacity: 4096)
            return numbers.map { number -> (card: UInt64, article: UInt64) in
                writer.removeAll()
                writer.write(articleKeys[number])
                writer.write(summaries[number])
                let card = XXHash64.hash(writer.bytes)
                writer.removeAll()
                writer.write(card)
                writer.write(index.expired.contains(number))
                if let now = inputs.preview {
                    // The banner: a draft is in the article; whether it is scheduled depends on now.
                    writer.write(index.articles[number].publishDate.map { $0 > now } ?? false)
                }
                let body = bodies[number]
                writer.write(body.wordCount)
                writer.write(body.headings, each: { writer, heading in
                    writer.write(heading.level)
                    writer.write(heading.text)
                    writer.write(heading.id)
                })
                // Known without reading a stored body (``BodyText``).
                writer.write(body.htmlText.hash)
                return (card: card, article: XXHash64.hash(writer.bytes))
            }
        }.flatMap { $0 }
        cards = both.map(\.card)
        articles = both.map(\.article)
    }

    /// Each article as the build cache encodes it (every front-matter field, its address and
    /// its files; not its body, which a loaded article no longer holds), hashed: the part of
    /// its ``cards`` entry, and of the editorial report's ``ReportKey``, that an edit of the
    /// body leaves as it was. Made once for both.
    /// An article read from the build cache and not changed since has the hash already: that
    /// of the very bytes it was decoded from (``Article/encodedHash``). Equal bytes decode to
    /// equal articles, so different articles never share a key this way either.
    static func articleKeys(_ articles: [Article], workers: Int) -> [UInt64] {
        ParallelMap.map(Array(articles.indices), workers: workers) { number in
            if let known = articles[number].encodedHash { return known }
            var writer = BinaryWriter(capacity: 2048)
            writer.write(articles[number])
            return XXHash64.hash(writer.bytes)
        }
    }

    /// The fingerprint of one page: ``site``, what kind of page it is, and what it shows.
    /// Written with `writer`, emptied first: one writer serves a run of pages (``PageWriter``)
    /// instead of one made for each of 17,000.
    func page(_ job: PageJob, using writer: inout BinaryWriter) -> UInt64 {
        writer.removeAll()
        writer.write(site)
        let pageSize = index.config.pageSize
        switch job {
        case .home:
            writer.write("home")
            write(Array(index.listed.prefix(pageSize)), to: &writer)
            for kind in index.kinds { write(Array(kind.articles.prefix(3)), to: &writer) }
        case .article(let number):
            writer.write("article")
            writer.write(articles[number])
            let (older, newer) = index.neighbours(of: number)
            write([older ?? -1, newer ?? -1], to: &writer)
            let related = related[number]
            write(related, to: &writer)
            if let (region, others) = index.moreFromRegion(of: number, excluding: related) {
                writer.write(region.slug)
                write(others, to: &writer)
            }
        case let .list(term, number, total):
            writer.write("list")
            writer.write(term.path.segments)
            writer.write(number)
            writer.write(total)
            writer.write(term.articles.count)
            let start = (number - 1) * pageSize
            write(Array(term.articles[start..<min(term.articles.count, start + pageSize)]), to: &writer)
        case .tagsOverview:
            writer.write("tags")
            writer.write(index.tags.map(\.articles.count), each: { $0.write($1) })
        case .regionsOverview:
            writer.write("regions")
            writer.write(index.regions.map(\.articles.count), each: { $0.write($1) })
        case .archiveOverview:
            writer.write("archive")
            writer.write(index.archives.map(\.articles.count), each: { $0.write($1) })
        case .notFound:
            writer.write("404")
        case .search:
            writer.write("search")
            writer.write(index.listed.count)
            let facets = SearchFacets(index)
            for value in facets.kinds + facets.regions {
                writer.write(value.value)
                writer.write(value.documents.count)
            }
        }
        return XXHash64.hash(writer.bytes)
    }

    /// The fingerprint of a feed (all three formats): its folder and its entries' articles.
    /// `extra` holds what feeds read besides ``site`` (`SOURCE_DATE_EPOCH`).
    func feed(folder: SitePath, members: ArraySlice<Int>, extra: [String]) -> UInt64 {
        var writer = BinaryWriter(capacity: 256)
        writer.write(site)
        writer.write("feed")
        writer.write(folder.segments)
        writer.write(extra)
        // The entries carry the bodies: by ``articles``, not ``cards``.
        writer.write(UInt32(members.count))
        for number in members { writer.write(articles[number]) }
        return XXHash64.hash(writer.bytes)
    }

    /// The fingerprint of a search documents file (`sok/docs-N.json`) holding the listed
    /// articles numbered `documents` (their places in ``SiteIndex/listed``): their cards, which
    /// hold all a record shows (title, address, date, kind, regions, tags, summary; the tags'
    /// spelling, the kinds' names and the time zone are in ``site``), and where they stand.
    func searchDocuments(_ documents: Range<Int>) -> UInt64 {
        var writer = BinaryWriter(capacity: 64 + documents.count * 8)
        writer.write(site)
        writer.write("search documents")
        writer.write(documents.lowerBound)
        write(Array(index.listed[documents]), to: &writer)
        return XXHash64.hash(writer.bytes)
    }

    /// The fingerprint of the sitemap's files (`limit` addresses a file), made from what
    /// ``SitemapPlan/entries(_:)`` reads, without making its 19,000 entries and their
    /// addresses (at 10,000 articles, making and hashing them was a fiftieth of a one-edit
    /// rebuild's work): ``site``, which has the site's settings (the address patterns, the page
    /// size) and every term's name and address, and every article as the build cache encodes
    /// it (its address, date and `updated`; its kind, regions and tags, which decide the lists,
    /// their pages and their newest dates), in the index's order, with which are out of date.
    /// An edit of a body leaves it as it was.
    func sitemap(limit: Int) -> UInt64 {
        var writer = BinaryWriter(capacity: 64 + articleKeys.count * 9)
        writer.write(site)
        writer.write("sitemap")
        writer.write(limit)
        writer.write(UInt32(articleKeys.count))
        for (number, key) in articleKeys.enumerated() {
            writer.write(key)
            writer.write(index.expired.contains(number))
        }
        return XXHash64.hash(writer.bytes)
    }

    /// The fingerprint of a file copied as it is (static files, bundle files): the source's
    /// device, inode, size, modification and status-change times. Any write to the file
    /// changes its status-change time, which no program can set back; 0 (make it again) when
    /// the file cannot be examined.
    static func copied(_ source: String) -> UInt64 {
        var info = stat()
        guard lstat(source, &info) == 0 else { return 0 }
        var writer = BinaryWriter(capacity: 128)
        writer.write("copy")
        writer.write(source)
        for field in [UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size),
                      UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(info.st_mtim.tv_nsec),
                      UInt64(bitPattern: Int64(info.st_ctim.tv_sec)), UInt64(info.st_ctim.tv_nsec)] {
            writer.write(field)
        }
        return XXHash64.hash(writer.bytes)
    }

    /// Articles by their ``cards``, in order; -1 for "none".
    private func write(_ articles: [Int], to writer: inout BinaryWriter) {
        writer.write(UInt32(articles.count))
        for number in articles { writer.write(number < 0 ? 0 : cards[number]) }
    }
}
