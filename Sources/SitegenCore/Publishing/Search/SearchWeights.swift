/// How much each term of one article counts: a word in the title more than one in the body.
///
/// The weight of a term in an article is the sum over its places: title 10 per occurrence;
/// kind, regions and tags 5; summary 3; body 1 per occurrence but at most 10, so a long text that
/// repeats a word does not outrank an article about it. The search page multiplies weights by
/// how rare a term is (its IDF) when it ranks.
struct SearchWeights {
    static let title = 10
    static let facts = 5
    static let summary = 3
    static let body = 1
    static let bodyCap = 10

    /// Normalised words, remembered: most words of a corpus repeat, and folding and stemming
    /// them is most of the work. Each word's term is a number in ``table`` (-1: no term), so a
    /// document's counts are kept by number: hashing the terms' two strings for every word was a
    /// third of weighing.
    private var known: [String: Int32] = [:]
    private var table = SearchTermTable()

    mutating func weights(title: String, facts: [String], summary: String, body: String) -> [SearchTerm: Int] {
        var counts: [Int32: Int] = [:]
        add(title, Self.title, to: &counts)
        for fact in facts { add(fact, Self.facts, to: &counts) }
        add(summary, Self.summary, to: &counts)
        var bodyCounts: [Int32: Int] = [:]
        add(body, Self.body, to: &bodyCounts)
        for (term, count) in bodyCounts { counts[term, default: 0] += min(count, Self.bodyCap) }
        var weights: [SearchTerm: Int] = [:]
        weights.reserveCapacity(counts.count)
        for (term, weight) in counts { weights[table.terms[Int(term)]] = weight }
        return weights
    }

    private mutating func add(_ text: String, _ weight: Int, to counts: inout [Int32: Int]) {
        for word in SearchNormaliser.words(text) {
            let spelled = String(word)
            let number: Int32
            if let cached = known[spelled] {
                number = cached
            } else {
                if let term = SearchNormaliser.term(word) { number = table.number(of: term) } else { number = -1 }
                known[spelled] = number
            }
            if number >= 0 { counts[number, default: 0] += weight }
        }
    }
}
