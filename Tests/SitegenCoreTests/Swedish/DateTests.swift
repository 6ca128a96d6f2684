import Foundation
import Testing
@testable import SitegenCore

@Suite("Dates")
struct DateTests {
    static let stockholm = TimeZone(identifier: "Europe/Stockholm")!
    static let parser = DateParser(timeZone: stockholm)
    static let formatter = SwedishDateFormatter(timeZone: stockholm)

    /// A UTC instant written as ISO 8601, e.g. `2019-04-10T22:00:00Z`.
    static func utc(_ text: String) -> Date {
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        return iso.date(from: text)!
    }

    // MARK: - DateParser: accepted forms

    @Test("Accepted forms give the right instant (Stockholm is UTC+2 in April)", arguments: [
        ("2019-04-11", "2019-04-10T22:00:00Z"),
        ("2019-04-11 09:30", "2019-04-11T07:30:00Z"),
        ("2019-04-11T09:30", "2019-04-11T07:30:00Z"),
        ("2019-04-11 09:30:15", "2019-04-11T07:30:15Z"),
        ("2019-04-11T09:30:00", "2019-04-11T07:30:00Z"),
        ("2019-04-11t09:30:00", "2019-04-11T07:30:00Z"),
        ("2019-04-11T09:30:00Z", "2019-04-11T09:30:00Z"),
        ("2019-04-11T09:30:00z", "2019-04-11T09:30:00Z"),
        ("2019-04-11T09:30:00+02:00", "2019-04-11T07:30:00Z"),
        ("2019-04-11T09:30:00+0200", "2019-04-11T07:30:00Z"),
        ("2019-04-11T09:30:00+05:30", "2019-04-11T04:00:00Z"),
        ("2019-04-11T09:30:00-05:00", "2019-04-11T14:30:00Z"),
        ("2019-04-11T09:30:00+00:00", "2019-04-11T09:30:00Z"),
        ("2019-04-11 09:30 +02:00", "2019-04-11T07:30:00Z"),
        ("2019-04-11T09:30:00.123", "2019-04-11T07:30:00Z"),
        ("2019-04-11T09:30:00.123456Z", "2019-04-11T09:30:00Z"),
        ("2019-04-11T09:30:00,5+02:00", "2019-04-11T07:30:00Z"),
        ("  2019-04-11  ", "2019-04-10T22:00:00Z"),
        ("2020-02-29", "2020-02-28T23:00:00Z"),
    ])
    func accepted(text: String, expected: String) {
        #expect(Self.parser.parse(text) == .success(Self.utc(expected)))
    }

    @Test("Winter dates are UTC+1 in Stockholm")
    func winterTime() {
        #expect(Self.parser.parse("2019-01-15") == .success(Self.utc("2019-01-14T23:00:00Z")))
        #expect(Self.parser.parse("2019-01-15 09:30") == .success(Self.utc("2019-01-15T08:30:00Z")))
        // Last Sunday of October 2019 was the 27th: the day before is summer time, the day after winter time.
        #expect(Self.parser.parse("2019-10-26 12:00") == .success(Self.utc("2019-10-26T10:00:00Z")))
        #expect(Self.parser.parse("2019-10-28 12:00") == .success(Self.utc("2019-10-28T11:00:00Z")))
    }

    @Test("A date without a zone is local to the parser's zone")
    func otherZone() {
        let utcParser = DateParser(timeZone: TimeZone(identifier: "UTC")!)
        #expect(utcParser.parse("2019-04-11") == .success(Self.utc("2019-04-11T00:00:00Z")))
        let newYork = DateParser(timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(newYork.parse("2019-04-11 09:30") == .success(Self.utc("2019-04-11T13:30:00Z")))
        // An explicit zone wins over the parser's.
        #expect(newYork.parse("2019-04-11T09:30:00Z") == .success(Self.utc("2019-04-11T09:30:00Z")))
    }

    // MARK: - DateParser: rejected forms

    @Test("Well-formed but impossible dates and times are .impossible", arguments: [
        "2019-02-30", "2019-02-29", "2019-04-31", "2019-13-01", "2019-00-10", "2019-04-00",
        "2019-04-11 25:00", "2019-04-11 24:00", "2019-04-11 09:60", "2019-04-11T09:30:00+24:00",
        "2019-04-11T09:30:00+02:60",
    ])
    func impossible(text: String) {
        #expect(Self.parser.parse(text) == .failure(.impossible))
    }

    @Test("Other forms are .unrecognised", arguments: [
        "11 april 2019", "4 maj 2020", "2016-1-05", "2016-01-5", "1589000000", "", "   ",
        "2019/04/11", "11.04.2019", "2019-04-11 9:30", "2019-04-11T09", "2019-04-11x",
        "2019-04-11T09:30:00ZZ", "2019-04-11T09:30:00+", "2019-04-11T09:30:00 Europe/Stockholm",
        "２０１９-04-11", "igår",
    ])
    func unrecognised(text: String) {
        #expect(Self.parser.parse(text) == .failure(.unrecognised))
    }

    // MARK: - SwedishDateFormatter

    @Test("text is day, Swedish month name and year")
    func text() {
        #expect(Self.formatter.text(Self.utc("2019-04-11T07:30:00Z")) == "11 april 2019")
        #expect(Self.formatter.text(Self.utc("2021-01-01T12:00:00Z")) == "1 januari 2021")
    }

    @Test("Both forms of a date at once are the forms one at a time, in any year and pattern")
    func isoAndText() {
        var generator = SystemRandomNumberGenerator()
        let odd = SwedishDateFormatter(timeZone: TimeZone(identifier: "America/St_Johns")!,
                                       months: ["jänner", "feber", "märz", "april", "mai", "juni", "juli", "august",
                                                "september", "oktober", "november", "dezember"],
                                       pattern: "år {year}, {day}:e {month} – {")
        for formatter in [Self.formatter, odd] {
            // 1900-9999 worked out by CivilTime; the years outside them (from year 5) by Foundation's calendar.
            for seconds in (0..<2_000).map({ _ in Double.random(in: -6.2e10...3e11, using: &generator) }) + [-2.3e9, 2.6e11] {
                let date = Date(timeIntervalSince1970: seconds.rounded(.down))
                let both = formatter.isoAndText(date)
                #expect(both.iso == formatter.iso(date) && both.text == formatter.text(date), "\(date)")
                let parts = formatter.calendarParts(date)
                #expect(both.text == formatter.expected(parts), "\(date)")
            }
        }
    }

    @Test("A language's pattern puts the parts in its order and keeps other text, braces too")
    func patterns() {
        let date = Self.utc("2019-04-11T07:30:00Z")
        let english = SwedishDateFormatter(timeZone: Self.formatter.timeZone, months: ["January", "February", "March", "April", "May", "June",
                                                                                      "July", "August", "September", "October", "November", "December"],
                                           pattern: "{month} {day}, {year}")
        #expect(english.text(date) == "April 11, 2019")
        let odd = SwedishDateFormatter(timeZone: Self.formatter.timeZone, pattern: "{x} den {day}:e {month} år {year} {")
        #expect(odd.text(date) == "{x} den 11:e april år 2019 {")
        #expect(SwedishDateFormatter(timeZone: Self.formatter.timeZone, pattern: "").text(date) == "")
    }

    @Test("A year before 1000 has four digits in ISO 8601")
    func earlyYear() {
        let utc = SwedishDateFormatter(timeZone: TimeZone(identifier: "UTC")!)
        #expect(utc.iso(Date(timeIntervalSince1970: -50_000_000_000)).hasPrefix("0385-"))
    }

    @Test("Every month has its Swedish name, in lower case", arguments: Array(zip(1...12, [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ])))
    func monthNames(month: Int, name: String) {
        let date = Self.utc(String(format: "2019-%02d-15T12:00:00Z", month))
        #expect(Self.formatter.text(date) == "15 \(name) 2019")
    }

    @Test("The day is the day in the site's zone, not in UTC")
    func dayInSiteZone() {
        let lateEvening = Self.utc("2019-04-10T23:30:00Z") // 01:30 on the 11th in Stockholm
        #expect(Self.formatter.text(lateEvening) == "11 april 2019")
        #expect(SwedishDateFormatter(timeZone: TimeZone(identifier: "UTC")!).text(lateEvening) == "10 april 2019")
        // New Year in Stockholm, still the old year in UTC.
        let newYear = Self.utc("2018-12-31T23:30:00Z")
        #expect(Self.formatter.text(newYear) == "1 januari 2019")
        #expect(Self.formatter.components(newYear) == (year: 2019, month: 1, day: 1))
    }

    @Test("iso gives local time with the offset in force on that day")
    func iso() {
        #expect(Self.formatter.iso(Self.utc("2019-04-11T07:30:00Z")) == "2019-04-11T09:30:00+02:00")
        #expect(Self.formatter.iso(Self.utc("2019-01-15T08:30:05Z")) == "2019-01-15T09:30:05+01:00")
        #expect(Self.formatter.iso(Self.utc("2019-04-10T22:00:00Z")) == "2019-04-11T00:00:00+02:00")
        let newYork = SwedishDateFormatter(timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(newYork.iso(Self.utc("2019-01-15T08:30:00Z")) == "2019-01-15T03:30:00-05:00")
        let kolkata = SwedishDateFormatter(timeZone: TimeZone(identifier: "Asia/Kolkata")!)
        #expect(kolkata.iso(Self.utc("2019-01-15T08:30:00Z")) == "2019-01-15T14:00:00+05:30")
    }

    /// `iso` writes its digits itself: it says what Foundation's ISO 8601 formatter says, in
    /// zones east and west of UTC, on random seconds from 1970 to 2100 (before, some zones had
    /// offsets with seconds, which RFC 3339 cannot write and Foundation writes anyway).
    @Test(arguments: ["Europe/Stockholm", "America/St_Johns", "Asia/Kathmandu"])
    func isoIsFoundationsISO8601(zone: String) {
        let timeZone = TimeZone(identifier: zone)!
        let ours = SwedishDateFormatter(timeZone: timeZone)
        let foundation = ISO8601DateFormatter()
        foundation.formatOptions = [.withInternetDateTime]
        foundation.timeZone = timeZone
        var random = SeededGenerator(seed: 19)
        for _ in 0..<2_000 {
            let date = Date(timeIntervalSince1970: TimeInterval(Int64.random(in: 0...4_102_444_800, using: &random)))
            #expect(ours.iso(date) == foundation.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }

    @Test("Parsing then formatting gives back what was written")
    func roundTrip() throws {
        for text in ["2019-04-11T09:30:00+02:00", "2019-01-15T09:30:00+01:00", "2020-02-29T23:59:59+01:00"] {
            let date = try Self.parser.parse(text).get()
            #expect(Self.formatter.iso(date) == text)
        }
    }
}

private extension SwedishDateFormatter {
    /// Day, month and year by Foundation's calendar in the formatter's zone.
    func calendarParts(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day], from: date)
    }

    /// The text made the slow way, by replacing the placeholders of the pattern the test uses.
    func expected(_ parts: DateComponents) -> String {
        let year = parts.year!
        if text(Date(timeIntervalSince1970: 0)).hasPrefix("år ") {
            let months = ["jänner", "feber", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]
            return "år \(year), \(parts.day!):e \(months[parts.month! - 1]) – {"
        }
        return "\(parts.day!) \(SwedishDateFormatter.monthNames[parts.month! - 1]) \(year)"
    }
}
