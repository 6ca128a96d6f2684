/// What `article.mustache` sees of the article.
public struct ArticleView: Sendable {
    public var title: String
    public var dateISO: String
    public var dateText: String
    public var updatedISO: String?
    public var updatedText: String?
    public var kindName: String
    /// Absent when the kind has no page (its only articles are out of date).
    public var kindURL: String?
    public var regions: [LinkView]
    public var tags: [LinkView]
    public var hasTags: Bool
    public var organisation: String?
    public var author: String?
    public var summary: String
    /// The summary when the writer gave one, for an ingress above the body; absent when the
    /// summary was taken from the first paragraph (which the body already shows).
    public var lede: String?
    public var image: ImageView?
    /// HTML from cmark-gfm; the one value templates print with `{{{ }}}`. As UTF-8 bytes, as
    /// the build keeps it (``UTF8Text``).
    public var body: UTF8Text
    public var attachments: [AttachmentView]
    public var hasAttachments: Bool
    public var contacts: [ContactView]
    public var hasContacts: Bool
    /// "Presskontakt" or "Presskontakter".
    public var contactsHeading: String
    /// The next older article.
    public var previous: NeighbourView?
    /// The next newer article.
    public var next: NeighbourView?
    public var hasNeighbours: Bool
    /// Past its expiry date and kept: the page shows an "inaktuell" banner.
    public var expired: Bool
    /// "30 juni 2020", when the article has an expiry date.
    public var expiryDateText: String?
    /// The out-of-date notice's sentence, with the date: "Informationen gällde till 30 juni 2020 …".
    public var expiredText: String?
    public var wordCount: Int
    /// "812 ord"
    public var wordCountText: String
    /// "4 min läsning"
    public var readingTimeText: String
    /// For long articles (three or more h2/h3 headings).
    public var toc: [TocItemView]
    public var hasToc: Bool
    /// Ranked by shared tags and regions, then recency.
    public var related: [RelatedView]
    public var hasRelated: Bool
    public var moreFrom: MoreFromView?
    /// Only in a preview (`sitegen serve`): "Utkast – visas bara i förhandsvisningen" or
    /// "Schemalagd: publiceras 1 december 2026", for a page the published site does not show yet.
    public var previewNotice: String? = nil
}

public struct AttachmentView: Sendable {
    public var title: String
    public var url: String
    public var fileName: String
    /// "PDF", "Word", ...
    public var typeText: String
    /// "1,2 MB"; absent for files on other sites.
    public var sizeText: String?
}

public struct ContactView: Sendable {
    public var name: String
    public var role: String?
    public var email: String?
    public var emailURL: String?
    public var phone: String?
    public var phoneURL: String?
}

public struct NeighbourView: Sendable {
    public var title: String
    public var url: String
}
