/// What a kind of article is to search engines: the schema.org type of its JSON-LD, chosen per
/// kind with `schema:` in `site.yml`.
public enum SchemaType: String, Sendable, Hashable, CaseIterable {
    /// A news article (project stories, interviews).
    case newsArticle = "NewsArticle"
    /// A news article about a meeting: a NewsArticle, plus the meeting as an `Event` when the
    /// front matter gives `event:` (start and place).
    case event = "Event"
    /// A report announcement: a `Report`, with its attachments as the files that encode it.
    case report = "Report"
    /// A crisis-support announcement: a `SpecialAnnouncement`, with `datePosted` and `expires`.
    case specialAnnouncement = "SpecialAnnouncement"

    /// The type when `site.yml` names none: by the kind's key, `NewsArticle` for unknown keys.
    public static func standard(forKindKey key: String) -> SchemaType {
        switch key {
        case "motesrapport": .event
        case "rapport": .report
        case "krisstod": .specialAnnouncement
        default: .newsArticle
        }
    }
}
