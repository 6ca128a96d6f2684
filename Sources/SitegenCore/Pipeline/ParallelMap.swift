import Foundation
import Synchronization

/// `map` on several threads, for the synchronous phases (loading articles): each worker takes
/// the next item not yet taken (``NextIndex``), and the results come back in the items' order,
/// so the outcome does not depend on the number of workers or on which worker made what.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], workers: Int, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = max(1, min(workers, items.count))
        guard workers > 1 else { return items.map(transform) }
        // Each worker puts its results straight into their places in the array being made: no
        // two workers touch one place, so no lock is needed. Collecting them per worker and
        // then into a second array held every result three times over; results of loading
        // are ~1 KB structs, 150 MB for 50,000 articles.
        return [Result](unsafeUninitializedCapacity: items.count) { buffer, count in
            let places = Places(base: buffer.baseAddress!)
            let next = NextIndex(count: items.count)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = next.take() {
                    (places.base + index).initialize(to: transform(items[index]))
                }
            }
            count = items.count
        }
    }

    /// `transform` of consecutive slices of `items`, a few per worker, on `workers` threads, in
    /// the slices' order: for passes over many small items (tens of thousands of paths), where
    /// a call per item would cost more than the item.
    static func slices<Item: Sendable, Result: Sendable>(
        _ items: [Item], workers: Int, _ transform: @Sendable (ArraySlice<Item>) -> Result
    ) -> [Result] {
        let size = max(1, (items.count + 4 * workers - 1) / (4 * max(1, workers)))
        let starts = Array(stride(from: 0, to: items.count, by: size))
        return map(starts, workers: workers) { start in transform(items[start..<min(start + size, items.count)]) }
    }

    /// Runs `first` on this thread and `second` on another at the same time, and returns both
    /// results. `first` may itself work on several threads: `second` is not sent through
    /// `concurrentPerform`, which would run a `concurrentPerform` inside `first` on one thread
    /// (libdispatch shares the width of nested applies out, and two cores make it one each).
    static func both<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let results = Pair<A, B>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { results.second = second() }
        results.first = first()
        group.wait()
        // Moved out, not copied: a copy of a struct holding a large value (the build cache's
        // loader) copied it field by field, and the pair's own copy was freed later.
        return (results.first.take()!, results.second.take()!)
    }

    /// The two results of ``both(_:_:)``: each side writes only its own, and they are read
    /// after both are done.
    private final class Pair<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }

    /// The array's storage, handed to the workers; each writes only its own places.
    private struct Places<Result>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Result>
    }
}

/// Hands out the numbers `0..<count`, each once, in order, to whichever worker asks: a worker
/// that starts late or is slowed by other work takes fewer items.
///
/// Items used to go to worker `i % workers`, a fixed share each. When other work ran beside
/// (the search index beside the pages, the manifest beside the sweep), one worker's share was
/// left to finish on one core at the end: a tenth of a one-edit rebuild (`perf`, by time).
final class NextIndex: Sendable {
    private let next = Atomic<Int>(0)
    let count: Int

    init(count: Int) {
        self.count = count
    }

    /// The next number, or `nil` when all are taken.
    func take() -> Int? {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
    }
}
