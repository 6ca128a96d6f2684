/// The search index of a site before it is split into files: a record per listed article and,
/// per term, the articles that contain it with a weight.
///
/// Out-of-date articles are not listed, so they cannot be found either. A document's number is
/// its place among the listed articles, newest first, so ranking ties go to the newer article.
struct SearchIndex: Sendable {
    /// How many documents there are.
    let documentCount: Int
    /// The record of document `number`, made when it is asked for: a one-edit rebuild writes
    /// the records of one documents file, and making all 10,000 (their dates written out)
    /// was a thirtieth of its work.
    let document: @Sendable (Int) -> SearchDocument
    /// Each term's documents (ascending) and weights, in the order of the search files
    /// (``SearchTermTable/precedes(_:_:)``).
    var postings: [SearchPosting]
    var facets: SearchFacets

    /// Every record, in order.
    var documents: [SearchDocument] { (0..<documentCount).map(document) }

    /// An index of these records and postings (in any order).
    init(documents: [SearchDocument], postings: [SearchTerm: [Int32]], facets: SearchFacets) {
        documentCount = documents.count
        document = { documents[$0] }
        self.postings = postings.map { SearchPosting(term: $0.key, pairs: $0.value) }
            .sorted { SearchTermTable.precedes($0.term, $1.term) }
        self.facets = facets
    }

    private init(documentCount: Int, document: @escaping @Sendable (Int) -> SearchDocument, postings: [SearchPosting],
                 facets: SearchFacets) {
        self.documentCount = documentCount
        self.document = document
        self.postings = postings
        self.facets = facets
    }

    /// Articles weighed at a time (see ``make(_:summaries:bodies:workers:weights:batch:weighed:plainText:)``).
    static let weighingBatch = 2_000

    /// `summaries` and `bodies` are in the order of `index.articles`. Articles whose searchable
    /// text is in `weights` are not weighed again; the others are, and are added to it (a fresh
    /// ``SearchWeightsCache`` weighs every article). A body without its text (one from the
    /// build cache) gets it from `plainText`, given the article's number. `bodies` is emptied
    /// once the articles are weighed, so the plain text is not held while the postings are
    /// built; `weighed` is then given the weights (to save them), which are taken apart into
    /// the postings and are empty afterwards: the two were 200 MB together at 50,000 articles.
    static func make(_ index: SiteIndex, summaries: [String], bodies: inout [SearchBody], workers: Int,
                     weights: inout SearchWeightsCache, batch: Int = weighingBatch,
                     weighed: (SearchWeightsCache) -> Void = { _ in },
                     plainText: @escaping @Sendable (Int) -> String?) async -> SearchIndex {
        let searched = index.listed.map { SearchDocument.Searched($0, in: index, summary: summaries[$0]) }
        var listed = index.listed.map { bodies[$0] }
        bodies = []
        let keys = await weigh(searched, bodies: &listed, workers: workers, weights: &weights, batch: batch) { number in
            plainText(index.listed[number])
        }
        listed = []
        let order = weights.orderedTerms()
        weighed(weights)

        // Each entry is let go after its last use (two documents with the same text share one).
        var uses: [UInt64: Int] = [:]
        for key in keys { uses[key, default: 0] += 1 }
        var byNumber = [[Int32]](repeating: [], count: weights.terms.count)
        for (number, key) in keys.enumerated() {
            let pairs = weights.entries[key]!
            uses[key]! -= 1
            if uses[key] == 0 { weights.forget(key) }
            for position in stride(from: 0, to: pairs.count, by: 2) {
                let term = Int(pairs[position])
                byNumber[term].append(Int32(number))
                byNumber[term].append(pairs[position + 1])
            }
        }
        var postings: [SearchPosting] = []
        postings.reserveCapacity(byNumber.count)
        for number in order.map(Int.init) where !byNumber[number].isEmpty {
            postings.append(SearchPosting(term: weights.terms[number], pairs: byNumber[number]))
        }
        let dates = SwedishDateFormatter(timeZone: index.config.timeZone)
        return SearchIndex(documentCount: index.listed.count, document: { number in
            let article = index.listed[number]
            return SearchDocument(article, in: index, summary: summaries[article], dates: dates)
        }, postings: postings, facets: SearchFacets(index))
    }

    /// Weighs the documents (with `bodies`, one per document) that are not in `weights`, adds
    /// them to it, and returns every document's key there. Every document has its key, but a
    /// body whose text, got again with `plainText` (by document number), is no longer the one
    /// its hash was made from (its file changed during the build) is weighed and not kept.
    /// Each batch's texts leave `bodies` as it is weighed, so the plain text still to weigh
    /// shrinks as the weights grow: holding all of it to the end was the `search` phase's
    /// growth at 50,000 articles.
    private static func weigh(_ documents: [SearchDocument.Searched], bodies: inout [SearchBody], workers: Int,
                              weights: inout SearchWeightsCache, batch: Int,
                              plainText: @escaping @Sendable (Int) -> String?) async -> [UInt64] {
        let keys = documents.indices.map { number in
            SearchWeightsCache.key(title: documents[number].title, facts: documents[number].facts, summary: documents[number].summary,
                                   body: bodies[number].hash)
        }
        let cache = weights
        let missing = documents.indices.filter { cache.entries[keys[$0]] == nil }
        // Weighed in batches, each numbered into the cache before the next, so only one batch
        // of weights is held as dictionaries at a time.
        let workers = max(1, min(workers, missing.count))
        // One weigher per worker for all batches: each remembers the words it has normalised.
        var weighers = [SearchWeights](repeating: SearchWeights(), count: workers)
        for start in stride(from: 0, to: missing.count, by: batch) {
            let part = Array(missing[start..<min(start + batch, missing.count)])
            let texts = part.map { bodies[$0].text }
            for number in part { bodies[number].text = nil }
            let hashes = part.map { bodies[$0].hash }
            // Weighing is per article and independent; the results are added in document
            // order, so the term numbers, and the index, do not depend on the workers.
            typealias Weighed = (weights: [SearchTerm: Int], kept: Bool)
            let weighed = await withTaskGroup(of: (Int, SearchWeights, [(Int, Weighed)]).self) { group in
                for (worker, weigher) in weighers.enumerated() {
                    group.addTask {
                        var weigher = weigher
                        let results = stride(from: worker, to: part.count, by: workers).map { position -> (Int, Weighed) in
                            let number = part[position]
                            let document = documents[number]
                            // A stored text's bytes as they are, without a `String` of them (``BodyText/withUTF8(_:)``).
                            if let stored = texts[position] {
                                return (position, (stored.withUTF8 { text in
                                    weigher.weights(title: document.title, facts: document.facts, summary: document.summary, body: text)
                                }, true))
                            }
                            let text = plainText(number) ?? ""
                            return (position, (weigher.weights(title: document.title, facts: document.facts, summary: document.summary,
                                                               body: text), RenderedMarkdown.hash(of: text) == hashes[position]))
                        }
                        return (worker, weigher, results)
                    }
                }
                var all = [Weighed](repeating: ([:], true), count: part.count)
                for await (worker, weigher, results) in group {
                    weighers[worker] = weigher
                    for (position, result) in results { all[position] = result }
                }
                return all
            }
            for (position, number) in part.enumerated() {
                weights.add(weighed[position].weights, key: keys[number], save: weighed[position].kept)
            }
        }
        weights.keep(only: Set(keys))
        return keys
    }
}

/// One article's body as the search index needs it: the hash its weights are kept under, and
/// its plain text when this build rendered it.
struct SearchBody: Sendable {
    var hash: UInt64
    /// Read when the article is weighed (``BodyText``).
    var text: BodyText?

    init(hash: UInt64, stored: BodyText?) {
        self.hash = hash
        self.text = stored
    }

    init(hash: UInt64, text: String?) {
        self.init(hash: hash, stored: text.map { BodyText($0) })
    }
}

/// One term's documents, ascending, and the weight of the term in each: `[document, weight, ...]`.
struct SearchPosting: Sendable, Hashable {
    var term: SearchTerm
    var pairs: [Int32]
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

    /// `[document, weight, ...]` with the documents as differences, as a JSON array of numbers.
    static func writeDeltaPairs(_ pairs: [Int32], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        var previous = 0
        for position in stride(from: 0, to: pairs.count, by: 2) {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            OrderedJSON.write(Int(pairs[position]) - previous, to: &out)
            out.append(UInt8(ascii: ","))
            OrderedJSON.write(Int(pairs[position + 1]), to: &out)
            previous = Int(pairs[position])
        }
        out.append(UInt8(ascii: "]"))
    }
}
