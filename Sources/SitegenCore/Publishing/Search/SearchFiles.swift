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

    static func make(_ index: SearchIndex, settings: SearchSettings) -> [(path: String, bytes: [UInt8])] {
        var files: [(path: String, bytes: [UInt8])] = []
        let shards = self.shards(index, limit: settings.shardSize * 1024)
        for (number, shard) in shards.enumerated() {
            files.append(("\(folder)/shard-\(number).json", shard.bytes))
        }
        let perFile = settings.documentsPerFile
        for start in stride(from: 0, to: index.documents.count, by: perFile) {
            let records = index.documents[start..<min(start + perFile, index.documents.count)]
                .enumerated().map { $1.json(id: start + $0) }
            files.append(("\(folder)/docs-\(start / perFile).json", OrderedJSON.object([("documents", .array(records))]).bytes))
        }
        files.append(("\(folder)/filters.json", index.facets.filtersJSON.bytes))
        let manifest = OrderedJSON.object([
            ("version", .int(version)),
            ("documents", .object([("count", .int(index.documents.count)), ("perFile", .int(perFile)),
                                   ("file", .string("docs-{n}.json"))])),
            ("shards", .array(shards.enumerated().map { number, shard in
                .object([("file", .string("shard-\(number).json")), ("first", .string(shard.first))])
            })),
            ("filters", .string("filters.json")),
            ("stopwords", .array(SearchStopwords.words.map(OrderedJSON.string))),
            ("facets", index.facets.manifestJSON),
        ])
        files.append(("\(folder)/index.json", manifest.bytes))
        return files
    }

    /// The term shards in order, each with its first key.
    static func shards(_ index: SearchIndex, limit: Int) -> [(first: String, bytes: [UInt8])] {
        let byKey = Dictionary(grouping: index.postings.keys, by: \.key)
        let keys = byKey.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        var shards: [(first: String, bytes: [UInt8])] = []
        var first: String?
        var bytes: [UInt8] = []
        func close() {
            guard let key = first else { return }
            shards.append((key, bytes + Array("}}".utf8)))
            first = nil
        }
        for key in keys {
            let variants = byKey[key]!.sorted { $0.variant.utf16.lexicographicallyPrecedes($1.variant.utf16) }
            if first == nil {
                first = key
                bytes = Array(#"{"terms":{"#.utf8)
            } else {
                bytes.append(UInt8(ascii: ","))
            }
            OrderedJSON.write(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            OrderedJSON.object(variants.map { ($0.variant, .ints(SearchPostings.deltaPairs(index.postings[$0]!))) })
                .write(to: &bytes)
            if bytes.count >= limit { close() }
        }
        close()
        return shards
    }
}

extension SearchFiles {
    /// Writes the search index's files; returns how many.
    static func write(_ search: SearchIndex, settings: SearchSettings, into staging: StagingFolder) throws(OutputError) -> Int {
        let files = make(search, settings: settings)
        for file in files {
            try staging.write(Data(file.bytes), to: file.path)
        }
        return files.count
    }
}
