import Foundation
import Synchronization
import Testing
@testable import SitegenCore

/// Work is shared out as workers become free; every item is done once, and results keep the
/// items' order whatever the workers and however long each item takes.
struct ParallelWorkTests {
    @Test func everyNumberIsTakenOnceByWhicheverWorkerAsks() {
        let next = NextIndex(count: 20_000)
        let taken = Mutex([Int]())
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            var mine: [Int] = []
            while let index = next.take() { mine.append(index) }
            taken.withLock { $0 += mine }
        }
        #expect(taken.withLock { $0.sorted() } == Array(0..<20_000))
        #expect(next.take() == nil)
    }

    @Test(arguments: [1, 2, 3, 8])
    func mapKeepsTheItemsOrder(workers: Int) {
        let items = Array(0..<500)
        let results = ParallelMap.map(items, workers: workers) { item in
            if item % 97 == 0 { Thread.sleep(forTimeInterval: 0.002) } // a slow item does not change the order
            return item * 3
        }
        #expect(results == items.map { $0 * 3 })
    }

    @Test func bothRunsBothAndReturnsEach() {
        let (text, number) = ParallelMap.both({ String(repeating: "a", count: 3) }, { 6 * 7 })
        #expect(text == "aaa" && number == 42)
    }

    @Test func parallelWriteDoesEveryItemOnceAndThrowsAFailure() async {
        let done = Mutex(Set<Int>())
        await #expect(throws: Never.self) {
            try await ParallelWrite.each(Array(0..<1000), workers: 3) { item throws(OutputError) in
                done.withLock { _ = $0.insert(item) }
            }
        }
        #expect(done.withLock { $0 } == Set(0..<1000))
        await #expect(throws: OutputError.self) {
            try await ParallelWrite.each(Array(0..<100), workers: 2) { item throws(OutputError) in
                if item == 50 { throw .cannotWrite("x", reason: "full") }
            }
        }
    }
}
