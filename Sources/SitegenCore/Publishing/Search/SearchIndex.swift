/// The search index of a site before it is split into files: a record per listed article and,
/// per term, the articles that contain it with a weight.
///
/// Out-of-date articles are not listed, so they cannot be found either. A document's number is
/// its place among the listed articles, newest first, so ranking ties go to the newer article.
struct SearchIndex: Sendable {
    var documents: [SearchDocument]
    /// Term -> document numbers (ascending) and weights, as pairs `[document, weight, ...]`.
    var postings: [SearchTerm: [Int]]
    var facets: SearchFacets

    /// `summaries` and `texts` (each body as plain text) are in the order of `index.articles`.
    static func make(_ index: SiteIndex, summaries: [String], texts: [String], workers: Int) async -> SearchIndex {
        let dates = SwedishDateFormatter(timeZone: index.config.timeZone)
        let documents = index.listed.map { SearchDocument($0, in: index, summary: summaries[$0], dates: dates) }
        let workers = max(1, min(workers, documents.count))
        // Weighing is per article and independent; the merge below is in document order, so the
        // result does not depend on the workers.
        let weighed = await withTaskGroup(of: [(Int, [SearchTerm: Int])].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var weights = SearchWeights()
                    return stride(from: worker, to: documents.count, by: workers).map { number in
                        let document = documents[number]
                        let facts = [document.kindName] + document.regions + document.tags
                        return (number, weights.weights(title: document.title, facts: facts, summary: document.summary,
                                                        body: texts[index.listed[number]]))
                    }
                }
            }
            var all = [[SearchTerm: Int]](repeating: [:], count: documents.count)
            for await batch in group {
                for (number, weights) in batch { all[number] = weights }
            }
            return all
        }
        var postings: [SearchTerm: [Int]] = [:]
        for (number, weights) in weighed.enumerated() {
            for (term, weight) in weights {
                postings[term, default: []].append(contentsOf: [number, weight])
            }
        }
        return SearchIndex(documents: documents, postings: postings, facets: SearchFacets(index))
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
    static func deltaPairs(_ pairs: [Int]) -> [Int] {
        var out = pairs
        var previous = 0
        for position in stride(from: 0, to: out.count, by: 2) {
            out[position] = pairs[position] - previous
            previous = pairs[position]
        }
        return out
    }
}
