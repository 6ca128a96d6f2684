import Foundation
import Testing
@testable import SitegenCore

/// ``CivilTime`` reads the wall clock as Foundation's Gregorian calendar does.
@Suite struct CivilTimeTests {
    static let zones = ["Europe/Stockholm", "UTC", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe",
                        "Pacific/Kiritimati", "America/Los_Angeles"].map { TimeZone(identifier: $0)! }

    static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// Random moments from 1900 to 9999, whole and fractional, before and after 1970, and the
    /// moments around each zone's changes of offset.
    @Test(arguments: zones)
    func agreesWithFoundation(zone: TimeZone) throws {
        let calendar = Self.calendar(zone)
        var random = SeededGenerator(seed: 41)
        var moments = (0..<3000).map { _ in
            Date(timeIntervalSince1970: Double(Int.random(in: -2_200_000_000...253_000_000_000, using: &random))
                 + (Bool.random(using: &random) ? 0 : Double.random(in: 0..<1, using: &random)))
        }
        var transition = Date(timeIntervalSince1970: 1_600_000_000)
        for _ in 0..<6 {
            guard let next = zone.nextDaylightSavingTimeTransition(after: transition) else { break }
            moments += [-1, -0.5, 0, 0.5, 1, 3599, 3600].map { next.addingTimeInterval($0) }
            transition = next
        }
        for moment in moments {
            let ours = try #require(CivilTime(moment, in: zone))
            #expect(ours == CivilTime(calendar: calendar, moment), "\(moment.timeIntervalSince1970) in \(zone.identifier)")
        }
    }

    @Test func outsideItsYearsFoundationAnswers() {
        let zone = TimeZone(identifier: "Europe/Stockholm")!
        #expect(CivilTime(Date(timeIntervalSince1970: -2_300_000_000), in: zone) == nil, "1897")
        #expect(CivilTime(Date(timeIntervalSince1970: 253_500_000_000), in: zone) == nil, "10003")
        let formatter = SwedishDateFormatter(timeZone: zone)
        let old = Date(timeIntervalSince1970: -5_000_000_000) // 1811
        #expect(formatter.iso(old).hasPrefix("1811-"))
    }

    /// RFC 822 dates as `String(format:)` wrote them before.
    @Test func rfc822AsBefore() {
        var random = SeededGenerator(seed: 42)
        for zone in Self.zones {
            let calendar = Self.calendar(zone)
            let formatter = FeedDateFormatter(timeZone: zone)
            for _ in 0..<300 {
                // From 1906 to 2096.
                let date = Date(timeIntervalSince1970: Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &random)))
                let parts = calendar.dateComponents([.weekday, .year, .month, .day, .hour, .minute, .second], from: date)
                let offset = zone.secondsFromGMT(for: date)
                let expected = String(format: "%@, %02d %@ %04d %02d:%02d:%02d %@%02d%02d",
                                      FeedDateFormatter.dayNames[parts.weekday! - 1], parts.day!,
                                      FeedDateFormatter.monthNames[parts.month! - 1], parts.year!, parts.hour!, parts.minute!,
                                      parts.second!, offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) % 3600 / 60)
                #expect(formatter.rfc822(date) == expected)
            }
        }
    }
}
