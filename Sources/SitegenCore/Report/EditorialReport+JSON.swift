import Foundation

/// The report as JSON, for `.sitegen/report.json`: for CI and dashboards. Keys sorted, no build
/// time, addresses from the site's root.
extension EditorialReport {
    public func json() -> Data {
        let dates = SwedishDateFormatter(timeZone: timeZone)
        /// Members sorted by key, as the file has always had them.
        func object(_ members: [(String, OrderedJSON)]) -> OrderedJSON {
            .object(members.sorted { $0.0 < $1.0 })
        }
        func article(_ entry: ArticleEntry, _ more: [(String, OrderedJSON)] = []) -> OrderedJSON {
            object([("title", .string(entry.title)), ("file", .string(entry.sourcePath)),
                    ("address", .string(entry.path.description))] + more)
        }
        func rows(_ rows: [CountRow]) -> OrderedJSON {
            .array(rows.map { row in
                object([("name", .string(row.name)), ("total", .int(row.total)),
                        ("by_year", object(zip(years, row.counts).map { (String($0), .int($1)) }))])
            })
        }
        func problems(_ entries: [ProblemEntry]) -> OrderedJSON {
            .array(entries.map { article($0.article, [("place", .string($0.place.description)), ("link", .string($0.destination)),
                                                      ("message", .string($0.message))]) })
        }
        let report = object([
            ("site", .string(siteTitle)),
            ("articles", .int(articleCount)),
            ("years", .ints(years)),
            ("by_region", rows(regions)),
            ("by_kind", rows(kinds)),
            ("by_tag", rows(tags)),
            ("without_image", .array(withoutImage.map { article($0) })),
            ("images_without_alt", problems(imagesWithoutAlt)),
            ("single_tags", .array(singleTags.map { tag in
                object([("tag", .string(tag.name)), ("closest", tag.closest.map(OrderedJSON.string) ?? .null),
                        ("article", article(tag.article))])
            })),
            ("expiring_days", .int(expiringDays)),
            ("expiring", .array(expiring.map { article($0.article, [("expiry_date", .string(dates.iso($0.expiry)))]) })),
            ("broken_links", problems(brokenLinks)),
        ])
        return Data(report.prettyBytes)
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
