/// Finds where each key and value of JSON front matter is written.
///
/// Runs only on text Foundation has accepted as JSON, so it only follows objects, lists and
/// strings to know the path and place of everything. A key written twice is recorded twice:
/// Foundation keeps one of them silently, and the writer must hear about it.
enum JSONPlaces {
    static func find(in json: String, firstLine: Int) -> FrontMatterPlaces {
        var scanner = Scanner(cursor: PlaceCursor(json, firstLine: firstLine))
        scanner.scanValue(at: [])
        return scanner.places
    }

    private struct Scanner {
        var cursor: PlaceCursor
        var places = FrontMatterPlaces()

        mutating func skipBlanks() {
            while let character = cursor.current, character.isWhitespace { cursor.advance() }
        }

        mutating func scanValue(at path: [PathStep]) {
            skipBlanks()
            places.addValue(at: cursor.place, path: path)
            switch cursor.current {
            case "{"?:
                cursor.advance()
                while !cursor.atEnd {
                    skipBlanks()
                    guard cursor.current == "\"" else {
                        if cursor.current == "}" { cursor.advance(); return }
                        cursor.advance()
                        continue
                    }
                    let place = cursor.place
                    let name = cursor.readQuoted()
                    places.addKey(name, at: place, in: path, allowRepeat: true)
                    skipBlanks()
                    if cursor.current == ":" { cursor.advance() }
                    // A repeated key's value is placed by its first writing; the repeat is reported
                    // at its key.
                    scanValue(at: path + [.key(name)])
                    skipBlanks()
                    if cursor.current == "," { cursor.advance() }
                }
            case "["?:
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
            case "\""?:
                _ = cursor.readQuoted()
            default:
                while let character = cursor.current, !",]}".contains(character), !character.isWhitespace { cursor.advance() }
            }
        }
    }
}
