/// What a page shows search engines and social media: Open Graph and Twitter-card values and
/// the JSON-LD. Every address here is absolute, since it is read outside the site.
extension ViewBuilder {
    /// An article page's head: the page's values plus its image, dates, kind, tags and JSON-LD.
    func articlePage(_ number: Int, _ linker: Linker) -> PageView {
        let article = index.articles[number]
        var view = page(title: article.title, description: summaries[number], path: article.path, linker)
        if let image = article.image, Self.isShareable(image.source) {
            view.image = ImageView(url: config.absoluteURL(image.source, page: article.path), alt: image.alt,
                                   width: image.width, height: image.height)
            view.twitterCard = Self.twitterCard(view.image)
        }
        let tags = tagNames(article)
        view.ogType = "article"
        view.publishedISO = dateISO[number]
        view.modifiedISO = article.updated.map(dates.iso)
        view.expiresISO = article.expiryDate.map(dates.iso)
        view.section = article.kind.singular
        view.tags = tags
        view.jsonLD = structuredData.article(article, summary: summaries[number], tags: tags).scriptText()
        return view
    }

    /// The `share_image` of `site.yml`, for pages without an image of their own.
    func siteShareImage() -> ImageView? {
        config.shareImage.map {
            ImageView(url: config.absoluteURL($0.source, page: .root), alt: $0.alt, width: $0.width, height: $0.height)
        }
    }

    /// The article's tags as the site spells them, also those without a page of their own.
    func tagNames(_ article: Article) -> [String] {
        article.tags.map { index.tagsBySlug[$0.slug]?.name ?? $0.name }
    }

    static func twitterCard(_ image: ImageView?) -> String {
        image == nil ? "summary" : "summary_large_image"
    }

    /// Social media show PNG, JPEG, GIF and WebP but not SVG; an article with an SVG image is
    /// shared with the site's image instead.
    static func isShareable(_ source: AssetReference) -> Bool {
        let name: String
        switch source {
        case .bundle(let path), .site(let path): name = path
        case .external(let url): name = String(url.split(separator: "?").first ?? "")
        }
        return !name.lowercased().hasSuffix(".svg")
    }
}
