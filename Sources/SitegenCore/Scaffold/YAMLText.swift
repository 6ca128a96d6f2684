/// Writes values into the YAML front matter sitegen makes (`new`, `import`), quoted only when
/// YAML would otherwise read them as something else.
enum YAMLText {
    /// `Rubrik` as it is; `Rapport: industrin` or `[x]` in double quotes, with `"` and `\` escaped.
    static func scalar(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" || scalar == "\u{FEFF}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `[Export, "Grön omställning"]`: a flow list, each entry quoted when it needs it (a comma
    /// always does, inside a flow list).
    static func list(_ items: [String]) -> String {
        "[" + items.map { $0.contains(",") || needsQuotes($0) ? quoted($0) : $0 }.joined(separator: ", ") + "]"
    }

    static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if first.isWhitespace || last.isWhitespace { return true }
        if "[]{}*&!|>'\"%@`#,?:-~".contains(first) { return true }
        if text.contains(": ") || text.contains(" #") || last == ":" { return true }
        if ["[", "]", "{", "}"].contains(where: { text.contains($0) }) { return true }
        return text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFEFF || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }
    }
}
