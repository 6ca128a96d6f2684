/// Finds where each key and value of TOML front matter is written.
///
/// Runs only on text TOMLKit has accepted, so it does not check the grammar: it follows table
/// headers (`[event]`, `[[attachments]]`), dotted keys, strings of the four kinds, lists and
/// inline tables far enough to know the path and place of everything.
enum TOMLPlaces {
    static func find(in toml: String, firstLine: Int) -> FrontMatterPlaces {
        var scanner = Scanner(cursor: PlaceCursor(toml, firstLine: firstLine))
        scanner.scanDocument()
        return scanner.places
    }

    private struct Scanner {
        var cursor: PlaceCursor
        var places = FrontMatterPlaces()
        /// How many `[[x]]` tables each path has had so far.
        var arrayTables: [[PathStep]: Int] = [:]

        mutating func scanDocument() {
            var table: [PathStep] = []
            while !cursor.atEnd {
                let before = cursor.index
                cursor.skipSpaces()
                switch cursor.current {
                case "\n"?: cursor.advance()
                case "#"?: skipComment()
                case "["?:
                    let isArray = cursor.peek(1) == "["
                    cursor.advance(isArray ? 2 : 1)
                    table = header(readKey(), isArray: isArray)
                    skipLine()
                case nil: break
                default:
                    let key = readKey()
                    cursor.skipSpaces()
                    if cursor.current == "=" { cursor.advance() }
                    cursor.skipSpaces()
                    scanValue(at: dotted(key, in: table))
                    skipLine()
                }
                if cursor.index == before { cursor.advance() }
            }
        }

        /// The path of a header's table, counting `[[x]]` tables and entering the latest one of
        /// every array of tables on the way.
        mutating func header(_ names: [(String, FilePlace)], isArray: Bool) -> [PathStep] {
            var path: [PathStep] = []
            for (position, (name, place)) in names.enumerated() {
                places.addKey(name, at: place, in: path, allowRepeat: false)
                path.append(.key(name))
                places.addValue(at: place, path: path)
                if position == names.count - 1, isArray {
                    let count = arrayTables[path, default: 0]
                    arrayTables[path] = count + 1
                    path.append(.index(count))
                    places.addValue(at: place, path: path)
                } else if let count = arrayTables[path] {
                    path.append(.index(count - 1))
                }
            }
            return path
        }

        /// `a.b.c` inside `table`: every part is a key of the table before it.
        mutating func dotted(_ names: [(String, FilePlace)], in table: [PathStep]) -> [PathStep] {
            var path = table
            for (position, (name, place)) in names.enumerated() {
                places.addKey(name, at: place, in: path, allowRepeat: false)
                path.append(.key(name))
                if position < names.count - 1 { places.addValue(at: place, path: path) }
            }
            return path
        }

        mutating func readKey() -> [(String, FilePlace)] {
            var parts: [(String, FilePlace)] = []
            while true {
                cursor.skipSpaces()
                let place = cursor.place
                switch cursor.current {
                case "\""?: parts.append((cursor.readQuoted(), place))
                case "'"?: parts.append((readLiteral(), place))
                default:
                    var name = ""
                    while let character = cursor.current, character.isASCII, character.isLetter || character.isNumber || character == "_" || character == "-" {
                        name.append(character)
                        cursor.advance()
                    }
                    guard !name.isEmpty else { return parts }
                    parts.append((name, place))
                }
                cursor.skipSpaces()
                guard cursor.current == "." else { return parts }
                cursor.advance()
            }
        }

        mutating func scanValue(at path: [PathStep]) {
            places.addValue(at: cursor.place, path: path)
            if cursor.starts(with: "\"\"\"") {
                skipMultiline("\"")
            } else if cursor.starts(with: "'''") {
                skipMultiline("'")
            } else if cursor.current == "\"" {
                _ = cursor.readQuoted()
            } else if cursor.current == "'" {
                _ = readLiteral()
            } else if cursor.current == "[" {
                cursor.advance()
                var position = 0
                while !cursor.atEnd {
                    skipBlanks()
                    if cursor.current == "]" { cursor.advance(); return }
                    let before = cursor.index
                    scanValue(at: path + [.index(position)])
                    position += 1
                    skipBlanks()
                    if cursor.current == "," { cursor.advance() }
                    if cursor.index == before { cursor.advance() }
                }
            } else if cursor.current == "{" {
                cursor.advance()
                while !cursor.atEnd {
                    skipBlanks()
                    if cursor.current == "}" { cursor.advance(); return }
                    let before = cursor.index
                    let key = dotted(readKey(), in: path)
                    cursor.skipSpaces()
                    if cursor.current == "=" { cursor.advance() }
                    cursor.skipSpaces()
                    scanValue(at: key)
                    skipBlanks()
                    if cursor.current == "," { cursor.advance() }
                    if cursor.index == before { cursor.advance() }
                }
            } else {
                while let character = cursor.current, !",]}#\n".contains(character) { cursor.advance() }
            }
        }

        mutating func readLiteral() -> String {
            cursor.advance()
            var text = ""
            while let character = cursor.current, character != "'", character != "\n" {
                text.append(character)
                cursor.advance()
            }
            if cursor.current == "'" { cursor.advance() }
            return text
        }

        /// `"""…"""` or `'''…'''`; up to two more quotes may end the text before the closing three.
        mutating func skipMultiline(_ quote: Character) {
            let fence = String(repeating: quote, count: 3)
            cursor.advance(3)
            while !cursor.atEnd {
                if quote == "\"", cursor.current == "\\" { cursor.advance(2); continue }
                if cursor.starts(with: fence) {
                    cursor.advance(3)
                    while cursor.current == quote { cursor.advance() }
                    return
                }
                cursor.advance()
            }
        }

        mutating func skipComment() {
            while let character = cursor.current, character != "\n" { cursor.advance() }
        }

        /// Whatever is left of the line: spaces and a comment.
        mutating func skipLine() {
            while let character = cursor.current, character != "\n" {
                if character == "#" { skipComment(); return }
                cursor.advance()
            }
        }

        /// Spaces, newlines and comments, as lists and inline tables may have between entries.
        mutating func skipBlanks() {
            while let character = cursor.current {
                if character == "#" { skipComment() } else if character.isWhitespace { cursor.advance() } else { return }
            }
        }
    }
}
