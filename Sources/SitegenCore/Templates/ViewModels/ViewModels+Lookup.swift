import Mustache

// Template lookups by name, without reflection.
//
// swift-mustache finds a view-model's fields with `Mirror` unless the value answers
// `child(named:)` itself; reflection was about a third of a whole build's time (perf, 500
// articles). Each view-model therefore answers its own fields here. The names are the
// template contract; `ViewModelLookupTests` checks that every stored property is answered,
// with the same value, so this file cannot drift from the structs.

extension SiteView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "language": language
        case "homeURL": homeURL
        case "stylesheetURL": stylesheetURL
        case "tagsURL": tagsURL
        case "regionsURL": regionsURL
        case "archiveURL": archiveURL
        case "searchURL": searchURL
        case "nav": nav
        case "publisherName": publisherName
        case "publisherURL": publisherURL
        case "accessibilityURL": accessibilityURL
        case "locale": locale
        default: nil
        }
    }
}

extension NavItemView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "current": current
        default: nil
        }
    }
}

extension PageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "canonicalURL": canonicalURL
        case "isHome": isHome
        case "noindex": noindex
        case "shareTitle": shareTitle
        case "ogType": ogType
        case "image": image
        case "twitterCard": twitterCard
        case "publishedISO": publishedISO
        case "modifiedISO": modifiedISO
        case "expiresISO": expiresISO
        case "section": section
        case "tags": tags
        case "jsonLD": jsonLD
        case "feeds": feeds
        default: nil
        }
    }
}

extension FeedLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "type": type
        default: nil
        }
    }
}

extension LinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        default: nil
        }
    }
}

extension ImageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "url": url
        case "alt": alt
        case "caption": caption
        case "width": width
        case "height": height
        default: nil
        }
    }
}

extension CardView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "dateISO": dateISO
        case "dateText": dateText
        case "kindName": kindName
        case "kindURL": kindURL
        case "summary": summary
        case "regions": regions
        case "image": image
        default: nil
        }
    }
}

extension HomeView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "latest": latest
        case "sections": sections
        case "feedURL": feedURL
        default: nil
        }
    }
}

extension HomeSectionView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "articles": articles
        default: nil
        }
    }
}

extension ListView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "label": label
        case "countText": countText
        case "articles": articles
        case "pagination": pagination
        case "feedURL": feedURL
        default: nil
        }
    }
}

extension PaginationView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "currentPage": currentPage
        case "totalPages": totalPages
        case "previousURL": previousURL
        case "nextURL": nextURL
        case "pages": pages
        default: nil
        }
    }
}

extension PageLinkView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "url": url
        case "current": current
        default: nil
        }
    }
}

extension TermsView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "intro": intro
        case "items": items
        default: nil
        }
    }
}

extension TermItemView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        case "count": count
        case "countText": countText
        case "children": children
        case "hasChildren": hasChildren
        default: nil
        }
    }
}

extension HomeContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "t": t
        case "home": home
        default: nil
        }
    }
}

extension ArticleContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "t": t
        case "article": article
        default: nil
        }
    }
}

extension ListContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "t": t
        case "list": list
        default: nil
        }
    }
}

extension TermsContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "t": t
        case "terms": terms
        default: nil
        }
    }
}

extension ErrorContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "t": t
        default: nil
        }
    }
}

extension SearchView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "intro": intro
        case "indexURL": indexURL
        case "scriptURL": scriptURL
        case "kinds": kinds
        case "regions": regions
        default: nil
        }
    }
}

extension SearchOptionView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "name": self.name
        case "count": count
        default: nil
        }
    }
}

extension SearchContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "t": t
        case "search": search
        default: nil
        }
    }
}
