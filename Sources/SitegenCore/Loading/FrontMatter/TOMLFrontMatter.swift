import Foundation
import SitegenTOML

/// Reads TOML front matter (between `+++` lines, as Hugo and Zola write it).
enum TOMLFrontMatter {
    /// `toml` starts at line `firstLine` of `source`.
    static func parse(_ toml: String, firstLine: Int, in source: SourceText) -> Result<FrontMatterValue, Diagnostic> {
        if let bad = brokenDateTime(in: toml) {
            let place = SourceLocation(file: source.path, line: firstLine + bad.line - 1, column: bad.column)
            return .failure(Diagnostic(.error, at: place, "a date's time must follow the 'T' directly",
                                       hint: "write 2020-05-04T09:30:00, or put it in quotes: \"2020-05-04 09:30\"",
                                       excerpt: source.line(place.line)))
        }
        switch TOMLDocument.parse(toml) {
        case .success(let node):
            return .success(value(node))
        case .failure(let problem):
            let place = SourceLocation(file: source.path, line: firstLine + problem.line - 1, column: problem.column)
            let (message, hint) = explain(problem.description)
            return .failure(Diagnostic(.error, at: place, message, hint: hint, excerpt: source.line(place.line)))
        }
    }

    /// Where a bare date is followed by `T` and no digit (`2019-02-03Tx9:00:00`): toml++ 3 (in
    /// TOMLKit 0.6.0) asserts that a digit follows and aborts the whole process, found by the
    /// fuzzer. Text in quotes and comments is skipped; line and column count from 1.
    static func brokenDateTime(in toml: String) -> (line: Int, column: Int)? {
        let bytes = Array(toml.utf8)
        var index = 0, line = 1, lineStart = 0
        func isDigit(_ at: Int) -> Bool { at >= 0 && at < bytes.count && (48...57).contains(bytes[at]) }
        func starts(_ text: String, at: Int) -> Bool { bytes[at...].starts(with: text.utf8) }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A:
                line += 1
                lineStart = index + 1
                index += 1
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let triple = starts(byte == 0x22 ? "\"\"\"" : "'''", at: index)
                index += triple ? 3 : 1
                while index < bytes.count {
                    if bytes[index] == 0x0A {
                        if !triple { break }
                        line += 1
                        lineStart = index + 1
                    } else if byte == 0x22, bytes[index] == UInt8(ascii: "\\") {
                        index += 1
                    } else if bytes[index] == byte, !triple || starts(byte == 0x22 ? "\"\"\"" : "'''", at: index) {
                        index += triple ? 3 : 1
                        break
                    }
                    index += 1
                }
            case UInt8(ascii: "T"), UInt8(ascii: "t"):
                if index >= 10, isDigit(index - 1), isDigit(index - 2), bytes[index - 3] == UInt8(ascii: "-"),
                   isDigit(index - 4), isDigit(index - 5), bytes[index - 6] == UInt8(ascii: "-"),
                   isDigit(index - 7), isDigit(index - 10), !isDigit(index + 1) {
                    let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                    return (line, column)
                }
                index += 1
            default:
                index += 1
            }
        }
        return nil
    }

    /// Dates and date-times come as the text the YAML path reads: `2020-05-04` is midnight in
    /// the site's zone, `2020-05-04T09:30:00` the site's time, with an offset that moment.
    static func value(_ node: TOMLNode) -> FrontMatterValue {
        switch node {
        case .string(let text): return .text(text)
        case .plain(let text): return .plain(text)
        case .array(let items): return .list(items.map(value))
        case .table(let fields): return .table(fields.mapValues(value))
        }
    }

    /// toml++'s problems, said for people who do not know TOML.
    static func explain(_ description: String) -> (String, String) {
        let detail = description.replacingOccurrences(of: #"^Error while parsing [a-z -]+: "#, with: "", options: .regularExpression)
        switch description {
        case let d where d.contains("cannot redefine existing"):
            let name = d.split(separator: "'").dropFirst().first.map(String.init) ?? ""
            return ("the field '\(name)' is given twice", "keep one of them")
        case let d where d.contains("expected '=', saw ':'"):
            return ("TOML writes a field as 'key = value', not 'key: value'",
                    "write e.g. title = \"Rubrik\"; or make the front matter YAML by writing '---' instead of both '+++' lines")
        case let d where d.contains("parsing date") || d.contains("parsing time"):
            if d.contains("between") { return ("there is no such date or time (\(detail))", "check the month and day, e.g. 2020-05-04") }
            return ("this date or time cannot be read",
                    "write 2020-05-04, or 2020-05-04T09:30:00 with the seconds, or put it in quotes: \"2020-05-04 09:30\"")
        case let d where d.contains("parsing string"):
            return ("a quoted value is not closed", "add the missing closing quote on the same line")
        case let d where d.contains("could not determine value type"), let d where d.contains("parsing value"):
            return ("a value is not in quotes, or is not one TOML can read",
                    "put text in double quotes: title = \"Rubrik\"; dates are written 2020-05-04 or 2020-05-04T09:30:00")
        case let d where d.contains("parsing array"):
            return ("a list is not closed, or its entries are not separated by commas", "write a list as tags = [\"Export\", \"Innovation\"]")
        default:
            return ("the front matter is not valid TOML (\(detail))",
                    "every field is key = value on its own line, and text goes in double quotes: title = \"Rapport: industrin\"")
        }
    }
}
