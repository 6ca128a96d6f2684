import Foundation

/// Dates as the feed formats want them, in the site's time zone.
///
/// Atom and JSON Feed use RFC 3339 (`2019-04-11T09:30:00+02:00`); RSS 2.0 uses RFC 822 with a
/// four-digit year (`Thu, 11 Apr 2019 09:30:00 +0200`), whose day and month names are English
/// abbreviations whatever the site's language, since readers parse them.
struct FeedDateFormatter: Sendable {
    let timeZone: TimeZone
    private let iso: SwedishDateFormatter

    static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
        self.iso = SwedishDateFormatter(timeZone: timeZone)
    }

    /// `2019-04-11T09:30:00+02:00`
    func rfc3339(_ date: Date) -> String {
        iso.iso(date)
    }

    /// `Thu, 11 Apr 2019 09:30:00 +0200`
    func rfc822(_ date: Date) -> String {
        let parts = iso.civil(date)
        let offset = parts.offset // asked of the zone once, by CivilTime
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        // Padded by hand, as SwedishDateFormatter's: String(format:) parses its format each time.
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return Self.dayNames[parts.weekday - 1] + ", " + padded(parts.day, 2) + " " + Self.monthNames[parts.month - 1] + " "
            + padded(parts.year, 4) + " " + padded(parts.hour, 2) + ":" + padded(parts.minute, 2) + ":" + padded(parts.second, 2)
            + " " + sign + padded(hours, 2) + padded(minutes, 2)
    }
}
