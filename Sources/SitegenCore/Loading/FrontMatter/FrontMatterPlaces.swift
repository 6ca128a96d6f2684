/// A place in an article file: line and column, counted from 1, columns in characters.
struct FilePlace: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// One step of the way from the front matter's top to a value: a field name or a list position.
enum PathStep: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// Where the keys and values of TOML or JSON front matter are in the file.
///
/// TOMLKit and Foundation's JSON reader give the values but not where they were written, and
/// every message about a field must point at its line. A small scanner over the text, run after
/// the library has accepted it, fills this in; whatever it cannot place falls back to its
/// parent's place, and at worst to the front matter's first line.
struct FrontMatterPlaces: Sendable {
    /// The keys of each table, in the order written, where each is written. JSON may repeat a
    /// key; the repeat is kept, so the reader can report it as it does for YAML.
    var keys: [[PathStep]: [(name: String, place: FilePlace)]] = [:]
    /// Where each value starts.
    var values: [[PathStep]: FilePlace] = [:]

    mutating func addKey(_ name: String, at place: FilePlace, in table: [PathStep], allowRepeat: Bool) {
        var list = keys[table] ?? []
        if allowRepeat || !list.contains(where: { $0.name == name }) {
            list.append((name, place))
            keys[table] = list
        }
    }

    mutating func addValue(at place: FilePlace, path: [PathStep]) {
        if values[path] == nil { values[path] = place }
    }
}

/// A cursor over front-matter text that knows the file line and column of every character.
struct PlaceCursor {
    let characters: [Character]
    var index = 0
    var line: Int
    var column: Int

    init(_ text: String, firstLine: Int, firstColumn: Int = 1) {
        characters = Array(text)
        line = firstLine
        column = firstColumn
    }

    var atEnd: Bool { index >= characters.count }
    var place: FilePlace { FilePlace(line: line, column: column) }
    var current: Character? { index < characters.count ? characters[index] : nil }

    func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    func starts(with text: String) -> Bool {
        var offset = 0
        for character in text {
            guard peek(offset) == character else { return false }
            offset += 1
        }
        return true
    }

    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < characters.count {
            if characters[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }

    /// Spaces and tabs, not newlines.
    mutating func skipSpaces() {
        while let character = current, character == " " || character == "\t" { advance() }
    }

    /// Reads a double-quoted string's text with its escapes (TOML's and JSON's are the same for
    /// what keys use), leaving the cursor after the closing quote.
    mutating func readQuoted() -> String {
        advance()
        var text = ""
        while let character = current, character != "\"", character != "\n" {
            if character == "\\" {
                advance()
                guard let escaped = current else { break }
                advance()
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "b": text.append("\u{08}")
                case "f": text.append("\u{0C}")
                case "u", "U":
                    let length = escaped == "u" ? 4 : 8
                    var hex = ""
                    for _ in 0..<length { if let digit = current, digit.isHexDigit { hex.append(digit); advance() } }
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
                default: text.append(escaped)
                }
            } else {
                text.append(character)
                advance()
            }
        }
        if current == "\"" { advance() }
        return text
    }
}
