/// Search terms numbered in the order they are first met: the weights of one document
/// (``SearchWeights``) and of all of them in the cache file (``SearchWeightsCache``) refer to
/// terms by number, since a number hashes and stores far more cheaply than a term's two strings.
///
/// A table read from the cache file starts with its terms in the search files' order
/// (``precedes(_:_:)``), as the file keeps them: those are found by a binary search, and only
/// terms numbered after them are hashed into a dictionary. So a rebuild neither hashes the
/// 100,000 terms of 10,000 articles into a dictionary when it reads them, nor groups and sorts
/// them again to write the shards (``ordered()``): with the postings kept in a dictionary by
/// term, those were about 2% of a one-edit rebuild's work (`perf`).
struct SearchTermTable: Sendable {
    /// Terms by number.
    private(set) var terms: [SearchTerm] = []
    /// `terms[..<sortedCount]` are in the order of ``precedes(_:_:)``, each once.
    private let sortedCount: Int
    /// The numbers of the terms after the sorted ones.
    private var numbers: [SearchTerm: Int32] = [:]

    init() {
        sortedCount = 0
    }

    /// A table of `terms`, which must be in the order of ``precedes(_:_:)`` with none twice (as
    /// ``SearchWeightsCache`` writes them).
    init(ordered terms: [SearchTerm]) {
        self.terms = terms
        sortedCount = terms.count
    }

    /// The number of `term`, given one if new.
    mutating func number(of term: SearchTerm) -> Int32 {
        if let number = sortedNumber(of: term) ?? numbers[term] { return number }
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

    /// The place of `term` among the sorted terms, if it is one.
    private func sortedNumber(of term: SearchTerm) -> Int32? {
        guard sortedCount > 0 else { return nil }
        let place = Self.lowerBound(of: term, in: terms, count: sortedCount)
        return place < sortedCount && terms[place] == term ? Int32(place) : nil
    }

    /// The first of `terms[..<count]` (sorted) that `term` does not follow.
    private static func lowerBound(of term: SearchTerm, in terms: [SearchTerm], count: Int) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if precedes(terms[middle], term) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Every term's number, in the order of ``precedes(_:_:)``: the sorted terms as they are,
    /// with the later ones sorted and put in their places among them.
    func ordered() -> [Int32] {
        let added = Array(sortedCount..<terms.count)
        guard !added.isEmpty else { return (0..<Int32(sortedCount)).map { $0 } }
        // Each added term's code units made once: comparing through `String.UTF16View`, which
        // transcodes the UTF-8 on every comparison, was a quarter of writing the index after
        // one edit when every term was sorted so. One array a term, the key's units, a 0 and
        // the variant's, which sort as the two do: a term's words are letters, digits and marks
        // (``SearchNormaliser``), never U+0000, so a key that is the start of another ends first.
        let units = added.map { number -> [UInt16] in
            var units = Array(terms[number].key.utf16)
            units.append(0)
            units.append(contentsOf: terms[number].variant.utf16)
            return units
        }
        let sorted = added.indices.sorted { units[$0].lexicographicallyPrecedes(units[$1]) }.map { added[$0] }
        var order: [Int32] = []
        order.reserveCapacity(terms.count)
        var next = 0
        for number in sorted {
            let place = Self.lowerBound(of: terms[number], in: terms, count: sortedCount)
            while next < place {
                order.append(Int32(next))
                next += 1
            }
            order.append(Int32(number))
        }
        while next < sortedCount {
            order.append(Int32(next))
            next += 1
        }
        return order
    }

    /// The order of the search files: by key, then by variant, each compared by its UTF-16 code
    /// units as JavaScript compares strings (``SearchFiles``). The terms of one key are next to
    /// each other in it, their variants in order.
    static func precedes(_ first: SearchTerm, _ second: SearchTerm) -> Bool {
        let (key, other) = (first.key.utf16, second.key.utf16)
        if !key.elementsEqual(other) { return key.lexicographicallyPrecedes(other) }
        return first.variant.utf16.lexicographicallyPrecedes(second.variant.utf16)
    }
}
