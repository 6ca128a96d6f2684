import Foundation

/// Every article's related articles (``SiteIndex/related(to:limit:)``), kept between builds in
/// the cache folder as `related.bin` while what ranks them is unchanged.
///
/// Ranking reads only numbers: each article's tag and region numbers, the articles of every tag
/// and region page, in order, and which articles are out of date. Their hash is the file's key,
/// so an edit that changes no tag, region or date finds the lists as they were; any other edit
/// ranks every article again. Measured on 10,000 articles: ranking them all was 15% of a
/// rebuild's time in a profile; the file is 160 KB.
///
/// Layout: the magic `SGRELAT1`, the key (which covers sitegen's version), the lists, and
/// an XXH64 of all before it. A file that does not match in every part is ignored.
enum RelatedCache {
    static let fileName = "related.bin"
    private static let magic = Array("SGRELAT1".utf8)

    /// Each article's related articles, from `folder` when its file has them for this index,
    /// else ranked now (on `workers` threads) and written there.
    static func lists(_ index: SiteIndex, folder: URL?, workers: Int) -> [[Int]] {
        let key = self.key(index)
        if let folder, let lists = read(folder: folder, key: key, count: index.articles.count) { return lists }
        let lists = ParallelMap.map(Array(index.articles.indices), workers: workers) { number in
            index.expired.contains(number) ? [] : index.related(to: number)
        }
        if let folder { write(lists, key: key, folder: folder) }
        return lists
    }

    /// A hash of everything ranking reads.
    static func key(_ index: SiteIndex) -> UInt64 {
        var writer = BinaryWriter(capacity: 1 << 16)
        writer.write("sitegen related 1")
        writer.write(SitegenVersion.current)
        writer.write(ArticleCacheKeys.executableFingerprint)
        writer.write(index.articles.count)
        for number in index.articles.indices {
            let terms = index.packedTerms.numbers(of: number)
            writer.write(terms.tags.map(Int.init), each: { $0.write($1) })
            writer.write(terms.regions.map(Int.init), each: { $0.write($1) })
        }
        for page in index.tags { writer.write(page.articles, each: { $0.write($1) }) }
        for region in index.config.regions {
            writer.write(index.regionsBySlug[region.slug]?.articles, each: { writer, articles in
                writer.write(articles, each: { $0.write($1) })
            })
        }
        writer.write(index.expired.sorted(), each: { $0.write($1) })
        return XXHash64.hash(writer.bytes)
    }

    static func read(folder: URL, key: UInt64, count: Int) -> [[Int]]? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return nil }
        return data.withUnsafeBytes { buffer -> [[Int]]? in
            guard let body = SealedFile.body(of: buffer, magic: magic) else { return nil }
            var reader = BinaryReader(body)
            guard (try? reader.readUInt64()) == key, (try? reader.readUInt32()).map(Int.init) == count else { return nil }
            var lists: [[Int]] = []
            lists.reserveCapacity(count)
            for _ in 0..<count {
                guard let list = try? reader.readArray({ reader throws(CacheFormatError) in Int(try reader.readUInt32()) }),
                      list.allSatisfy({ $0 < count }) else { return nil }
                lists.append(list)
            }
            return reader.isAtEnd ? lists : nil
        }
    }

    /// Writes the lists (a temporary file renamed into place); a failure costs only time.
    static func write(_ lists: [[Int]], key: UInt64, folder: URL) {
        var writer = SealedFile.writer(magic: magic, capacity: lists.count * 20)
        writer.write(key)
        writer.write(UInt32(lists.count))
        for list in lists { writer.write(list, each: { $0.write(UInt32($1)) }) }
        SealedFile.write(writer, to: folder.appendingPathComponent(fileName))
    }
}
