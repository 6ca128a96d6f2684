/// Search terms numbered in the order they are first met: the weights of one document
/// (``SearchWeights``) and of all of them in the cache file (``SearchWeightsCache``) refer to
/// terms by number, since a number hashes and stores far more cheaply than a term's two strings.
struct SearchTermTable: Sendable {
    /// Terms by number.
    private(set) var terms: [SearchTerm] = []
    private var numbers: [SearchTerm: Int32] = [:]

    /// The number of `term`, given one if new.
    mutating func number(of term: SearchTerm) -> Int32 {
        if let number = numbers[term] { return number }
        append(term)
        return Int32(terms.count - 1)
    }

    /// `term` as the next number, as a file lists the terms in order.
    mutating func append(_ term: SearchTerm) {
        numbers[term] = Int32(terms.count)
        terms.append(term)
    }

    mutating func reserveCapacity(_ count: Int) {
        terms.reserveCapacity(count)
        numbers.reserveCapacity(count)
    }
}
