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
///
/// Beside it, `.sitegen/report.key` holds the ``ReportKey`` it was made with and the hash of its
/// bytes: a build with the same key keeps the file (``isCurrent(key:source:)``). The bytes' hash
/// makes a file changed or replaced since (by hand, or by a build of other sources that did
/// not write the key) count as not current.
public enum ReportFile {
    public static func url(in source: URL) -> URL {
        source.appendingPathComponent(".sitegen/report.json")
    }

    static func keyURL(in source: URL) -> URL {
        source.appendingPathComponent(".sitegen/report.key")
    }

    /// Whether `.sitegen/report.json` is the report made with `key`: the key file names `key`
    /// and the hash of the report's bytes as they are now.
    static func isCurrent(key: UInt64, source: URL) -> Bool {
        guard let recorded = try? String(contentsOf: keyURL(in: source), encoding: .utf8),
              let json = try? Data(contentsOf: url(in: source)) else { return false }
        return recorded == line(key: key, json: json)
    }

    static func write(_ report: EditorialReport, key: UInt64, source: URL) throws(OutputError) {
        let file = url(in: source)
        let keyFile = keyURL(in: source)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            // The old key goes first: a build stopped between the two writes leaves no key, and
            // the next build writes the report again.
            try? FileManager.default.removeItem(at: keyFile)
            let json = report.json()
            try json.write(to: file, options: .atomic)
            try Data(line(key: key, json: json).utf8).write(to: keyFile, options: .atomic)
        } catch {
            throw .cannotWrite(file.path, reason: error.localizedDescription)
        }
    }

    private static func line(key: UInt64, json: Data) -> String {
        let hash = json.withUnsafeBytes { XXHash64.hash($0) }
        return String(key, radix: 16) + " " + String(hash, radix: 16) + "\n"
    }
}
