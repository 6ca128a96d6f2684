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
        rfc822(civil(date))
    }

    /// The zone's clock read once, for a date wanted in both forms (``rfc3339(_:)-(CivilTime)``,
    /// ``rfc822(_:)-(CivilTime)``): reading it is most of the work.
    func civil(_ date: Date) -> CivilTime {
        iso.civil(date)
    }

    func rfc3339(_ parts: CivilTime) -> String {
        iso.iso(parts)
    }

    func rfc822(_ parts: CivilTime) -> String {
        let offset = parts.offset // asked of the zone once, by CivilTime
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        guard (0...9999).contains(parts.year) else { return Self.rfc822Joined(parts, offset: offset, hours: hours, minutes: minutes) }
        // Written as bytes into one string, as ``SwedishDateFormatter/iso(_:)`` is: joined from
        // sixteen strings, it was a third of formatting a feed entry's dates (callgrind).
        return FixedWidthText.make(capacity: 31) { text in
            text.text(Self.dayNames[parts.weekday - 1]); text.text(", "); text.number(parts.day, digits: 2); text.ascii(" ")
            text.text(Self.monthNames[parts.month - 1]); text.ascii(" "); text.number(parts.year, digits: 4); text.ascii(" ")
            text.number(parts.hour, digits: 2); text.ascii(":"); text.number(parts.minute, digits: 2); text.ascii(":")
            text.number(parts.second, digits: 2); text.text(offset < 0 ? " -" : " +"); text.number(hours, digits: 2)
            text.number(minutes, digits: 2)
        }
    }

    /// ``rfc822(_:)-(CivilTime)`` for a year outside 0...9999, joined from strings.
    private static func rfc822Joined(_ parts: CivilTime, offset: Int, hours: Int, minutes: Int) -> String {
        let sign = offset < 0 ? "-" : "+"
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return Self.dayNames[parts.weekday - 1] + ", " + padded(parts.day, 2) + " " + Self.monthNames[parts.month - 1] + " "
            + padded(parts.year, 4) + " " + padded(parts.hour, 2) + ":" + padded(parts.minute, 2) + ":" + padded(parts.second, 2)
            + " " + sign + padded(hours, 2) + padded(minutes, 2)
    }
}
