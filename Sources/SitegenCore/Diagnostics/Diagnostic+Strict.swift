extension Array where Element == Diagnostic {
    /// Every warning made an error, for `--strict`: CI that wants no warnings at all fails on
    /// them, with the same words and places.
    public func promotingWarnings() -> [Diagnostic] {
        map { diagnostic in
            var promoted = diagnostic
            promoted.severity = .error
            return promoted
        }
    }
}
