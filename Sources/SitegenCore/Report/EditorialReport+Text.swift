/// The report as plain text, for `sitegen report` in a terminal: the same sections as the page,
/// tables with aligned columns, no colours (it is meant to be read, piped or mailed).
extension EditorialReport {
    public func text() -> String {
        let dates = SwedishDateFormatter(timeZone: timeZone)
        var lines = ["\(Words.title) för \(siteTitle): \(Words.articles(articleCount))"]
        func section(_ heading: String, count: Int? = nil) {
            lines.append("")
            lines.append(count.map { "\(heading) (\($0))" } ?? heading)
        }
        func table(_ heading: String, _ label: String, _ rows: [CountRow]) {
            section(heading)
            let header = [label] + years.map(String.init) + [Words.total]
            let body = rows.map { [$0.name] + $0.counts.map(String.init) + [String($0.total)] }
            let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
            for cells in [header] + body {
                let padded = cells.enumerated().map { column, cell in
                    let pad = String(repeating: " ", count: widths[column] - cell.count)
                    return column == 0 ? cell + pad : pad + cell
                }
                lines.append("  " + padded.joined(separator: "  "))
            }
            if rows.isEmpty { lines.append("  " + Words.none) }
        }
        func list(_ items: [String]) {
            lines += items.isEmpty ? ["  " + Words.none] : items.map { "  " + $0 }
        }
        table(Words.byRegion, Words.region, regions)
        table(Words.byKind, Words.kind, kinds)
        table(Words.byTag, Words.tag, tags)
        section(Words.withoutImage, count: withoutImage.count)
        list(withoutImage.map { "\($0.title) (\($0.sourcePath))" })
        section(Words.imagesWithoutAlt, count: imagesWithoutAlt.count)
        list(imagesWithoutAlt.map { "\($0.place): \($0.destination) (\($0.article.title))" })
        section(Words.singleTags, count: singleTags.count)
        list(singleTags.map { "\($0.name): \($0.article.sourcePath), \(Words.closest($0.closest))" })
        section(Words.expiring(expiringDays), count: expiring.count)
        list(expiring.map { "\(dates.text($0.expiry)): \($0.article.title) (\($0.article.sourcePath))" })
        section(Words.brokenLinks, count: brokenLinks.count)
        list(brokenLinks.map { "\($0.place): \($0.destination), \(Words.reason($0.kind))" })
        return lines.joined(separator: "\n") + "\n"
    }
}
