/// "Did you mean ...?": the closest of some known names to what was written.
public enum Suggestion {
    /// The candidate nearest to `input` by edit distance (case and accents ignored), if it is
    /// near enough to be a plausible typo. A typo in the start of a longer name counts too:
    /// "Jämtlandd" is near the start of "Jämtland Härjedalen".
    public static func closest(to input: String, among candidates: [String]) -> String? {
        closest(to: input, among: Folded(candidates))
    }

    /// Candidates folded once, for asking about many inputs among the same names.
    public struct Folded: Sendable {
        let names: [String]
        let folded: [[Character]]

        public init(_ names: [String]) {
            self.names = names
            folded = names.map(Suggestion.fold)
        }

        init(removing index: Int, from all: Folded) {
            var (names, folded) = (all.names, all.folded)
            names.remove(at: index)
            folded.remove(at: index)
            (self.names, self.folded) = (names, folded)
        }

        public var count: Int { names.count }
    }

    public static func closest(to input: String, among candidates: Folded) -> String? {
        let folded = fold(input)
        guard !folded.isEmpty else { return nil }
        var best: (name: String, distance: Int)?
        for (candidate, target) in zip(candidates.names, candidates.folded) {
            var distance = editDistance(folded, target)
            if folded.count >= 4, target.count > folded.count {
                distance = min(distance, editDistance(folded, Array(target.prefix(folded.count))) + 1)
            }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = folded.count <= 3 ? 1 : max(2, folded.count / 3)
        return best.distance <= allowed ? best.name : nil
    }

    static func fold(_ text: String) -> [Character] {
        Array(Slug.make(text))
    }

    /// Levenshtein distance, two rows.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
