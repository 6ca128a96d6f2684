/// Runs file-writing work for every item on `workers` tasks, each taking the next item not yet
/// taken (``NextIndex``), and throws the first failure once all have finished. The files do not
/// depend on which worker writes them, so the output is the same for any number of workers.
enum ParallelWrite {
    static func each<Item: Sendable>(
        _ items: [Item], workers: Int, _ work: @escaping @Sendable (Item) throws(OutputError) -> Void
    ) async throws(OutputError) {
        let next = NextIndex(count: items.count)
        let failures = await withTaskGroup(of: OutputError?.self) { group in
            for _ in 0..<max(1, workers) {
                group.addTask {
                    do throws(OutputError) {
                        while let index = next.take() {
                            try work(items[index])
                        }
                        return nil
                    } catch {
                        return error
                    }
                }
            }
            var failures: [OutputError] = []
            for await failure in group { if let failure { failures.append(failure) } }
            return failures
        }
        if let first = failures.first { throw first }
    }

    /// ``each(_:workers:_:)`` over runs of up to `length` consecutive items, each worker taking
    /// the next run not yet taken: for work that gathers something per run and hands it over
    /// once (``PageWriter``'s kept pages), where once per item would cost more than the item.
    static func runs<Item: Sendable>(
        _ items: [Item], length: Int, workers: Int, _ work: @escaping @Sendable (ArraySlice<Item>) throws(OutputError) -> Void
    ) async throws(OutputError) {
        let length = max(1, length)
        try await each(Array(stride(from: 0, to: items.count, by: length)), workers: workers) { start throws(OutputError) in
            try work(items[start..<min(start + length, items.count)])
        }
    }
}
