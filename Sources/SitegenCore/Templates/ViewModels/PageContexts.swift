/// The top-level values of each template. A template sees `site`, `page`, `t` and one more.

public struct HomeContext: Sendable {
    public var site: SiteView
    public var page: PageView
    /// The interface's words: `{{t.key}}`.
    public var t: Translations
    public var home: HomeView
}

public struct ArticleContext: Sendable {
    public var site: SiteView
    public var page: PageView
    /// The interface's words: `{{t.key}}`.
    public var t: Translations
    public var article: ArticleView
}

public struct ListContext: Sendable {
    public var site: SiteView
    public var page: PageView
    /// The interface's words: `{{t.key}}`.
    public var t: Translations
    public var list: ListView
}

public struct TermsContext: Sendable {
    public var site: SiteView
    public var page: PageView
    /// The interface's words: `{{t.key}}`.
    public var t: Translations
    public var terms: TermsView
}

public struct ErrorContext: Sendable {
    public var site: SiteView
    public var page: PageView
    /// The interface's words: `{{t.key}}`.
    public var t: Translations
}

public struct SearchContext: Sendable {
    public var site: SiteView
    public var page: PageView
    /// The interface's words: `{{t.key}}`.
    public var t: Translations
    public var search: SearchView
}
