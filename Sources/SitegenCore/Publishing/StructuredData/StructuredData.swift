import Foundation

/// Makes each page's JSON-LD from the model, for search engines: what an article is (by its
/// kind's ``SchemaType``), who wrote and published it, when, where and with which files.
///
/// Every node has an `@id` built from the page's canonical address, so the publisher named on
/// every article is the same node as on the home page. Only facts the content states are
/// written: no image, event, organiser or category is made up.
struct StructuredData: Sendable {
    let config: SiteConfig
    let dates: SwedishDateFormatter

    var publisherID: String { config.baseURL + "#publisher" }
    var webSiteID: String { config.baseURL + "#website" }

    /// The `publisher` of `site.yml`; without one, the site itself under its title.
    var publisher: SchemaOrganization {
        SchemaOrganization(id: publisherID, name: config.publisher?.name ?? config.title,
                           url: config.publisher == nil ? config.baseURL : config.publisher?.url)
    }

    /// The home page: the `WebSite` and its publishing `Organization`.
    func home() -> JSONLDDocument {
        let site = SchemaWebSite(id: webSiteID, name: config.title, url: config.baseURL,
                                 description: config.description.isEmpty ? nil : config.description,
                                 inLanguage: config.language, publisher: SchemaReference(id: publisherID))
        return JSONLDDocument(graph: [.webSite(site), .organization(publisher)])
    }
}
