/// A body's text (its HTML, or its plain text) in memory or in a ``BodyFile``: what a build
/// holds of every article's body until the pages, the feeds and the search index have used it.
/// ``string`` reads it from the file each time it is asked for, so a user that needs it twice
/// keeps the string it got.
///
/// A stored text carries its length and its XXH64, so ``hash`` and ``isEmpty`` read nothing,
/// and a read is checked against the hash: no page is published that was made of other bytes
/// (``string``).
struct BodyText: Sendable {
    private enum Storage: Sendable {
        case inline(String)
        /// UTF-8 from a library whose contract is UTF-8 out for UTF-8 in (cmark-gfm's HTML,
        /// ``MarkdownRenderer``), kept as bytes: a `String` of them checked every byte first,
        /// 2% of a cold build of 10,000 articles (`perf`, 2026-11-27), for a text most builds
        /// write straight into a file. ``string`` makes one, checked, when one is asked for.
        case utf8([UInt8])
        case stored(BodyFile, offset: Int, count: Int, hash: UInt64)
    }

    private var storage: Storage

    init(_ text: String = "") {
        storage = .inline(text)
    }

    /// Text given as its UTF-8 bytes, which must be UTF-8 (see ``Storage/utf8(_:)``).
    init(utf8: [UInt8]) {
        storage = .utf8(utf8)
    }

    /// Text already in `file` at `offset`, with the XXH64 of its bytes.
    init(file: BodyFile, offset: Int, count: Int, hash: UInt64) {
        storage = .stored(file, offset: offset, count: count, hash: hash)
    }

    /// Whether the text is in a file rather than in memory.
    var isStored: Bool {
        if case .stored = storage { return true }
        return false
    }

    var isEmpty: Bool {
        switch storage {
        case .inline(let text): text.isEmpty
        case .utf8(let bytes): bytes.isEmpty
        case .stored(_, _, let count, _): count == 0
        }
    }

    /// XXH64 of the text's UTF-8.
    var hash: UInt64 {
        switch storage {
        case .inline(var text): text.withUTF8 { XXHash64.hash(UnsafeRawBufferPointer($0)) }
        case .utf8(let bytes): bytes.withUnsafeBytes { XXHash64.hash($0) }
        case .stored(_, _, _, let hash): hash
        }
    }

    /// The text; read from its file when it is stored.
    ///
    /// A stored text whose bytes are not the ones its hash was made from is read as "": in a
    /// build cache shard, whose texts are not sealed with it (``ArticleCache``), it is noted in
    /// the shard's ``CacheDamage``, and the build is made again without the shard before
    /// anything made from it is published. A spill file is this build's own, unlinked: nothing
    /// else can write it, and a page is never made of other bytes.
    var string: String {
        if let text = intactString { return text }
        noteDamage()
        return ""
    }

    /// The text, or `nil` when it is stored and its bytes are not the ones its hash was made
    /// from (or cannot be read).
    var intactString: String? {
        switch storage {
        case .inline(let text):
            return text
        case .utf8(let bytes):
            return String(decoding: bytes, as: UTF8.self)
        case let .stored(file, offset, count, hash):
            guard count > 0 else { return "" }
            var intact = false
            let text = String(unsafeUninitializedCapacity: count) { buffer in
                guard file.read(into: UnsafeMutableRawBufferPointer(buffer), offset: offset) else { return 0 }
                intact = XXHash64.hash(UnsafeRawBufferPointer(buffer)) == hash
                return count
            }
            return intact ? text : nil
        }
    }

    /// The text's UTF-8, without a `String` made of it: read from its file when it is stored,
    /// and checked against its hash as ``string`` is (damaged, it is noted and read as none).
    ///
    /// For users that read bytes anyway (pages, the search index's words, the feeds' and the
    /// site's link rewriting, the build cache): a `String` of a stored text checks its UTF-8
    /// first, which with the `String`'s own buffer was 2-3% of a cold build of 10,000 articles
    /// (`perf`). The bytes are UTF-8 all the same: a stored text was written from a `String`
    /// or from bytes that are UTF-8 (``init(utf8:)``), and the hash says these are those bytes.
    var utf8: [UInt8] {
        if let bytes = intactUTF8 { return bytes }
        noteDamage()
        return []
    }

    /// ``utf8``, or `nil` when it is stored and its bytes are not the ones its hash was made
    /// from (or cannot be read).
    var intactUTF8: [UInt8]? {
        switch storage {
        case .inline(let text):
            return Array(text.utf8)
        case .utf8(let bytes):
            return bytes
        case let .stored(file, offset, count, hash):
            guard count > 0 else { return [] }
            var intact = false
            let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                intact = file.read(into: UnsafeMutableRawBufferPointer(buffer), offset: offset)
                    && XXHash64.hash(UnsafeRawBufferPointer(buffer)) == hash
                initialized = intact ? count : 0
            }
            return intact ? bytes : nil
        }
    }

    /// `body` given ``utf8``; a text in memory without a copy.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .inline(var text): text.withUTF8(body)
        case .utf8(let bytes): bytes.withUnsafeBufferPointer(body)
        case .stored: utf8.withUnsafeBufferPointer(body)
        }
    }

    /// A stored text found damaged: noted in its shard's ``CacheDamage``. Only a build cache
    /// shard can be changed under a build; a spill file is unlinked and this build's own.
    private func noteDamage() {
        guard case let .stored(file, _, _, _) = storage, let damage = file.damage else {
            preconditionFailure("\(storedFile?.path ?? "a body's file") changed while sitegen was building: run the build again")
        }
        damage.note(file)
    }

    /// The file the text is in, when it is stored.
    var storedFile: BodyFile? {
        guard case let .stored(file, _, _, _) = storage else { return nil }
        return file
    }

    /// The text moved into `file`; as it is when the file cannot take it (it stays in memory).
    func spilled(into file: BodyFile) -> BodyText {
        switch storage {
        case .inline(var text):
            guard !text.isEmpty else { return self }
            return text.withUTF8 { spilled(UnsafeRawBufferPointer($0), into: file) }
        case .utf8(let bytes):
            guard !bytes.isEmpty else { return self }
            return bytes.withUnsafeBytes { spilled($0, into: file) }
        case .stored:
            return self
        }
    }

    private func spilled(_ bytes: UnsafeRawBufferPointer, into file: BodyFile) -> BodyText {
        guard let offset = file.append(bytes) else { return self }
        return BodyText(file: file, offset: offset, count: bytes.count, hash: XXHash64.hash(bytes))
    }
}

extension BodyText: Hashable {
    /// Equal when the texts are: where each is kept does not matter.
    static func == (left: BodyText, right: BodyText) -> Bool {
        if left.isStored || right.isStored, left.hash != right.hash { return false }
        return left.string == right.string
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(string)
    }
}
