import Foundation

/// Splits a ``SearchIndex`` into the files the search page loads, all in `sok/`:
///
/// - `index.json`, the manifest: format version, the shards and the first term of each, where
///   the documents are, the stop words, the facets with their counts. Loaded for every query.
/// - `shard-N.json`: `{"terms": {key: {variant: [document delta, weight, ...]}}}`, the terms in
///   order, split where a shard passes `shard_size` kilobytes. A query loads the shards its
///   words fall in: a binary search over the manifest's first terms.
/// - `docs-N.json`: `{"documents": [record, ...]}`, `documents_per_file` records each, newest
///   first; a results page loads the files of the hits it shows.
/// - `filters.json`: the documents of each kind and region, loaded only to filter.
///
/// Terms are ordered by UTF-16 code units, the order in which JavaScript compares strings.
enum SearchFiles {
    static let version = 1
    static let folder = SearchSettings.path.segments.joined(separator: "/")

    /// How many terms, or document files, are made on all cores at a time before they are
    /// handed on: the files are made on `workers` threads (one after another they were a
    /// tenth of a one-edit rebuild, on one core, at its end), while only a window of them is
    /// held at a time.
    static let window = 2_048

    /// Makes the files and hands each to `emit` as soon as it is made, so that only a few are
    /// held at a time: all of them at once were 30 MB at 50,000 articles. The files are the
    /// same whatever `workers` is.
    ///
    /// A documents file for which `keep` (given its path and the numbers of the documents it
    /// holds) says the published one stays is not made: a one-edit rebuild changes at most a
    /// record or two, and writing all 10,000 again was a fiftieth of it (`perf`).
    static func make<Failure: Error>(_ index: SearchIndex, settings: SearchSettings, workers: Int = 1,
                                     keep: (String, Range<Int>) -> Bool = { _, _ in false },
                                     emit: (String, [UInt8]) throws(Failure) -> Void) throws(Failure) {
        let firsts = try shards(index, limit: settings.shardSize * 1024, workers: workers) { number, bytes throws(Failure) in
            try emit("\(folder)/shard-\(number).json", bytes)
        }
        let perFile = settings.documentsPerFile
        let files = stride(from: 0, to: index.documentCount, by: perFile).enumerated().map { number, start in
            (path: "\(folder)/docs-\(number).json", documents: start..<min(start + perFile, index.documentCount))
        }.filter { !keep($0.path, $0.documents) }
        let filesAtATime = max(1, window / max(1, perFile)) * workers
        for first in stride(from: 0, to: files.count, by: filesAtATime) {
            let batch = Array(files[first..<min(first + filesAtATime, files.count)])
            let made = ParallelMap.map(batch, workers: workers) { file in
                var bytes = Array(#"{"documents":["#.utf8)
                for number in file.documents {
                    if number > file.documents.lowerBound { bytes.append(UInt8(ascii: ",")) }
                    index.document(number).write(id: number, to: &bytes)
                }
                bytes.append(contentsOf: "]}".utf8)
                return bytes
            }
            for (file, bytes) in zip(batch, made) { try emit(file.path, bytes) }
        }
        try emit("\(folder)/filters.json", index.facets.filtersJSON.bytes)
        let manifest = OrderedJSON.object([
            ("version", .int(version)),
            ("documents", .object([("count", .int(index.documentCount)), ("perFile", .int(perFile)),
                                   ("file", .string("docs-{n}.json"))])),
            ("shards", .array(firsts.enumerated().map { number, first in
                .object([("file", .string("shard-\(number).json")), ("first", .string(first))])
            })),
            ("filters", .string("filters.json")),
            ("stopwords", .array(SearchStopwords.words.map(OrderedJSON.string))),
            ("facets", index.facets.manifestJSON),
        ])
        try emit("\(folder)/index.json", manifest.bytes)
    }

    /// The term shards in order, each handed to `emit` with its number as it is closed;
    /// returns the first key of each.
    /// Each key's part (`"key":{...}`) is made on `workers` threads, a window of keys at a
    /// time; the parts are then put into shards in order, which only copies bytes. The
    /// postings are in order already (``SearchIndex/postings``), a key's variants next to
    /// each other.
    static func shards<Failure: Error>(_ index: SearchIndex, limit: Int, workers: Int = 1,
                                       emit: (Int, [UInt8]) throws(Failure) -> Void) throws(Failure) -> [String] {
        let postings = index.postings
        // The postings of each key, as a range of them.
        var keys: [Range<Int>] = []
        var start = 0
        for position in postings.indices.dropFirst()
        where !postings[position].term.key.utf8.elementsEqual(postings[start].term.key.utf8) {
            keys.append(start..<position)
            start = position
        }
        if !postings.isEmpty { keys.append(start..<postings.count) }
        var firsts: [String] = []
        var first: String?
        var bytes: [UInt8] = []
        func close() throws(Failure) {
            guard let key = first else { return }
            bytes.append(contentsOf: "}}".utf8)
            try emit(firsts.count, bytes)
            firsts.append(key)
            first = nil
        }
        for start in stride(from: 0, to: keys.count, by: window) {
            let window = Array(keys[start..<min(start + window, keys.count)])
            let parts = ParallelMap.map(window, workers: workers) { range in
                // `"key":{"variant":[document delta, weight, ...], ...}`, written straight into
                // bytes: no ``OrderedJSON`` value per term, nor an array per posting list.
                var part: [UInt8] = []
                OrderedJSON.write(postings[range.lowerBound].term.key, to: &part)
                part.append(contentsOf: ":{".utf8)
                for position in range {
                    if position > range.lowerBound { part.append(UInt8(ascii: ",")) }
                    OrderedJSON.write(postings[position].term.variant, to: &part)
                    part.append(UInt8(ascii: ":"))
                    SearchPostings.writeDeltaPairs(postings[position].pairs, to: &part)
                }
                part.append(UInt8(ascii: "}"))
                return part
            }
            for (range, part) in zip(window, parts) {
                if first == nil {
                    first = postings[range.lowerBound].term.key
                    bytes = Array(#"{"terms":{"#.utf8)
                } else {
                    bytes.append(UInt8(ascii: ","))
                }
                bytes.append(contentsOf: part)
                if bytes.count >= limit { try close() }
            }
        }
        try close()
        return firsts
    }
}

extension SearchFiles {
    /// Writes the search index's files; returns how many. With `documents` (the fingerprint of
    /// a documents file, given the numbers of the documents it holds: ``Fingerprints/searchDocuments(_:)``),
    /// a documents file made from the same records as the published one is kept as it is.
    static func write(_ search: SearchIndex, settings: SearchSettings, into staging: StagingFolder,
                      workers: Int = 1, documents: ((Range<Int>) -> UInt64)? = nil) throws(OutputError) -> Int {
        var count = 0
        var printed: [String: UInt64] = [:]
        try make(search, settings: settings, workers: workers, keep: { path, numbers in
            count += 1
            guard let documents else { return false }
            let fingerprint = documents(numbers)
            printed[path] = fingerprint
            return staging.keep(path, fingerprint: fingerprint)
        }) { path, bytes throws(OutputError) in
            try staging.write(bytes, to: path, fingerprint: printed[path] ?? 0)
            if !path.hasPrefix(folder + "/docs-") { count += 1 }
        }
        return count
    }
}
