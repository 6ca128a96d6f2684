import Foundation

/// A moment as a clock on the wall shows it in a time zone: year, month, day, hour, minute,
/// second and weekday, in the Gregorian calendar.
///
/// Worked out with integer arithmetic from the zone's offset at that moment (Howard Hinnant's
/// `civil_from_days`), instead of `Calendar.dateComponents`: every page's structured data,
/// every feed entry, every sitemap line and every search document formats a date, and
/// Foundation's calendar was 1-2% of a build's processor time. Only for years 1900-9999, where
/// the proleptic Gregorian calendar and Foundation's agree; ``init(_:in:)`` is `nil` outside
/// them and callers ask the calendar. A test compares both on random moments in several zones.
struct CivilTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    /// 1 for Sunday to 7 for Saturday, as `Calendar`'s `weekday`.
    var weekday: Int
    /// The zone's offset from UTC at that moment, in seconds, for the `+01:00` of a timestamp.
    var offset: Int

    /// 1900-01-01T00:00:00Z and 10000-01-01T00:00:00Z, in seconds since 1970, with a day to
    /// spare for any zone's offset.
    private static let earliest: Double = -2_208_988_800 + 86_400
    private static let latest: Double = 253_402_300_800 - 86_400

    init?(_ date: Date, in timeZone: TimeZone) {
        let since1970 = date.timeIntervalSince1970
        guard since1970 >= Self.earliest, since1970 < Self.latest else { return nil }
        offset = timeZone.secondsFromGMT(for: date)
        let local = Int(since1970.rounded(.down)) + offset
        let (days, seconds) = local.floorDivided(by: 86_400)
        hour = seconds / 3600
        minute = seconds % 3600 / 60
        second = seconds % 60
        // 1970-01-01 was a Thursday (5).
        weekday = (days + 4).floorDivided(by: 7).remainder + 1
        // civil_from_days: eras of 400 years starting on 0000-03-01.
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097).quotient
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int, offset: Int) {
        (self.year, self.month, self.day, self.hour, self.minute, self.second, self.weekday, self.offset)
            = (year, month, day, hour, minute, second, weekday, offset)
    }

    /// Foundation's answer, for any moment.
    init(calendar: Calendar, _ date: Date) {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!,
                  second: parts.second!, weekday: parts.weekday!, offset: calendar.timeZone.secondsFromGMT(for: date))
    }
}

private extension Int {
    /// Quotient rounded down and a remainder that is never negative, for a positive divisor.
    func floorDivided(by divisor: Int) -> (quotient: Int, remainder: Int) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
