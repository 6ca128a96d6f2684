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
        text(civil(date))
    }

    /// ``iso(_:)`` and ``text(_:)`` of one date, read off the zone's clock once: a card, a
    /// related link and a search record show both, and asking the zone for its offset is most
    /// of the work (making both for every article was 2.5% of a one-edit rebuild, one core).
    public func isoAndText(_ date: Date) -> (iso: String, text: String) {
        let parts = civil(date)
        return (iso(parts), text(parts))
    }

    /// The pieces written as bytes into one string: joined, each number and name made a
    /// string of its own first.
    func text(_ parts: CivilTime) -> String {
        var capacity = 0
        for piece in pieces {
            switch piece {
            case .text(let literal): capacity += literal.utf8.count
            case .day: capacity += 20
            case .month: capacity += months[parts.month - 1].utf8.count
            case .year: capacity += 20
            }
        }
        return String(unsafeUninitializedCapacity: capacity) { bytes in
            var position = 0
            func put(_ text: String) {
                for byte in text.utf8 {
                    bytes[position] = byte
                    position += 1
                }
            }
            func put(_ number: Int) {
                if number < 0 { bytes[position] = UInt8(ascii: "-"); position += 1 }
                var digits = 1, rest = number.magnitude
                while rest >= 10 { digits += 1; rest /= 10 }
                rest = number.magnitude
                for place in stride(from: digits - 1, through: 0, by: -1) {
                    bytes[position + place] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                position += digits
            }
            for piece in pieces {
                switch piece {
                case .text(let literal): put(literal)
                case .day: put(parts.day)
                case .month: put(months[parts.month - 1])
                case .year: put(parts.year)
                }
            }
            return position
        }
    }

    /// ISO 8601 with the zone's offset, for `<time datetime>`: `2019-04-11T09:30:00+02:00`.
    public func iso(_ date: Date) -> String {
        iso(civil(date))
    }

    func iso(_ parts: CivilTime) -> String {
        let offset = parts.offset // asked of the zone once, by CivilTime
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        // Written as bytes into one string: String(format:) parses its format on every call,
        // and joining fifteen pieces made as many strings; every card of every list page, and
        // every entry of the sitemap, has a date.
        guard (0...9999).contains(parts.year) else {
            return String(parts.year) + Self.isoTail(parts, offset: offset, hours: hours, minutes: minutes)
        }
        return FixedWidthText.make(capacity: 25) { text in
            text.number(parts.year, digits: 4); text.ascii("-"); text.number(parts.month, digits: 2); text.ascii("-")
            text.number(parts.day, digits: 2); text.ascii("T"); text.number(parts.hour, digits: 2); text.ascii(":")
            text.number(parts.minute, digits: 2); text.ascii(":"); text.number(parts.second, digits: 2)
            text.ascii(offset < 0 ? "-" : "+"); text.number(hours, digits: 2); text.ascii(":"); text.number(minutes, digits: 2)
        }
    }

    /// What follows the year in ``iso(_:)``, for a year outside 0...9999.
    private static func isoTail(_ parts: CivilTime, offset: Int, hours: Int, minutes: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
        return "-" + two(parts.month) + "-" + two(parts.day) + "T" + two(parts.hour) + ":" + two(parts.minute) + ":"
            + two(parts.second) + (offset < 0 ? "-" : "+") + two(hours) + ":" + two(minutes)
    }

    /// Year, month and day in the site's zone, for URL patterns.
    public func components(_ date: Date) -> (year: Int, month: Int, day: Int) {
        let parts = civil(date)
        return (parts.year, parts.month, parts.day)
    }
}
