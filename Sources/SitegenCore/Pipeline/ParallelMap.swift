import Foundation

/// `map` on several threads, for the synchronous phases (loading articles): item `i` goes to
/// worker `i % workers`, and the results come back in the items' order, so the outcome does not
/// depend on the number of workers.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], workers: Int, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = max(1, min(workers, items.count))
        guard workers > 1 else { return items.map(transform) }
        let collected = Collected<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let results = stride(from: worker, to: items.count, by: workers).map { ($0, transform(items[$0])) }
            collected.store(results)
        }
        return collected.values()
    }

    /// The workers' results, each put in its place under a lock.
    private final class Collected<Result: Sendable>: @unchecked Sendable {
        private var slots: [Result?]
        private let lock = NSLock()

        init(count: Int) {
            slots = [Result?](repeating: nil, count: count)
        }

        func store(_ results: [(Int, Result)]) {
            lock.withLock { for (index, result) in results { slots[index] = result } }
        }

        func values() -> [Result] {
            lock.withLock { slots.map { $0! } }
        }
    }
}
