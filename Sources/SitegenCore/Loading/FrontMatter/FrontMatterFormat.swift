/// The three ways to write front matter, told apart by how the file starts, as Hugo does:
/// `---` YAML, `+++` TOML, `{` JSON.
public enum FrontMatterFormat: String, Sendable, Hashable {
    case yaml = "YAML"
    case toml = "TOML"
    case json = "JSON"

    /// The format a file's first line announces; YAML when it announces none, so a file without
    /// front matter gets the YAML splitter's message.
    public static func of(_ text: String) -> FrontMatterFormat {
        let firstLine = text.prefix { $0 != "\n" }
        if firstLine.trimmingTrailingWhitespace() == "+++" { return .toml }
        if firstLine.first == "{" { return .json }
        return .yaml
    }
}
