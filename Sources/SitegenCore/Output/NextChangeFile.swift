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

    public static func contents(_ change: ScheduledChange?, timeZone: TimeZone) -> Data {
        let formatter = SwedishDateFormatter(timeZone: timeZone)
        let object: [String: Any] = [
            "next_change": change.map { formatter.iso($0.date) } ?? NSNull(),
            "reason": change?.reason.rawValue ?? NSNull(),
            "article": change?.sourcePath ?? NSNull(),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return data + Data("\n".utf8)
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
