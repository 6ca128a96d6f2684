import Foundation

extension StructuredData {
    /// Wikidata's item for the COVID-19 pandemic, which schema.org asks announcements about it
    /// to give as their `category`.
    static let covidCategory = "https://www.wikidata.org/wiki/Q81068910"

    /// An article page: its main node typed by the kind's schema, the meeting as an `Event`
    /// for kinds with schema Event, and the publisher.
    ///
    /// - Parameters:
    ///   - summary: the description shown in lists and meta tags.
    ///   - tags: the tag names as the site spells them.
    func article(_ article: Article, summary: String, tags: [String]) -> JSONLDDocument {
        let page = config.absoluteURL(article.path)
        let schema = article.kind.schema
        let isAnnouncement = schema == .specialAnnouncement
        let event = schema == .event ? article.event.map { self.event($0, of: article, page: page) } : nil
        let main = SchemaArticle(
            type: schema == .event ? SchemaType.newsArticle.rawValue : schema.rawValue,
            id: page + "#article", headline: article.title, name: isAnnouncement ? article.title : nil,
            description: summary, url: page, mainEntityOfPage: SchemaTypedReference(type: "WebPage", id: page),
            datePublished: dates.iso(article.date), dateModified: dates.iso(article.updated ?? article.date),
            datePosted: isAnnouncement ? dates.iso(article.date) : nil,
            expires: article.expiryDate.map(dates.iso),
            author: author(of: article),
            sourceOrganization: article.author == nil ? nil : article.organisation.map { SchemaOrganization(name: $0) },
            publisher: SchemaReference(id: publisherID),
            image: article.image.map { [image($0, of: article)] },
            inLanguage: config.language,
            keywords: tags.isEmpty ? nil : tags.joined(separator: ", "),
            articleSection: isAnnouncement ? nil : article.kind.singular,
            spatialCoverage: article.regions.map { .area($0.name) },
            about: event.map { SchemaReference(id: $0.id) },
            encoding: schema == .report && !article.attachments.isEmpty ? article.attachments.map { media($0, of: article) } : nil,
            category: isAnnouncement && Self.isAboutCovid(article) ? Self.covidCategory : nil,
            isPartOf: SchemaReference(id: webSiteID))
        var graph: [SchemaNode] = [.article(main)]
        if let event { graph.append(.event(event)) }
        graph.append(.organization(publisher))
        return JSONLDDocument(graph: graph)
    }

    /// A person when the front matter names the author, else the article's organisation, else
    /// the publisher.
    func author(of article: Article) -> SchemaAgent {
        if let name = article.author { return .person(SchemaPerson(name: name)) }
        if let name = article.organisation { return .organization(SchemaOrganization(name: name)) }
        return .reference(SchemaReference(id: publisherID))
    }

    func event(_ event: Event, of article: Article, page: String) -> SchemaEvent {
        SchemaEvent(id: page + "#event", name: article.title, startDate: eventDate(event.start),
                    endDate: event.end.map(eventDate), location: .place(event.place, address: event.address),
                    organizer: article.organisation.map { SchemaOrganization(name: $0) },
                    subjectOf: SchemaReference(id: page + "#article"))
    }

    /// A date written without a time (`start: 2019-04-11`) is midnight in the site's zone; it is
    /// given as the day alone, since the meeting did not start at midnight.
    func eventDate(_ date: Date) -> String {
        let iso = dates.iso(date)
        return iso.dropFirst(10).hasPrefix("T00:00:00") ? String(iso.prefix(10)) : iso
    }

    func image(_ image: ArticleImage, of article: Article) -> SchemaImage {
        SchemaImage(url: config.absoluteURL(image.source, page: article.path), width: image.width,
                    height: image.height, caption: image.caption)
    }

    func media(_ attachment: Attachment, of article: Article) -> SchemaMediaObject {
        SchemaMediaObject(name: attachment.title, contentUrl: config.absoluteURL(attachment.source, page: article.path),
                          encodingFormat: MediaType.of(fileName: attachment.fileName),
                          contentSize: attachment.byteCount.map(MediaType.contentSize))
    }

    /// Tagged with COVID-19 (`covid`, `covid-19`, `coronavirus` ...).
    static func isAboutCovid(_ article: Article) -> Bool {
        article.tags.contains { $0.slug.hasPrefix("covid") || $0.slug.hasPrefix("corona") }
    }
}
