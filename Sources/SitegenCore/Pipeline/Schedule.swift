import Foundation

/// Phase "schedule": which articles the site shows at the build's moment.
///
/// An article with `publish_date` in the future is not built (unless `--future`); one past its
/// `expiry_date` is removed or kept as out of date, as `site.yml` says. The build's "now" is a
/// parameter, never read here, so tests and previews can set it (`--now`).
struct Schedule: Sendable {
    /// Articles to build, in the order given.
    var articles: [Article]
    /// Source paths of built articles that are out of date: they keep their page, with a banner,
    /// but are left out of lists, feeds and related articles.
    var expired: Set<String>
    var scheduledCount: Int
    var removedCount: Int
    /// The next moment after "now" when the output changes by itself.
    var nextChange: ScheduledChange?

    init(_ candidates: [Article], now: Date, includeFuture: Bool, policy: SiteConfig.ExpiredPolicy) {
        articles = []
        expired = []
        scheduledCount = 0
        removedCount = 0
        nextChange = nil
        for article in candidates {
            if let publish = article.publishDate, publish > now {
                note(ScheduledChange(date: publish, reason: .publish, sourcePath: article.sourcePath))
                if !includeFuture {
                    scheduledCount += 1
                    continue
                }
            }
            if let expiry = article.expiryDate {
                if expiry <= now {
                    if policy == .remove {
                        removedCount += 1
                        continue
                    }
                    expired.insert(article.sourcePath)
                } else {
                    note(ScheduledChange(date: expiry, reason: .expire, sourcePath: article.sourcePath))
                }
            }
            articles.append(article)
        }
    }

    private mutating func note(_ change: ScheduledChange) {
        if let current = nextChange, (current.date, current.sourcePath) <= (change.date, change.sourcePath) { return }
        nextChange = change
    }
}

/// A moment when a rebuild changes the site without any edit: an article is due or expires.
public struct ScheduledChange: Sendable, Hashable {
    public enum Reason: String, Sendable { case publish, expire }
    public var date: Date
    public var reason: Reason
    public var sourcePath: String
}
