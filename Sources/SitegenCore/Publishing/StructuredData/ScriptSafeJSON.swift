/// Makes JSON safe to print as it is inside an HTML `<script>` element.
///
/// The HTML parser ends a script at `</script` and treats `<!--` specially, whatever the JSON
/// means; and before ES2019, U+2028 and U+2029 ended a JavaScript string. So `<`, `>`, `&`,
/// U+2028 and U+2029 are written as `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`. None of
/// them can occur in JSON outside a string, and inside one the escape means the same character,
/// so the JSON still parses to the same values.
enum ScriptSafeJSON {
    static func escape(_ json: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(json.unicodeScalars.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
