// Template lookups by name, without reflection.
//
// Each view-model answers its own fields with typed values (``TemplateObject``): no `Mirror`
// (reflection was a third of a whole build's time when swift-mustache used it) and no casts
// from `Any` (half of it, later; see ``TemplateLibrary``), and by the ``TemplateField`` each
// name was found to be when the template was parsed, not by comparing strings (``TemplateKey``).
// The names are the template contract; `ViewModelLookupTests` checks that every stored property
// is answered, with the same value, so this file cannot drift from the structs.

extension SiteView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .title: title.templateValue
        case .description: description.templateValue
        case .language: language.templateValue
        case .homeURL: homeURL.templateValue
        case .stylesheetURL: stylesheetURL.templateValue
        case .tagsURL: tagsURL.templateValue
        case .regionsURL: regionsURL.templateValue
        case .archiveURL: archiveURL.templateValue
        case .searchURL: searchURL.templateValue
        case .nav: nav.templateValue
        case .publisherName: publisherName.templateValue
        case .publisherURL: publisherURL.templateValue
        case .accessibilityURL: accessibilityURL.templateValue
        case .locale: locale.templateValue
        default: .missing
        }
    }
}

extension NavItemView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .title: title.templateValue
        case .url: url.templateValue
        case .current: current.templateValue
        default: .missing
        }
    }
}

extension PageView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .title: title.templateValue
        case .description: description.templateValue
        case .canonicalURL: canonicalURL.templateValue
        case .isHome: isHome.templateValue
        case .noindex: noindex.templateValue
        case .shareTitle: shareTitle.templateValue
        case .ogType: ogType.templateValue
        case .image: image.templateValue
        case .twitterCard: twitterCard.templateValue
        case .publishedISO: publishedISO.templateValue
        case .modifiedISO: modifiedISO.templateValue
        case .expiresISO: expiresISO.templateValue
        case .section: section.templateValue
        case .tags: tags.templateValue
        case .jsonLD: jsonLD.templateValue
        case .feeds: feeds.templateValue
        default: .missing
        }
    }
}

extension FeedLinkView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .title: title.templateValue
        case .url: url.templateValue
        case .type: type.templateValue
        default: .missing
        }
    }
}

extension LinkView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .name: self.name.templateValue
        case .url: url.templateValue
        default: .missing
        }
    }
}

extension ImageView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .url: url.templateValue
        case .alt: alt.templateValue
        case .caption: caption.templateValue
        case .width: width.templateValue
        case .height: height.templateValue
        default: .missing
        }
    }
}

extension CardView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .title: title.templateValue
        case .url: url.templateValue
        case .dateISO: dateISO.templateValue
        case .dateText: dateText.templateValue
        case .kindName: kindName.templateValue
        case .kindURL: kindURL.templateValue
        case .summary: summary.templateValue
        case .regions: regions.templateValue
        case .image: image.templateValue
        default: .missing
        }
    }
}

extension HomeView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .latest: latest.templateValue
        case .sections: sections.templateValue
        case .feedURL: feedURL.templateValue
        default: .missing
        }
    }
}

extension HomeSectionView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .title: title.templateValue
        case .url: url.templateValue
        case .articles: articles.templateValue
        default: .missing
        }
    }
}

extension ListView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .heading: heading.templateValue
        case .label: label.templateValue
        case .countText: countText.templateValue
        case .articles: articles.templateValue
        case .pagination: pagination.templateValue
        case .feedURL: feedURL.templateValue
        default: .missing
        }
    }
}

extension PaginationView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .label: label.templateValue
        case .currentPage: currentPage.templateValue
        case .totalPages: totalPages.templateValue
        case .previousURL: previousURL.templateValue
        case .nextURL: nextURL.templateValue
        case .pages: pages.templateValue
        default: .missing
        }
    }
}

extension PageLinkView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .number: number.templateValue
        case .url: url.templateValue
        case .current: current.templateValue
        case .gap: gap.templateValue
        default: .missing
        }
    }
}

extension TermsView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .heading: heading.templateValue
        case .intro: intro.templateValue
        case .items: items.templateValue
        default: .missing
        }
    }
}

extension TermItemView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .name: self.name.templateValue
        case .url: url.templateValue
        case .count: count.templateValue
        case .countText: countText.templateValue
        case .children: children.templateValue
        case .hasChildren: hasChildren.templateValue
        default: .missing
        }
    }
}

extension HomeContext: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .site: site.templateValue
        case .page: page.templateValue
        case .t: t.templateValue
        case .home: home.templateValue
        default: .missing
        }
    }

    public func value(for first: TemplateKey, then rest: ArraySlice<TemplateKey>) -> TemplateValue? {
        switch first.field {
        case .site: nested(site, rest)
        case .page: nested(page, rest)
        case .t: nested(t, rest)
        case .home: nested(home, rest)
        default: nil
        }
    }
}

extension ArticleContext: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .site: site.templateValue
        case .page: page.templateValue
        case .t: t.templateValue
        case .article: article.templateValue
        default: .missing
        }
    }

    public func value(for first: TemplateKey, then rest: ArraySlice<TemplateKey>) -> TemplateValue? {
        switch first.field {
        case .site: nested(site, rest)
        case .page: nested(page, rest)
        case .t: nested(t, rest)
        case .article: nested(article, rest)
        default: nil
        }
    }
}

extension ListContext: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .site: site.templateValue
        case .page: page.templateValue
        case .t: t.templateValue
        case .list: list.templateValue
        default: .missing
        }
    }

    public func value(for first: TemplateKey, then rest: ArraySlice<TemplateKey>) -> TemplateValue? {
        switch first.field {
        case .site: nested(site, rest)
        case .page: nested(page, rest)
        case .t: nested(t, rest)
        case .list: nested(list, rest)
        default: nil
        }
    }
}

extension TermsContext: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .site: site.templateValue
        case .page: page.templateValue
        case .t: t.templateValue
        case .terms: terms.templateValue
        default: .missing
        }
    }

    public func value(for first: TemplateKey, then rest: ArraySlice<TemplateKey>) -> TemplateValue? {
        switch first.field {
        case .site: nested(site, rest)
        case .page: nested(page, rest)
        case .t: nested(t, rest)
        case .terms: nested(terms, rest)
        default: nil
        }
    }
}

extension ErrorContext: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .site: site.templateValue
        case .page: page.templateValue
        case .t: t.templateValue
        default: .missing
        }
    }

    public func value(for first: TemplateKey, then rest: ArraySlice<TemplateKey>) -> TemplateValue? {
        switch first.field {
        case .site: nested(site, rest)
        case .page: nested(page, rest)
        case .t: nested(t, rest)
        default: nil
        }
    }
}

extension SearchView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .heading: heading.templateValue
        case .intro: intro.templateValue
        case .indexURL: indexURL.templateValue
        case .scriptURL: scriptURL.templateValue
        case .kinds: kinds.templateValue
        case .regions: regions.templateValue
        default: .missing
        }
    }
}

extension SearchOptionView: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .value: value.templateValue
        case .name: self.name.templateValue
        case .count: count.templateValue
        default: .missing
        }
    }
}

extension SearchContext: TemplateObject {
    public func value(for key: TemplateKey) -> TemplateValue {
        switch key.field {
        case .site: site.templateValue
        case .page: page.templateValue
        case .t: t.templateValue
        case .search: search.templateValue
        default: .missing
        }
    }

    public func value(for first: TemplateKey, then rest: ArraySlice<TemplateKey>) -> TemplateValue? {
        switch first.field {
        case .site: nested(site, rest)
        case .page: nested(page, rest)
        case .t: nested(t, rest)
        case .search: nested(search, rest)
        default: nil
        }
    }
}
