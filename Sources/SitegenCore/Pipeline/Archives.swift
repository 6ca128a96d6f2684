/// The archive: a page per year with listed articles and, for years busier than
/// `archive_months_over`, a page per month; newest first.
enum Archives {
    static func make(_ articles: [Article], listed: [Int], config: SiteConfig,
                     months monthNames: [String] = SwedishDateFormatter.monthNames) -> [TermPage] {
        let dates = SwedishDateFormatter(timeZone: config.timeZone)
        var byYear: [Int: [Int]] = [:]
        var byMonth: [Int: [Int: [Int]]] = [:]
        for number in listed {
            let (year, month, _) = dates.components(articles[number].date)
            byYear[year, default: []].append(number)
            byMonth[year, default: [:]][month, default: []].append(number)
        }
        var years: [TermPage] = []
        var months: [TermPage] = []
        for year in byYear.keys.sorted(by: >) {
            guard let path = URLPattern.expand(config.urls.archive, ["year": String(year)]) else { continue }
            let members = byYear[year]!
            years.append(TermPage(family: .year, name: String(year), slug: String(year), path: path, articles: members))
            guard members.count > config.archiveMonthsOver else { continue }
            for month in byMonth[year]!.keys.sorted(by: >) {
                let twoDigits = month < 10 ? "0\(month)" : "\(month)"
                months.append(TermPage(
                    family: .month, name: "\(monthNames[month - 1]) \(year)",
                    slug: "\(year)-\(twoDigits)", path: path.appending(twoDigits)!, articles: byMonth[year]![month]!))
            }
        }
        return years + months
    }
}
