/// Values by path inside the site (`nyheter/2024/x/index.html`, `content/2024/x.md`) or by a
/// segment of one (a tag's slug): the tables of the manifests, of the build cache and of the
/// resolver, where a one-edit rebuild of 10,000 articles looks up or inserts some 230,000 keys.
///
/// A `[String: Value]` hashes each path with SipHash through `Hasher`, about 330 instructions
/// for a path of 40 bytes, and compares candidates as `String`s: some 520 instructions a lookup
/// in all (`callgrind`). A `Dictionary` keyed by the path with a cheaper hash of its own still
/// went through `Hasher` and `String` comparison: 390. Here the paths are numbered by the
/// search index's table of byte strings (``WordNumbers``: hashed eight bytes at a time, compared
/// with `memcmp`), and the values kept in an array by number.
///
/// Unlike `Hasher`, that hash is not seeded per process: a site whose paths were chosen to
/// collide would make its own builds slower, and nothing else. The paths are the site's own.
/// Paths are kept in the order they were first given, which is also the order of iteration.
struct PathTable<Value> {
    private var numbers = WordNumbers()
    /// By number: the path, and its value (`nil` once removed).
    private var paths: [String] = []
    private var slots: [Value?] = []
    /// How many paths have a value.
    private(set) var count = 0

    init() {}

    var isEmpty: Bool { count == 0 }

    /// The number `path` was given, if it has one.
    private func number(of path: String) -> Int? {
        var path = path
        return path.withUTF8 { numbers.number(of: $0) }.map(Int.init)
    }

    subscript(_ path: String) -> Value? {
        get { number(of: path).flatMap { slots[$0] } }
        set {
            let number = place(of: path)
            count += (newValue == nil ? 0 : 1) - (slots[number] == nil ? 0 : 1)
            slots[number] = newValue
        }
    }

    /// The value that was there before, if any (as `Dictionary`'s).
    @discardableResult
    mutating func updateValue(_ value: Value, forKey path: String) -> Value? {
        let number = place(of: path)
        let old = slots[number]
        if old == nil { count += 1 }
        slots[number] = value
        return old
    }

    /// The number of `path`, given it (with no value yet) if it had none: one lookup for both.
    private mutating func place(of path: String) -> Int {
        var bytes = path
        let next = Int32(paths.count)
        let number = Int(bytes.withUTF8 { numbers.number(of: $0, orMake: { next }) })
        if number == paths.count {
            paths.append(path)
            slots.append(nil)
        }
        return number
    }

    mutating func reserveCapacity(_ count: Int) {
        numbers.reserveCapacity(count)
        paths.reserveCapacity(count)
        slots.reserveCapacity(count)
    }

    /// Whether `path` has a value.
    func contains(_ path: String) -> Bool {
        self[path] != nil
    }

    /// The paths that have a value, in the order first given: the list as it is when none was
    /// removed (no copy of its strings), else those left.
    var keys: [String] {
        count == paths.count ? paths : zip(paths, slots).compactMap { $1 == nil ? nil : $0 }
    }
    var values: some Collection<Value> { slots.lazy.compactMap { $0 } }

    /// The table as a dictionary of the same paths, with each value transformed.
    func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> [String: T] {
        var result: [String: T] = [:]
        result.reserveCapacity(count)
        for (path, value) in self { result[path] = try transform(value) }
        return result
    }
}

extension PathTable: Sequence {
    struct Iterator: IteratorProtocol {
        fileprivate let table: PathTable
        fileprivate var number = 0

        mutating func next() -> (key: String, value: Value)? {
            while number < table.slots.count {
                defer { number += 1 }
                if let value = table.slots[number] { return (key: table.paths[number], value: value) }
            }
            return nil
        }
    }

    func makeIterator() -> Iterator {
        Iterator(table: self)
    }

    var underestimatedCount: Int { count }
}

extension PathTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        for (path, value) in elements { self[path] = value }
    }
}

/// The same paths with equal values, in whatever order they came.
extension PathTable: Equatable where Value: Equatable {
    static func == (lhs: PathTable, rhs: PathTable) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy { rhs[$0.key] == $0.value }
    }
}

extension PathTable: Sendable where Value: Sendable {}
