import Foundation

/// The build cache's shards in which a body's text was found not to be the bytes its entry's
/// hash was made from, when it was read (``BodyText/string``).
///
/// A shard's entries are sealed with a hash and checked when the shard is read, but its bodies'
/// HTML, most of its bytes, is not: each body is checked against its own hash when a page, a
/// feed or the cache itself reads it (``ArticleCache``). A damaged body is then read as "",
/// noted here, and the build does not publish: it removes the shard and is made again, its
/// articles loaded from their files (``Build/run()``). Damage costs a second build, never a
/// wrong page.
///
/// One per build, or per ``BuildSession``, whose entries outlive a build.
final class CacheDamage: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [ObjectIdentifier: BodyFile] = [:]

    init() {}

    func note(_ file: BodyFile) {
        lock.withLock { files[ObjectIdentifier(file)] = file }
    }

    var isFound: Bool { lock.withLock { !files.isEmpty } }

    /// Removes the damaged shards from the cache folder and forgets them; returns their paths.
    @discardableResult
    func removeDamagedFiles() -> [String] {
        let damaged = lock.withLock {
            defer { files = [:] }
            return Array(files.values)
        }
        for file in damaged { file.removeIfStillThere() }
        return damaged.map(\.path).sorted()
    }
}
