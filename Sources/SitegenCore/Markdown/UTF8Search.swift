extension String {
    /// Whether `needle` occurs, compared byte for byte in UTF-8.
    ///
    /// Foundation's `contains`/`range(of:)` go through CFStringFind with Unicode folding and were
    /// a sixth of a build's time when called per text node and per body; an exact search of
    /// known ASCII or UTF-8 markers needs none of that.
    func containsUTF8(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var haystack = self
        return haystack.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var offset = 1
                    while offset < pattern.count, bytes[index + offset] == pattern[offset] { offset += 1 }
                    if offset == pattern.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
