/// The search index of a site before it is split into files: a record per listed article and,
/// per term, the articles that contain it with a weight.
///
/// Out-of-date articles are not listed, so they cannot be found either. A document's number is
/// its place among the listed articles, newest first, so ranking ties go to the newer article.
struct SearchIndex: Sendable {
    var documents: [SearchDocument]
    /// Term -> document numbers (ascending) and weights, as pairs `[document, weight, ...]`.
    var postings: [SearchTerm: [Int32]]
    var facets: SearchFacets

    /// Articles weighed at a time (see ``make(_:summaries:texts:workers:weights:batch:)``).
    static let weighingBatch = 2_000

    /// `summaries` and `texts` (each body as plain text) are in the order of `index.articles`.
    /// Articles whose searchable text is in `weights` are not weighed again; the others are,
    /// and are added to it (a fresh ``SearchWeightsCache`` weighs every article). `texts` is
    /// emptied once the articles are weighed, so the plain text is not held while the
    /// postings are built.
    static func make(_ index: SiteIndex, summaries: [String], texts: inout [String], workers: Int,
                     weights: inout SearchWeightsCache, batch: Int = weighingBatch) async -> SearchIndex {
        let dates = SwedishDateFormatter(timeZone: index.config.timeZone)
        let documents = index.listed.map { SearchDocument($0, in: index, summary: summaries[$0], dates: dates) }
        let keys = await weigh(documents, texts: index.listed.map { texts[$0] }, workers: workers, weights: &weights, batch: batch)
        texts = []

        var byNumber = [[Int32]](repeating: [], count: weights.terms.count)
        for (number, key) in keys.enumerated() {
            let pairs = weights.entries[key]!
            for position in stride(from: 0, to: pairs.count, by: 2) {
                let term = Int(pairs[position])
                byNumber[term].append(Int32(number))
                byNumber[term].append(pairs[position + 1])
            }
        }
        var postings: [SearchTerm: [Int32]] = [:]
        postings.reserveCapacity(byNumber.count)
        for (number, list) in byNumber.enumerated() where !list.isEmpty { postings[weights.terms[number]] = list }
        return SearchIndex(documents: documents, postings: postings, facets: SearchFacets(index))
    }

    /// Weighs the documents whose text (`texts`, one per document) is not in `weights`, adds
    /// them to it, and returns every document's key there.
    private static func weigh(_ documents: [SearchDocument], texts: [String], workers: Int,
                              weights: inout SearchWeightsCache, batch: Int) async -> [UInt64] {
        let facts = documents.map { [$0.kindName] + $0.regions + $0.tags }
        let keys = ParallelMap.map(Array(documents.indices), workers: workers) { number in
            SearchWeightsCache.key(title: documents[number].title, facts: facts[number], summary: documents[number].summary,
                                   body: texts[number])
        }
        let cache = weights
        let missing = documents.indices.filter { cache.entries[keys[$0]] == nil }
        // Weighed in batches, each numbered into the cache before the next: holding every
        // article's weights as a dictionary at once was a tenth of a 50,000-article build's
        // peak memory.
        let workers = max(1, min(workers, missing.count))
        // One weigher per worker for all batches: each remembers the words it has normalised.
        var weighers = [SearchWeights](repeating: SearchWeights(), count: workers)
        for start in stride(from: 0, to: missing.count, by: batch) {
            let part = Array(missing[start..<min(start + batch, missing.count)])
            // Weighing is per article and independent; the results are added in document
            // order, so the term numbers, and the index, do not depend on the workers.
            let weighed = await withTaskGroup(of: (Int, SearchWeights, [(Int, [SearchTerm: Int])]).self) { group in
                for (worker, weigher) in weighers.enumerated() {
                    group.addTask {
                        var weigher = weigher
                        let results = stride(from: worker, to: part.count, by: workers).map { position in
                            let number = part[position]
                            let document = documents[number]
                            return (position, weigher.weights(title: document.title, facts: facts[number], summary: document.summary,
                                                              body: texts[number]))
                        }
                        return (worker, weigher, results)
                    }
                }
                var all = [[SearchTerm: Int]](repeating: [:], count: part.count)
                for await (worker, weigher, results) in group {
                    weighers[worker] = weigher
                    for (position, weights) in results { all[position] = weights }
                }
                return all
            }
            for (position, number) in part.enumerated() { weights.add(weighed[position], key: keys[number]) }
        }
        weights.keep(only: Set(keys))
        return keys
    }
}

/// How lists of document numbers are written: each as the difference from the one before, so
/// the long lists of common words are mostly small numbers.
enum SearchPostings {
    static func deltas(_ documents: [Int]) -> [Int] {
        var previous = 0
        return documents.map { number in
            defer { previous = number }
            return number - previous
        }
    }

    /// `[document, weight, ...]` with the documents as differences.
    static func deltaPairs(_ pairs: [Int32]) -> [Int] {
        var out = pairs.map(Int.init)
        var previous = 0
        for position in stride(from: 0, to: out.count, by: 2) {
            out[position] = Int(pairs[position]) - previous
            previous = Int(pairs[position])
        }
        return out
    }
}
