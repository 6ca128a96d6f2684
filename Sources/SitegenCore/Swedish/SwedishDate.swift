import Foundation

/// Dates the way readers expect them: "11 april 2019", in the site's time zone. Swedish by
/// default; the month names and order come from the site's translation file.
public struct SwedishDateFormatter: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar
    private let months: [String]
    /// `{day}`, `{month}` and `{year}` in the language's order, split once into its pieces:
    /// replacing the placeholders per date was 4% of a rebuild (every article's date is made).
    private let pieces: [Piece]

    private enum Piece: Sendable {
        case text(String), day, month, year
    }

    private static func pieces(of pattern: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            let placeholders: [(String, Piece)] = [("{day}", .day), ("{month}", .month), ("{year}", .year)]
            guard let (name, piece) = placeholders.first(where: { rest[open...].hasPrefix($0.0) }) else {
                pieces.append(.text(String(rest[...open])))
                rest = rest[rest.index(after: open)...]
                continue
            }
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(piece)
            rest = rest[rest.index(open, offsetBy: name.count)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    public static let monthNames = [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ]

    public init(timeZone: TimeZone, months: [String] = SwedishDateFormatter.monthNames, pattern: String = "{day} {month} {year}") {
        self.timeZone = timeZone
        self.months = months.count == 12 ? months : Self.monthNames
        self.pieces = Self.pieces(of: pattern)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The wall clock's reading of `date` in the zone (``CivilTime``).
    func civil(_ date: Date) -> CivilTime {
        CivilTime(date, in: timeZone) ?? CivilTime(calendar: calendar, date)
    }

    /// "11 april 2019"
    public func text(_ date: Date) -> String {
        let parts = civil(date)
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let literal): text += literal
            case .day: text += String(parts.day)
            case .month: text += months[parts.month - 1]
            case .year: text += String(parts.year)
            }
        }
        return text
    }

    /// ISO 8601 with the zone's offset, for `<time datetime>`: `2019-04-11T09:30:00+02:00`.
    public func iso(_ date: Date) -> String {
        let parts = civil(date)
        let offset = parts.offset // asked of the zone once, by CivilTime
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        // Padded by hand: String(format:) parses its format on every call, and every card of
        // every list page has a date (4% of a rebuild in a profile).
        func two(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
        let year = String(parts.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + two(parts.month) + "-" + two(parts.day)
            + "T" + two(parts.hour) + ":" + two(parts.minute) + ":" + two(parts.second) + sign + two(hours) + ":" + two(minutes)
    }

    /// Year, month and day in the site's zone, for URL patterns.
    public func components(_ date: Date) -> (year: Int, month: Int, day: Int) {
        let parts = civil(date)
        return (parts.year, parts.month, parts.day)
    }
}
