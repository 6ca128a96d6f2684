import Foundation

/// The report as JSON, for `.sitegen/report.json`: for CI and dashboards. Keys sorted, no build
/// time, addresses from the site's root.
extension EditorialReport {
    public func json() -> Data {
        let dates = SwedishDateFormatter(timeZone: timeZone)
        func article(_ entry: ArticleEntry) -> [String: Any] {
            ["title": entry.title, "file": entry.sourcePath, "address": entry.path.description]
        }
        func rows(_ rows: [CountRow]) -> [[String: Any]] {
            rows.map { row in
                ["name": row.name, "total": row.total,
                 "by_year": Dictionary(uniqueKeysWithValues: zip(years.map(String.init), row.counts))]
            }
        }
        func problems(_ entries: [ProblemEntry]) -> [[String: Any]] {
            entries.map { article($0.article).merging(["place": $0.place.description, "link": $0.destination, "message": $0.message]) { a, _ in a } }
        }
        let object: [String: Any] = [
            "site": siteTitle,
            "articles": articleCount,
            "years": years,
            "by_region": rows(regions),
            "by_kind": rows(kinds),
            "by_tag": rows(tags),
            "without_image": withoutImage.map(article),
            "images_without_alt": problems(imagesWithoutAlt),
            "single_tags": singleTags.map { tag in
                ["tag": tag.name, "closest": tag.closest ?? NSNull(), "article": article(tag.article)] as [String: Any]
            },
            "expiring_days": expiringDays,
            "expiring": expiring.map { article($0.article).merging(["expiry_date": dates.iso($0.expiry)]) { a, _ in a } },
            "broken_links": problems(brokenLinks),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return data + Data("\n".utf8)
    }
}

/// `.sitegen/report.json` in the site folder: the editorial report of the last build, also of
/// one that stopped at a broken link (that is when it is most wanted). Never published.
public enum ReportFile {
    public static func url(in source: URL) -> URL {
        source.appendingPathComponent(".sitegen/report.json")
    }

    static func write(_ report: EditorialReport, source: URL) throws(OutputError) {
        let file = url(in: source)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try report.json().write(to: file, options: .atomic)
        } catch {
            throw .cannotWrite(file.path, reason: error.localizedDescription)
        }
    }
}
