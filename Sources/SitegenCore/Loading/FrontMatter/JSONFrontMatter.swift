import Foundation

/// Reads JSON front matter (an object at the very top of the file, as Hugo allows) with
/// Foundation's JSONSerialization.
enum JSONFrontMatter {
    /// `json` starts at line `firstLine` of `source`, at its first column.
    static func parse(_ json: String, firstLine: Int, in source: SourceText) -> Result<FrontMatterValue, Diagnostic> {
        let bytes = Array(json.utf8)
        do {
            let object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            return .success(value(object))
        } catch {
            let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            var place = SourceLocation(file: source.path, line: firstLine)
            // Foundation says where as a byte offset: "Invalid value around character 15."
            if let range = description.range(of: #"character \d+"#, options: .regularExpression),
               let offset = Int(description[range].dropFirst("character ".count)), offset < bytes.count {
                let (line, column) = SourceText.position(ofByte: offset, in: bytes)
                place = SourceLocation(file: source.path, line: firstLine + line - 1, column: column)
            }
            let message = description.contains("control character")
                ? "a text in the JSON front matter goes over more than one line"
                : "the JSON front matter cannot be read here"
            let hint = description.contains("control character")
                ? "write a line break inside a text as \\n"
                : "JSON needs double quotes around every key and text, a comma between fields and a colon after each key: {\"title\": \"Rubrik\", \"tags\": [\"Export\"]}"
            return .failure(Diagnostic(.error, at: place, message, hint: hint, excerpt: source.line(place.line)))
        }
    }

    static func value(_ object: Any) -> FrontMatterValue {
        switch object {
        case let text as String: return .text(text)
        case is NSNull: return .null
        case let list as [Any]: return .list(list.map(value))
        case let dictionary as [String: Any]: return .table(dictionary.mapValues(value))
        case let number as NSNumber:
            // JSON's true and false come as NSNumber too; only they have the type of a C bool.
            if String(cString: number.objCType) == "c" { return .plain(number.boolValue ? "true" : "false") }
            return .plain(number.stringValue)
        default: return .plain(String(describing: object))
        }
    }
}
