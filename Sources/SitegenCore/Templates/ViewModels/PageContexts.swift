/// The top-level values of each template. A template sees `site`, `page` and one more.

public struct HomeContext: Sendable {
    public var site: SiteView
    public var page: PageView
    public var home: HomeView
}

public struct ArticleContext: Sendable {
    public var site: SiteView
    public var page: PageView
    public var article: ArticleView
}

public struct ListContext: Sendable {
    public var site: SiteView
    public var page: PageView
    public var list: ListView
}

public struct TermsContext: Sendable {
    public var site: SiteView
    public var page: PageView
    public var terms: TermsView
}

public struct ErrorContext: Sendable {
    public var site: SiteView
    public var page: PageView
}

public struct SearchContext: Sendable {
    public var site: SiteView
    public var page: PageView
    public var search: SearchView
}
