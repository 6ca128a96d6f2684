/// One part of a tag's name (`title` in `{{article.title}}`), with the field of sitegen's
/// view-models it names, found once when the template is parsed.
///
/// Why: a view-model answered a name by a `switch` over `String`s, which compares the name with
/// each case in turn (an out-of-line call for each that does not match: the article's view has
/// 36 fields), for every tag of every page. A `switch` over ``TemplateField`` is a jump on one
/// byte. A name no view-model of sitegen's answers has no field, and only objects that answer
/// any name (the interface's words, ``Translations``) look at ``name``.
public struct TemplateKey: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The part as written.
    public let name: String
    /// The field it names, when one of sitegen's view-models has a field of that name.
    public let field: TemplateField?

    public init(_ name: String) {
        self.name = name
        field = TemplateField.byName[name]
    }

    public init(stringLiteral name: String) {
        self.init(name)
    }
}

/// Every name a view-model of sitegen's answers (``TemplateObject``), the template contract of
/// README's "Templates". `ViewModelLookupTests` holds each view-model's answers to its stored
/// properties, so a field missing here is a failing test, not a silently empty tag.
public enum TemplateField: String, CaseIterable, Sendable {
    case accessibilityURL, alt, archiveURL, article, articles, attachments, author, body, canonicalURL
    case caption, children, contacts, contactsHeading, count, countText, current, currentPage, dateISO
    case dateText, description, email, emailURL, expired, expiredText, expiresISO, expiryDateText
    case feedURL, feeds, fileName, gap, hasAttachments, hasChildren, hasContacts, hasNeighbours
    case hasRelated, hasTags, hasToc, heading, height, home, homeURL, id, image, indexURL, intro, isHome
    case items, jsonLD, kindName, kindURL, kinds, label, language, latest, lede, linkText, list, locale
    case modifiedISO, moreFrom, name, nav, next, nextURL, noindex, number, ogType, organisation, page
    case pages, pagination, phone, phoneURL, previewNotice, previous, previousURL, publishedISO
    case publisherName, publisherURL, readingTimeText, regions, regionsURL, related, role, scriptURL
    case search, searchURL, section, sections, shareTitle, site, sizeText, stylesheetURL, summary, t
    case tags, tagsURL, terms, text, title, toc, totalPages, twitterCard, type, typeText, updatedISO
    case updatedText, url, value, width, wordCount, wordCountText

    /// Made once: `init(rawValue:)` compares the name with each case in turn.
    static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}
