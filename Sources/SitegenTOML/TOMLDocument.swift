internal import TOMLKit

/// A TOML value as plain Swift values, so no other target needs to import TOMLKit.
public indirect enum TOMLNode: Sendable, Equatable {
    /// A TOML string.
    case string(String)
    /// A boolean, number, date, time or date-time, as text: `true`, `12`, `2020-05-04`,
    /// `2020-05-04T09:30:00+02:00`; a local date-time has no offset.
    case plain(String)
    case array([TOMLNode])
    case table([String: TOMLNode])
}

/// What toml++ found wrong, and where: line and column from 1, columns in characters.
public struct TOMLProblem: Error, Sendable, Equatable {
    public var description: String
    public var line: Int
    public var column: Int
}

/// Parses TOML with TOMLKit (toml++ underneath).
public enum TOMLDocument {
    public static func parse(_ text: String) -> Result<TOMLNode, TOMLProblem> {
        do {
            return .success(node(try TOMLTable(string: text).tomlValue))
        } catch let error as TOMLParseError {
            return .failure(TOMLProblem(description: error.description, line: error.source.begin.line,
                                        column: error.source.begin.column))
        } catch {
            return .failure(TOMLProblem(description: String(describing: error), line: 1, column: 1))
        }
    }

    static func node(_ value: TOMLValue) -> TOMLNode {
        switch value.type {
        case .string: return .string(value.string ?? "")
        case .bool: return .plain(value.bool == true ? "true" : "false")
        case .int: return .plain(String(value.int ?? 0))
        case .double: return .plain(String(value.double ?? 0))
        case .date: return .plain(value.date.map(text) ?? "")
        case .time: return .plain(value.time.map(text) ?? "")
        case .dateTime: return .plain(value.dateTime.map(text) ?? "")
        case .array: return .array(value.array.map { $0.map { node($0.tomlValue) } } ?? [])
        case .table:
            var fields: [String: TOMLNode] = [:]
            for (key, field) in value.table ?? TOMLTable() { fields[key] = node(field.tomlValue) }
            return .table(fields)
        }
    }

    /// `2020-05-04`
    static func text(_ date: TOMLDate) -> String {
        pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
    }

    /// `09:30:00`, with the fraction when there is one.
    static func text(_ time: TOMLTime) -> String {
        var text = pad(time.hour, 2) + ":" + pad(time.minute, 2) + ":" + pad(time.second, 2)
        if time.nanoSecond > 0 {
            var fraction = pad(time.nanoSecond, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }

    /// `2020-05-04T09:30:00+02:00`; a local date-time (no offset) stays without one.
    static func text(_ dateTime: TOMLDateTime) -> String {
        var text = self.text(dateTime.date) + "T" + self.text(dateTime.time)
        if let offset = dateTime.offset?.offset {
            let minutes = abs(offset)
            text += (offset < 0 ? "-" : "+") + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
        }
        return text
    }

    /// `7` -> `07`: zero-padded, without Foundation (this target is built with library evolution,
    /// which Foundation is not).
    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
