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

    /// Normalised words, remembered by their bytes (``WordNumbers``): most words of a corpus
    /// repeat, and folding and stemming them is most of the work. Each word's term is a number
    /// in ``table`` (-1: no term), so a document's counts are kept by number, in arrays indexed
    /// by it: hashing the terms' two strings for every word was a third of weighing.
    private var known = WordNumbers()
    private var table = SearchTermTable()
    /// The document in hand: weight from the title, facts and summary, and the body's
    /// occurrences, by term number; zero again after each document.
    private var placed: [Int] = []
    private var inBody: [Int] = []
    /// The term numbers met in the document in hand, each once, in the order met.
    private var met: [Int32] = []

    mutating func weights(title: String, facts: [String], summary: String, body: String) -> [SearchTerm: Int] {
        var body = body
        return body.withUTF8 { weights(title: title, facts: facts, summary: summary, body: $0) }
    }

    /// The body as UTF-8 bytes, as a stored text gives it (``BodyText/withUTF8(_:)``).
    mutating func weights(title: String, facts: [String], summary: String, body: UnsafeBufferPointer<UInt8>) -> [SearchTerm: Int] {
        add(title) { $0.placed[$1] += Self.title }
        for fact in facts { add(fact) { $0.placed[$1] += Self.facts } }
        add(summary) { $0.placed[$1] += Self.summary }
        add(body) { $0.inBody[$1] += Self.body }
        var weights: [SearchTerm: Int] = [:]
        weights.reserveCapacity(met.count)
        for number in met.map(Int.init) {
            weights[table.terms[number]] = placed[number] + min(inBody[number], Self.bodyCap)
            placed[number] = 0
            inBody[number] = 0
        }
        met.removeAll(keepingCapacity: true)
        return weights
    }

    /// ``add(_:count:)-(UnsafeBufferPointer<UInt8>,_)`` of a `String`'s UTF-8.
    private mutating func add(_ text: String, count: (inout SearchWeights, Int) -> Void) {
        var text = text
        text.withUTF8 { add($0, count: count) }
    }

    /// Finds the terms of `bytes` (UTF-8) and counts each with `count` (given the term's number).
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, count: (inout SearchWeights, Int) -> Void) {
        SearchNormaliser.forEachWord(inUTF8: bytes) { range in
            let number = known.number(of: UnsafeBufferPointer(rebasing: bytes[range])) {
                let word = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                return SearchNormaliser.term(word).map { table.number(of: $0) } ?? -1
            }
            guard number >= 0 else { return }
            let index = Int(number)
            if index >= placed.count {
                placed.append(contentsOf: repeatElement(0, count: index + 1 - placed.count))
                inBody.append(contentsOf: repeatElement(0, count: index + 1 - inBody.count))
            }
            if placed[index] == 0, inBody[index] == 0 { met.append(number) }
            count(&self, index)
        }
    }
}
