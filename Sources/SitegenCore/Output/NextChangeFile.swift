import Foundation

/// `.sitegen/next-change.json` in the site folder: when the output next changes by itself, so a
/// CI schedule can rebuild exactly then.
///
///     {"article":"content/2021/x.md","next_change":"2021-05-05T00:00:00+02:00","reason":"publish"}
///
/// `next_change` is `null` when nothing is scheduled. The file is rewritten by every successful
/// build and never published.
public enum NextChangeFile {
    public static func url(in source: URL) -> URL {
        source.appendingPathComponent(".sitegen/next-change.json")
    }

    /// Written as ``OrderedJSON``, keys in alphabetical order, not with `JSONSerialization`:
    /// its first cast of a value to a JSON type searched every protocol conformance in the
    /// executable (the release build links the Swift runtime and Foundation into it): 10 ms on
    /// one core at the end of every build (`perf`: `tryCastFromClassToObjCBridgeable`).
    public static func contents(_ change: ScheduledChange?, timeZone: TimeZone) -> Data {
        let formatter = SwedishDateFormatter(timeZone: timeZone)
        let text: (String?) -> OrderedJSON = { $0.map(OrderedJSON.string) ?? .null }
        let object = OrderedJSON.object([
            ("article", text(change?.sourcePath)),
            ("next_change", text(change.map { formatter.iso($0.date) })),
            ("reason", text(change?.reason.rawValue)),
        ])
        return Data(object.bytes + [UInt8(ascii: "\n")])
    }

    static func write(_ change: ScheduledChange?, timeZone: TimeZone, source: URL) throws(OutputError) {
        let file = url(in: source)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents(change, timeZone: timeZone).write(to: file, options: .atomic)
        } catch {
            throw .cannotWrite(file.path, reason: error.localizedDescription)
        }
    }
}
