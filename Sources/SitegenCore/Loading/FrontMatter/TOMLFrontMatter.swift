import Foundation
import SitegenTOML

/// Reads TOML front matter (between `+++` lines, as Hugo and Zola write it).
enum TOMLFrontMatter {
    /// `toml` starts at line `firstLine` of `source`.
    static func parse(_ toml: String, firstLine: Int, in source: SourceText) -> Result<FrontMatterValue, Diagnostic> {
        if let bad = abortingSpot(in: toml) {
            let place = SourceLocation(file: source.path, line: firstLine + bad.line - 1, column: bad.column)
            let (message, hint): (String, String) = switch bad.kind {
            case .tableName: ("a table name in [ ] must be letters a-z, digits, '-' and '_', or be in quotes",
                              "write e.g. [event], or put the name in quotes: [\"händelse\"]")
            case .dateTime: ("a date's time must follow the 'T' directly",
                             "write 2020-05-04T09:30:00, or put it in quotes: \"2020-05-04 09:30\"")
            case .brace: ("a list is closed with '}' instead of ']'", "write a list as tags = [\"Export\", \"Innovation\"]")
            }
            return .failure(Diagnostic(.error, at: place, message, hint: hint, excerpt: source.line(place.line)))
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

    /// Where toml++ 3 (in TOMLKit 0.6.0) would abort the whole process on an assertion instead
    /// of reporting an error, all found by the fuzzer: a `}` in a list (`x = [ }`), a bare date followed by `T` and no digit
    /// (`2019-02-03Tx9:00:00`), and a table header whose name starts with anything but a bare-key
    /// character or a quote (`[händelse]`, `[.x]`). Text in quotes and comments is skipped; line
    /// and column count from 1.
    enum AbortingKind { case tableName, dateTime, brace }

    static func abortingSpot(in toml: String) -> (line: Int, column: Int, kind: AbortingKind)? {
        let bytes = Array(toml.utf8)
        var index = 0, line = 1, lineStart = 0
        // `[` … `]` open in values (multi-line arrays): a line starting with `[` there is no header.
        var depth = 0
        var braces = 0
        // Only spaces and tabs so far on this line (kept as a flag: checking the line's start at
        // every '[' was quadratic on a line of brackets).
        var lineBlank = true
        func column(_ at: Int) -> Int { String(decoding: bytes[lineStart..<at], as: UTF8.self).count + 1 }
        func isKeyStart(_ byte: UInt8) -> Bool {
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == 0x22 || byte == 0x27
        }
        func isDigit(_ at: Int) -> Bool { at >= 0 && at < bytes.count && (48...57).contains(bytes[at]) }
        func starts(_ text: String, at: Int) -> Bool { bytes[at...].starts(with: text.utf8) }
        while index < bytes.count {
            let byte = bytes[index]
            let atLineStart = lineBlank
            if byte != 0x20, byte != 0x09 { lineBlank = false }
            switch byte {
            case 0x0A:
                lineBlank = true
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
            case UInt8(ascii: "["):
                if depth == 0, atLineStart {
                    var name = index + 1
                    if name < bytes.count, bytes[name] == UInt8(ascii: "[") { name += 1 }
                    while name < bytes.count, bytes[name] == 0x20 || bytes[name] == 0x09 { name += 1 }
                    if name < bytes.count, !isKeyStart(bytes[name]) { return (line, column(name), .tableName) }
                    // The header's own brackets are not a value's.
                    while index < bytes.count, bytes[index] != 0x0A, bytes[index] != UInt8(ascii: "#") { index += 1 }
                    continue
                }
                depth += 1
                index += 1
            case UInt8(ascii: "]"):
                depth = max(0, depth - 1)
                index += 1
            case UInt8(ascii: "{"):
                braces += 1
                index += 1
            case UInt8(ascii: "}"):
                // In a list with no inline table open (`x = [ }`): toml++ asserts, found by the fuzzer.
                if depth > 0, braces == 0 { return (line, column(index), .brace) }
                braces = max(0, braces - 1)
                index += 1
            case UInt8(ascii: "T"), UInt8(ascii: "t"):
                if index >= 10, isDigit(index - 1), isDigit(index - 2), bytes[index - 3] == UInt8(ascii: "-"),
                   isDigit(index - 4), isDigit(index - 5), bytes[index - 6] == UInt8(ascii: "-"),
                   isDigit(index - 7), isDigit(index - 10), !isDigit(index + 1) {
                    return (line, column(index), .dateTime)
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
