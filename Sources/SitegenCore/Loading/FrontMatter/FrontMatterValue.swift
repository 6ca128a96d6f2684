/// A value of TOML or JSON front matter, before it becomes a node the YAML reader understands.
///
/// Everything is text in the end, as YAML scalars are to ``FieldReader``: a TOML date becomes
/// `2020-05-04`, a date-time `2020-05-04T09:30:00+02:00`, a number or yes/no the text written.
indirect enum FrontMatterValue: Sendable, Equatable {
    /// A string: never read as empty, null or yes/no by its looks.
    case text(String)
    /// A number, a boolean or a date: read as YAML reads an unquoted value.
    case plain(String)
    /// JSON's `null`: the same as a YAML field with nothing after the colon.
    case null
    case list([FrontMatterValue])
    case table([String: FrontMatterValue])
}
