import Foundation
import Testing
@testable import SitegenCore

/// Kinds, regions and tags are written with their byte count, and a reader of many entries
/// gives the value it decoded first again for the same bytes (``RepeatedValues``): what comes
/// back must be exactly what was written, however the values repeat.
@Suite("Build cache: repeated kinds, regions and tags")
struct RepeatedValuesTests {
    /// `count` articles whose kinds, regions and tags repeat in a pattern that leaves some
    /// values used once and some by most articles, with more distinct tags than a table starts
    /// with room for.
    static func entries(_ count: Int) -> [ArticleCacheEntry] {
        let kinds = [ModelSamples.kind("projekt"), ModelSamples.kind("motesrapport", schema: .event), ModelSamples.kind("intervju")]
        let regions = ["Västerbotten", "Norrbotten", "Jämtland Härjedalen", "Örebro", "Skåne"]
        return (0..<count).map { number in
            var article = ModelSamples.article(
                title: "Artikel \(number)", kind: kinds[number % kinds.count],
                tags: ["Industri", "Tagg \(number % 97)", "Ensam \(number)"],
                regions: [regions[number % regions.count], regions[(number * 7 + 1) % regions.count]])
            article.sourcePath = "content/a-\(number).md"
            if number % 4 == 0 { article.regions[0].aliases = ["Länet \(number % 3)"] }
            if number % 6 == 0 { article.kind.aliases = ["alias \(number % 2)"] }
            return ArticleCacheEntry(sourcePath: article.sourcePath, key: UInt64(number), observations: [],
                                     article: article, diagnostics: [], rendered: CacheCodingTests.rendered)
        }
    }

    @Test("Many articles sharing kinds, regions and tags come back as written")
    func sharedValuesRoundTrip() throws {
        let entries = Self.entries(400)
        let bytes = try #require(ArticleCache.encode(entries, salt: 9))
        let decoded = try ArticleCache.decode(Data(bytes), salt: 9)
        #expect(decoded.count == entries.count)
        for entry in entries {
            let read = try #require(decoded[entry.sourcePath])
            #expect(read == entry, "\(entry.sourcePath)")
            #expect(read.article?.kind == entry.article?.kind && read.article?.regions == entry.article?.regions
                    && read.article?.tags == entry.article?.tags, "\(entry.sourcePath)")
        }
    }

    /// Read one at a time with and without the tables, the same values come back.
    @Test("A reader with the tables reads what a reader without them reads")
    func tablesChangeNothing() throws {
        var writer = BinaryWriter()
        let articles = Self.entries(120).compactMap(\.article)
        for article in articles {
            writer.write(article.kind)
            writer.write(article.regions, each: { $0.write($1) })
            writer.write(article.tags, each: { $0.write($1) })
        }
        func read(withTables: Bool) throws -> [String] {
            try writer.bytes.withUnsafeBytes { buffer in
                try Result { () throws(CacheFormatError) -> [String] in
                    var reader = BinaryReader(buffer)
                    if withTables { reader.repeated = RepeatedValues() }
                    var read: [String] = []
                    for _ in articles {
                        let kind = try reader.readKind()
                        let regions = try reader.readArray { r throws(CacheFormatError) in try r.readRegion() }
                        let tags = try reader.readArray { r throws(CacheFormatError) in try r.readTag() }
                        read.append("\(kind) \(regions) \(tags)")
                    }
                    #expect(reader.isAtEnd)
                    return read
                }.get()
            }
        }
        let expected = articles.map { "\($0.kind) \($0.regions) \($0.tags)" }
        #expect(try read(withTables: false) == expected)
        #expect(try read(withTables: true) == expected)
    }

    @Test("A table finds every value put in it by its bytes alone, and nothing else")
    func tableFindsByBytes() {
        // Same lengths, different bytes; more than the table starts with room for.
        let keys = (0..<1_000).map { Array(String(format: "nyckel-%04d", $0).utf8) }
        var table = ReadValues<Int>()
        keys.withUnsafeBufferPointers { buffers in
            for (number, buffer) in buffers.enumerated() {
                #expect(table.value(for: UnsafeRawBufferPointer(buffer)) == nil)
                table.insert(number, for: UnsafeRawBufferPointer(buffer))
            }
            for (number, buffer) in buffers.enumerated() {
                // Another copy of the same bytes finds it too.
                let copy = Array(buffer)
                copy.withUnsafeBytes { copy in
                    #expect(table.value(for: copy) == number)
                }
            }
        }
        let absent = Array("nyckel-1000".utf8)
        absent.withUnsafeBytes { absent in
            #expect(table.value(for: absent) == nil)
        }
        let empty = [UInt8]()
        empty.withUnsafeBytes { empty in
            #expect(table.value(for: empty) == nil)
            table.insert(-1, for: empty)
            #expect(table.value(for: empty) == -1)
        }
    }

    @Test("A value with bytes after its fields, or a count past the end, is refused")
    func countedValueMustBeWhole() throws {
        var inner = BinaryWriter()
        inner.write("Industri")
        inner.write("industri")
        inner.write(UInt8(0)) // one byte too many
        var writer = BinaryWriter()
        writer.write(UInt32(inner.bytes.count))
        for byte in inner.bytes { writer.write(byte) }
        func readTag(_ bytes: [UInt8]) -> Result<SitegenCore.Tag, CacheFormatError> {
            bytes.withUnsafeBytes { buffer in
                Result { () throws(CacheFormatError) in
                    var reader = BinaryReader(buffer)
                    reader.repeated = RepeatedValues()
                    return try reader.readTag()
                }
            }
        }
        #expect(throws: CacheFormatError.invalid("bytes after a value")) { try readTag(writer.bytes).get() }
        #expect(throws: CacheFormatError.truncated) { try readTag(Array(writer.bytes.dropLast())).get() }
        var whole = BinaryWriter()
        whole.write(SitegenCore.Tag(name: "Industri", slug: "industri"))
        #expect(try readTag(whole.bytes).get() == SitegenCore.Tag(name: "Industri", slug: "industri"))
    }
}

private extension Array where Element == [UInt8] {
    /// Each array's bytes, all held at once.
    func withUnsafeBufferPointers<R>(_ body: ([UnsafeRawBufferPointer]) -> R) -> R {
        let copies = map { bytes -> UnsafeMutableRawBufferPointer in
            let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
            copy.copyBytes(from: bytes)
            return copy
        }
        defer { copies.forEach { $0.deallocate() } }
        return body(copies.map { UnsafeRawBufferPointer($0) })
    }
}
