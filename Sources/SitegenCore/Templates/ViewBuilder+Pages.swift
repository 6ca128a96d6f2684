/// The contexts of the five page templates.
extension ViewBuilder {
    func home() -> HomeContext {
        let linker = Linker(page: .root, basePath: basePath)
        let latest = index.listed.prefix(config.pageSize).map { card($0, linker) }
        let sections = index.kinds.map { kind in
            HomeSectionView(title: kind.name, url: linker.url(kind.path),
                            articles: kind.articles.prefix(3).map { card($0, linker) })
        }
        var view = page(title: nil, description: config.description, path: .root, linker)
        view.jsonLD = structuredData.home().scriptText()
        return HomeContext(site: site(linker, current: .root), page: view, t: t,
                           home: HomeView(latest: latest, sections: sections, feedURL: feedURL(.rss, in: .root, linker)))
    }

    func article(_ number: Int, body: UTF8Text) -> ArticleContext {
        let article = index.articles[number]
        let linker = Linker(page: article.path, basePath: basePath)
        let neighbour = { (other: Int?) -> NeighbourView? in
            other.map { NeighbourView(title: index.articles[$0].title, url: linker.url(index.articles[$0].path)) }
        }
        let (older, newer) = index.neighbours(of: number)
        let tags = tagLinks(article, linker)
        let outline = outlines[number]
        let toc = ReadingAids.tableOfContents(outline.headings)
        let related = self.related?[number] ?? (index.expired.contains(number) ? [] : index.related(to: number))
        let moreFrom = index.moreFromRegion(of: number, excluding: related).map { page, others in
            MoreFromView(heading: t.text("moreFrom", ["region": page.name]), url: linker.url(page.path),
                         linkText: t.text("allFrom", ["region": page.name]), articles: others.map { relatedLink($0, linker) })
        }
        var view = ArticleView(
            title: article.title, dateISO: dateISO[number], dateText: dateText[number],
            updatedISO: article.updated.map(dates.iso), updatedText: article.updated.map(dates.text),
            kindName: article.kind.singular, kindURL: index.kindPaths[article.kind.key].map(linker.url),
            regions: regionLinks(article, linker), tags: tags, hasTags: !tags.isEmpty, organisation: article.organisation, author: article.author,
            summary: summaries[number], lede: article.summary,
            image: article.image.map { image(of: article, $0, linker) },
            body: body,
            attachments: article.attachments.map { attachment in
                AttachmentView(title: attachment.title, url: linker.asset(attachment.source, of: article),
                               fileName: attachment.fileName, typeText: Wording.fileType(attachment.fileName, t),
                               sizeText: attachment.byteCount.map { Wording.fileSize($0, t) })
            },
            hasAttachments: !article.attachments.isEmpty,
            contacts: article.contacts.map { contact in
                ContactView(name: contact.name, role: contact.role, email: contact.email,
                            emailURL: contact.email.map { "mailto:" + $0 }, phone: contact.phone,
                            phoneURL: contact.phone.flatMap(Wording.telephoneURL))
            },
            hasContacts: !article.contacts.isEmpty,
            contactsHeading: t.text(article.contacts.count == 1 ? "contactsOne" : "contactsOther"),
            previous: neighbour(older), next: neighbour(newer),
            hasNeighbours: older != nil || newer != nil,
            expired: index.expired.contains(number),
            expiryDateText: article.expiryDate.map(dates.text),
            expiredText: article.expiryDate.map { t.text("expiredNotice", ["date": dates.text($0)]) },
            wordCount: outline.wordCount, wordCountText: t.count("words", outline.wordCount), readingTimeText: ReadingAids.readingTime(words: outline.wordCount, t),
            toc: toc ?? [], hasToc: toc != nil,
            related: related.map { relatedLink($0, linker) }, hasRelated: !related.isEmpty, moreFrom: moreFrom)
        if let now = preview { view.previewNotice = PreviewNotice.text(for: article, now: now, t, dates) }
        return ArticleContext(site: site(linker, current: article.path),
                              page: articlePage(number, linker), t: t,
                              article: view)
    }

    func list(_ term: TermPage, number: Int, of total: Int) -> ListContext {
        let path = index.path(of: term, page: number)
        let linker = Linker(page: path, basePath: basePath)
        let start = (number - 1) * config.pageSize
        let members = term.articles[start..<min(term.articles.count, start + config.pageSize)]
        let pagination = total == 1 ? nil : PaginationView(
            label: t.text("pageOf", ["page": String(number), "pages": String(total)]), currentPage: number, totalPages: total,
            previousURL: number > 1 ? linker.url(index.path(of: term, page: number - 1)) : nil,
            nextURL: number < total ? linker.url(index.path(of: term, page: number + 1)) : nil,
            pages: PaginationWindow.pages(current: number, total: total).map { page in
                guard let page else { return PageLinkView(number: 0, url: "", current: false, gap: true) }
                return PageLinkView(number: page, url: linker.url(index.path(of: term, page: page)), current: page == number, gap: false)
            })
        let label = switch term.family {
        case .tag: t.text("labelTag")
        case .region: t.text("labelRegion")
        case .kind: t.text("labelKind")
        case .year, .month: t.text("labelArchive")
        }
        let description = Wording.description(of: term, site: config.title, t)
        let title = number == 1 ? term.name : t.text("titlePage", ["title": term.name, "page": String(number)])
        // Tags, regions and kinds have feeds; archive years and months do not.
        let hasFeeds = term.family != .year && term.family != .month
        return ListContext(
            site: site(linker, current: path),
            page: page(title: title, description: description, path: path, linker, term: hasFeeds ? term : nil), t: t,
            list: ListView(heading: term.name, label: label, countText: t.count("articles", term.articles.count),
                           articles: members.map { card($0, linker) }, pagination: pagination,
                           feedURL: hasFeeds ? feedURL(.rss, in: term.path, linker) : nil))
    }

    /// All tags, all regions (as a tree) or the archive (years, with the months of busy years).
    func overview(of family: TermPage.Family) -> TermsContext {
        let path: SitePath, terms: [TermPage], heading: String, intro: String
        switch family {
        case .tag:
            (path, terms, heading, intro) = (index.tagsOverview, index.tags, t.text("tagsHeading"), t.text("tagsIntro"))
        case .region, .kind:
            (path, terms, heading, intro) = (index.regionsOverview, index.regions, t.text("regionsHeading"), t.text("regionsIntro"))
        case .year, .month:
            (path, terms, heading, intro) = (index.archiveOverview, index.archives, t.text("archiveHeading"), t.text("archiveIntro"))
        }
        let linker = Linker(page: path, basePath: basePath)
        return TermsContext(
            site: site(linker, current: path), page: page(title: heading, description: intro, path: path, linker), t: t,
            terms: TermsView(heading: heading, intro: intro, items: termTree(terms, linker)))
    }

    /// The terms as a tree: regions nest under their parent region; tags stay a flat list.
    private func termTree(_ terms: [TermPage], _ linker: Linker) -> [TermItemView] {
        let parentOf = Dictionary(config.regions.map { ($0.slug, $0.parent) }, uniquingKeysWith: { first, _ in first })
        let present = Set(terms.map(\.slug))
        func parent(_ term: TermPage) -> String? {
            switch term.family {
            case .month: return String(term.slug.prefix(4)) // 2019-04 is in 2019
            case .region:
                guard let slug = parentOf[term.slug] ?? nil, present.contains(slug) else { return nil }
                return slug
            default: return nil
            }
        }
        // Grouped once: filtering all terms under each term was quadratic (10,000 tags, minutes).
        let byParent = Dictionary(grouping: terms, by: parent)
        func items(under slug: String?) -> [TermItemView] {
            (byParent[slug] ?? []).map { term in
                let children = items(under: term.slug)
                return TermItemView(name: term.name, url: linker.url(term.path), count: term.articles.count,
                                    countText: t.count("articles", term.articles.count), children: children,
                                    hasChildren: !children.isEmpty)
            }
        }
        return items(under: nil)
    }

    func notFound() -> ErrorContext {
        let linker = Linker(page: nil, basePath: basePath)
        var view = page(title: t.text("notFoundTitle"), description: "", path: .root, linker)
        view.isHome = false
        view.noindex = true
        view.canonicalURL = config.baseURL + "404.html"
        return ErrorContext(site: site(linker, current: nil), page: view, t: t)
    }
}
