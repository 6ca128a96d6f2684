/// A value's fields kept in one shared box, copied when a copy is changed: copying the value is
/// one retain, however many counted fields it has.
///
/// Used by the values a build copies most (``Article``, ``SiteIndex``, ``ArticleCacheEntry``,
/// ``RenderedMarkdown``): each is copied into the index, tasks, resolvers, cache entries and
/// outcomes, and copying their ten to fifty fields was a retain and a release of each, every
/// time (together about a tenth of a one-edit rebuild of 10,000 articles, `perf`).
///
/// The box is changed only when no other value shares it (``fields``' `_modify` makes a copy of
/// its own first), so no two values ever see each other's changes, on any thread. Its accesses
/// are not checked for exclusivity at run time (a check on every read of every field).
struct CopyOnWrite<Fields: Sendable>: @unchecked Sendable {
    private final class Box: @unchecked Sendable {
        @exclusivity(unchecked) var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var box: Box

    init(_ fields: Fields) {
        box = Box(fields)
    }

    /// Read in place; changed in place in a box of this value's own (`_modify`, the standard
    /// library's own way, underscored), so `value.tags.append(tag)` does not copy the array
    /// first as a get and a set would.
    var fields: Fields {
        _read { yield box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    /// Whether the two share one box (and so hold the same fields) without comparing them.
    func isShared(with other: CopyOnWrite) -> Bool {
        box === other.box
    }
}

extension CopyOnWrite: Equatable where Fields: Equatable {
    static func == (left: CopyOnWrite, right: CopyOnWrite) -> Bool {
        left.isShared(with: right) || left.fields == right.fields
    }
}

extension CopyOnWrite: Hashable where Fields: Hashable {
    func hash(into hasher: inout Hasher) {
        fields.hash(into: &hasher)
    }
}
