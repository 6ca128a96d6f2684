import Foundation

/// Everything the editorial report and its page are made from, as one number: a build whose
/// number is the one `.sitegen/report.json` was written with keeps that file, and the published
/// `/_rapport/` page recorded with it (``StagingFolder/keep(_:fingerprint:)``), instead of making
/// them again.
///
/// Made, the report and its page were 7.6% of the processor time of a rebuild after one edit of
/// 10,000 articles (`perf record -g`, 2026-11-26), to give the same bytes: an edit of a body
/// changes none of what the report shows unless it changes what the checks find.
///
/// The number hashes, beside sitegen's own version:
/// - of `site.yml`, what ``EditorialReport/make(_:content:now:)`` and ``ReportPage/html(_:config:)``
///   read: the site's title, time zone, base path, regions and kinds;
/// - every article in the index's order, as the build cache encodes it (``Fingerprints/articleKeys(_:workers:)``):
///   every front-matter field and its address, which is more than the report reads;
/// - every problem the checks found (the report lists broken links and images without
///   alternative text; the rest are hashed too, which costs nothing and guards a report that
///   would list more);
/// - which articles expire within the report's window at the build's moment: the only part
///   of the report that depends on the clock.
///
/// `RandomEditsTests` compares the report page of every rebuild with a cold build's, which is
/// what catches an input missed here; `ReportReuseTests` checks when the report is made again.
enum ReportKey {
    static func make(_ index: SiteIndex, articleKeys: [UInt64], content: ContentCheckResult, now: Date) -> UInt64 {
        var writer = BinaryWriter(capacity: 64 + articleKeys.count * 8)
        writer.write("sitegen editorial report 1")
        writer.write(SitegenVersion.current)
        writer.write(ArticleCacheKeys.executableFingerprint)
        writer.write(TimeZone.timeZoneDataVersion)
        let config = index.config
        writer.write(config.title)
        writer.write(config.timeZone.identifier)
        writer.write(config.basePath)
        writer.write(config.regions, each: { writer, region in
            writer.write(region.name)
            writer.write(region.slug)
        })
        writer.write(config.kinds, each: { writer, kind in
            writer.write(kind.plural)
            writer.write(kind.key)
        })
        writer.write(articleKeys, each: { $0.write($1) })
        writer.write(content.problems, each: { writer, problem in
            writer.write(problem.kind.rawValue)
            writer.write(problem.article)
            writer.write(problem.destination)
            writer.write(problem.diagnostic)
        })
        writer.write(EditorialReport.expiring(index.articles, now: now), each: { $0.write($1) })
        return XXHash64.hash(writer.bytes)
    }
}
