import Foundation

/// Reads the dates writers put in front matter.
///
/// Accepted: `2019-04-11`, `2019-04-11 09:30`, `2019-04-11T09:30:00`, each optionally with
/// seconds, fractions and a zone (`Z`, `+02:00`, `+0200`). Without a zone the time is the site's
/// local time; without a time it is midnight there.
public struct DateParser: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    public enum Failure: Error, Equatable {
        /// Not in any accepted form.
        case unrecognised
        /// In an accepted form, but no such day or time (2019-02-30, 25:00).
        case impossible
    }

    public func parse(_ raw: String) -> Result<Date, Failure> {
        let text = Whitespace.trimmedSpaces(raw)
        var scanner = DigitScanner(text)
        guard let year = scanner.number(digits: 4), scanner.take("-"),
              let month = scanner.number(digits: 2), scanner.take("-"),
              let day = scanner.number(digits: 2)
        else { return .failure(.unrecognised) }
        var hour = 0, minute = 0, second = 0
        var zone: TimeZone = timeZone
        if !scanner.atEnd {
            guard scanner.take("T") || scanner.take(" ") || scanner.take("t"),
                  let h = scanner.number(digits: 2), scanner.take(":"),
                  let m = scanner.number(digits: 2)
            else { return .failure(.unrecognised) }
            hour = h
            minute = m
            if scanner.take(":") {
                guard let s = scanner.number(digits: 2) else { return .failure(.unrecognised) }
                second = s
                if scanner.take(".") || scanner.take(",") { scanner.skipDigits() }
            }
            _ = scanner.take(" ")
            if scanner.take("Z") || scanner.take("z") {
                zone = TimeZone(secondsFromGMT: 0)!
            } else if let sign = scanner.takeSign() {
                guard let zh = scanner.number(digits: 2) else { return .failure(.unrecognised) }
                _ = scanner.take(":")
                let zm = scanner.number(digits: 2) ?? 0
                guard zh < 24, zm < 60, let z = TimeZone(secondsFromGMT: sign * (zh * 3600 + zm * 60))
                else { return .failure(.impossible) }
                zone = z
            }
            guard scanner.atEnd else { return .failure(.unrecognised) }
        }
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return .failure(.impossible) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: parts) else { return .failure(.impossible) }
        // Calendar rolls 2019-02-30 over to March; a real date reads back the same.
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return .failure(.impossible) }
        return .success(date)
    }
}

/// A tiny cursor over ASCII digits and separators, for ``DateParser``.
private struct DigitScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index == bytes.count }

    mutating func take(_ character: Character) -> Bool {
        guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
        index += 1
        return true
    }

    mutating func takeSign() -> Int? {
        if take("+") { return 1 }
        if take("-") { return -1 }
        return nil
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += digits
        return value
    }

    mutating func skipDigits() {
        while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
    }
}
