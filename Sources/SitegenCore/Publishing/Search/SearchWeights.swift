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
    /// them is most of the work.
    private var known: [String: SearchTerm?] = [:]

    mutating func weights(title: String, facts: [String], summary: String, body: String) -> [SearchTerm: Int] {
        var weights: [SearchTerm: Int] = [:]
        add(title, Self.title, to: &weights)
        for fact in facts { add(fact, Self.facts, to: &weights) }
        add(summary, Self.summary, to: &weights)
        var bodyCounts: [SearchTerm: Int] = [:]
        add(body, Self.body, to: &bodyCounts)
        for (term, count) in bodyCounts { weights[term, default: 0] += min(count, Self.bodyCap) }
        return weights
    }

    private mutating func add(_ text: String, _ weight: Int, to weights: inout [SearchTerm: Int]) {
        for word in SearchNormaliser.words(text) {
            let spelled = String(word)
            let term: SearchTerm?
            if let cached = known[spelled] {
                term = cached
            } else {
                term = SearchNormaliser.term(word)
                known[spelled] = term
            }
            if let term { weights[term, default: 0] += weight }
        }
    }
}
