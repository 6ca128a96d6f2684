import Foundation

/// The search terms and weights of each listed article (``SearchWeights``), kept between builds
/// in the cache folder as `search-weights.bin`, so a rebuild folds and stems only the articles
/// whose searchable text changed.
///
/// Measured on 10,000 articles: weighing every article was 2.4 s of a 7 s rebuild with nothing
/// changed; with this file (3.3 MB) the whole `search` phase takes 0.15 s. An article's entry is
/// keyed by a hash of exactly what is weighed (title, kind, regions, tags, summary, body text),
/// so it cannot be used for other text. Terms are numbered in a table shared by all entries.
///
/// Layout: the magic `SGWEIGH1`, the salt (format, sitegen's version), the terms (key and
/// variant) in the search files' order (``SearchTermTable/precedes(_:_:)``), the entries (key,
/// then pairs of term number and weight), and an XXH64 of all before it. A damaged file, or one
/// of another salt, is ignored: every article is weighed again. The terms' order is trusted as
/// the rest is: the file is sealed, and only this executable writes files of its salt.
struct SearchWeightsCache: Sendable {
    static let fileName = "search-weights.bin"
    private static let magic = Array("SGWEIGH1".utf8)
    private static let formatVersion = 2

    private var table = SearchTermTable()
    /// Terms by number.
    var terms: [SearchTerm] { table.terms }
    /// By ``key(title:facts:summary:body:)``: term numbers and weights, alternating.
    private(set) var entries: [UInt64: [Int32]] = [:]
    /// Whether anything was added since reading: only then is the file written again.
    private(set) var changed = false

    init() {}

    static var salt: UInt64 {
        var writer = BinaryWriter()
        writer.write("sitegen search weights")
        writer.write(formatVersion)
        writer.write(SitegenVersion.current)
        writer.write(ArticleCacheKeys.executableFingerprint)
        return XXHash64.hash(writer.bytes)
    }

    /// What is weighed for one article, as one number; `body` is the hash of the body's plain
    /// text (``RenderedMarkdown/plainTextHash``).
    static func key(title: String, facts: [String], summary: String, body: UInt64) -> UInt64 {
        var writer = BinaryWriter(capacity: 512)
        writer.write(title)
        writer.write(facts)
        writer.write(summary)
        writer.write(body)
        return XXHash64.hash(writer.bytes)
    }

    /// The number of `term`, given one if new.
    mutating func number(of term: SearchTerm) -> Int32 {
        let number = table.number(of: term)
        if Int(number) >= order?.count ?? .max { order = nil }
        return number
    }

    /// ``orderedTerms()`` as last made, until a term is added: made once for the search files
    /// and for writing this file (sorting 100,000 terms in a build without this file).
    private var order: [Int32]?

    /// Every term's number, in the search files' order (``SearchTermTable/ordered()``).
    mutating func orderedTerms() -> [Int32] {
        if let order { return order }
        let made = table.ordered()
        order = made
        return made
    }

    /// Entries for this build only, never written: weights of a text that is not the one its
    /// key was made from.
    private var unsaved: Set<UInt64> = []

    /// Keeps one article's weights under `key`; with `save: false` for this build only.
    mutating func add(_ weights: [SearchTerm: Int], key: UInt64, save: Bool = true) {
        if save { unsaved.remove(key) } else { unsaved.insert(key) }
        var pairs: [Int32] = []
        pairs.reserveCapacity(weights.count * 2)
        for (term, weight) in weights {
            pairs.append(number(of: term))
            pairs.append(Int32(clamping: weight))
        }
        entries[key] = pairs
        changed = true
    }

    /// Lets go of one entry, without marking the cache changed: for taking it apart once it
    /// has been saved (``SearchIndex/make(_:summaries:bodies:workers:weights:batch:weighed:plainText:)``).
    mutating func forget(_ key: UInt64) {
        entries[key] = nil
    }

    /// Only the entries of `keys` stay (the articles listed now), so the file does not grow
    /// with every edit.
    mutating func keep(only keys: Set<UInt64>) {
        let before = entries.count
        entries = entries.filter { keys.contains($0.key) }
        if entries.count != before { changed = true }
    }

    // MARK: - The file

    static func read(folder: URL) -> SearchWeightsCache {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return SearchWeightsCache() }
        return data.withUnsafeBytes { buffer in (try? decode(buffer)) ?? SearchWeightsCache() }
    }

    static func decode(_ buffer: UnsafeRawBufferPointer) throws(CacheFormatError) -> SearchWeightsCache {
        guard let body = SealedFile.body(of: buffer, magic: magic) else { throw .invalid("not a whole search weights file") }
        var reader = BinaryReader(body)
        guard try reader.readUInt64() == salt else { throw .invalid("another version's search weights") }
        var cache = SearchWeightsCache()
        let termCount = Int(try reader.readUInt32())
        var terms: [SearchTerm] = []
        terms.reserveCapacity(termCount)
        for _ in 0..<termCount {
            terms.append(SearchTerm(key: try reader.readString(), variant: try reader.readString()))
        }
        cache.table = SearchTermTable(ordered: terms)
        let entryCount = Int(try reader.readUInt32())
        cache.entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let key = try reader.readUInt64()
            let count = Int(try reader.readUInt32())
            guard count % 2 == 0 else { throw .invalid("an odd number of weights") }
            let pairs = try reader.readInt32s(count: count)
            for position in stride(from: 0, to: count, by: 2) where pairs[position] < 0 || Int(pairs[position]) >= termCount {
                throw .invalid("a term number out of range")
            }
            cache.entries[key] = pairs
        }
        guard reader.isAtEnd else { throw .invalid("bytes after the last entry") }
        return cache
    }

    /// Writes the file when it changed: the terms still used, in order and renumbered, and the
    /// entries in key order (the same cache gives the same bytes). A cache that cannot be
    /// written costs the next build time, never its result, so failure is silent here.
    func write(folder: URL) {
        guard changed else { return }
        var isUsed = [Bool](repeating: false, count: terms.count)
        let keys = entries.keys.filter { !unsaved.contains($0) }.sorted()
        for key in keys {
            // Looked up once per entry, not once per weight (two million lookups at 10,000
            // articles, most of writing the file).
            let pairs = entries[key]!
            for position in stride(from: 0, to: pairs.count, by: 2) { isUsed[Int(pairs[position])] = true }
        }
        var used = [Int32](repeating: -1, count: terms.count)
        var kept: [SearchTerm] = []
        for number in order ?? table.ordered() where isUsed[Int(number)] {
            used[Int(number)] = Int32(kept.count)
            kept.append(terms[Int(number)])
        }
        // Made at its exact size: growing by doubling held up to three times the file (+64 MB
        // at 50,000 articles).
        var size = 8 + 4 + 4
        for term in kept { size += 8 + term.key.utf8.count + term.variant.utf8.count }
        for key in keys { size += 8 + 4 + entries[key]!.count * 4 }
        var writer = SealedFile.writer(magic: Self.magic, capacity: size)
        writer.write(Self.salt)
        writer.write(UInt32(kept.count))
        for term in kept {
            writer.write(term.key)
            writer.write(term.variant)
        }
        writer.write(UInt32(keys.count))
        var renumbered: [Int32] = []
        for key in keys {
            let pairs = entries[key]!
            writer.write(key)
            writer.write(UInt32(pairs.count))
            renumbered.removeAll(keepingCapacity: true)
            for position in stride(from: 0, to: pairs.count, by: 2) {
                renumbered.append(used[Int(pairs[position])])
                renumbered.append(pairs[position + 1])
            }
            writer.write(int32s: renumbered)
        }
        SealedFile.write(writer, to: folder.appendingPathComponent(Self.fileName))
    }
}
