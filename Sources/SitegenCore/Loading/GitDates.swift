import Foundation

/// When each article file was first and last committed, for `dates_from_git: true`: `updated`
/// from the last commit that changed the file, `date` from the first where the front matter
/// gives none. The front matter always wins.
///
/// One `git log` over `content/` reads every file's commits at once (a log per file would be
/// thousands of processes on a large site). A shallow clone, as CI checks out by default, has
/// only the newest commits, so every file would seem written yesterday: then no git date is
/// used at all and one warning says so. Files never committed have no git date.
public struct GitDates: Sendable {
    /// Source path (`content/2020/x.md`) -> its first and last commit times.
    public var files: [String: FileDates]

    public struct FileDates: Sendable, Hashable {
        public var first: Date
        public var last: Date
    }

    public static let none = GitDates(files: [:])

    /// Reads the dates of the files under `contentFolder`, or explains in a warning, located at
    /// `setting` (site.yml's `dates_from_git`), why there are none.
    public static func read(siteRoot: URL, contentFolder: String = "content", setting: SourceLocation?) -> (GitDates, [Diagnostic]) {
        func unusable(_ message: String, _ hint: String) -> (GitDates, [Diagnostic]) {
            (.none, [.warning(message, at: setting, hint: hint)])
        }
        let inside = Git.run(["rev-parse", "--is-inside-work-tree"], in: siteRoot)
        guard inside.status == 0, inside.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true" else {
            if inside.status == Git.notFound {
                return unusable("dates_from_git is on, but git cannot be run here, so dates come from the front matter only",
                                "install git, or remove 'dates_from_git: true' from site.yml")
            }
            return unusable("dates_from_git is on, but the site folder is not in a git repository, so dates come from the front matter only",
                            "commit the site to git, or remove 'dates_from_git: true' from site.yml")
        }
        let shallow = Git.run(["rev-parse", "--is-shallow-repository"], in: siteRoot)
        if shallow.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true" {
            return unusable("the git checkout is shallow (it has only the newest commits), so dates from git would be wrong; they are not used",
                            "fetch the whole history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0), or write the dates in the front matter")
        }
        let prefix = Git.run(["rev-parse", "--show-prefix"], in: siteRoot).output.trimmingCharacters(in: .newlines)
        let log = Git.run(["-c", "core.quotePath=false", "log", "--format=%x1e%at", "--name-only", "--", contentFolder], in: siteRoot)
        guard log.status == 0 else {
            return unusable("git cannot read the history of \(contentFolder)/, so dates come from the front matter only",
                            "run 'git log -- \(contentFolder)' in the site folder to see why")
        }
        return (GitDates(files: parse(log.output, prefix: prefix)), [])
    }

    /// `git log --format=%x1e%at --name-only` (newest commit first; each commit a record
    /// separator, its author time, then the files it changed, relative to the repository's top)
    /// into dates per file relative to the site folder, which is `prefix` below the top.
    static func parse(_ log: String, prefix: String) -> [String: FileDates] {
        var files: [String: FileDates] = [:]
        for record in log.split(separator: "\u{1E}") {
            var lines = record.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
            guard let stamp = lines.next().flatMap({ TimeInterval($0.trimmingCharacters(in: .whitespaces)) }) else { continue }
            let time = Date(timeIntervalSince1970: stamp)
            while let line = lines.next() {
                guard line.hasPrefix(prefix) else { continue }
                let path = String(line.dropFirst(prefix.count))
                // Newest first: the first time a file is seen is its last change, the last time its first.
                if var known = files[path] {
                    known.first = min(known.first, time)
                    known.last = max(known.last, time)
                    files[path] = known
                } else {
                    files[path] = FileDates(first: time, last: time)
                }
            }
        }
        return files
    }
}

/// Runs git and collects what it prints.
enum Git {
    /// The status `run` gives when git itself cannot be started.
    static let notFound: Int32 = -1

    static func run(_ arguments: [String], in folder: URL) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return (notFound, "") }
        // Read before waiting: a long log would fill the pipe and never end otherwise.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // env answers 127 when it finds no git.
        if process.terminationStatus == 127 { return (notFound, "") }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

extension GitDates.FileDates {
    /// The last commit as `updated`, when it is on a later day than the article's `date`: a
    /// commit on the day of publication is the publication, not an update worth showing.
    func updated(after date: Date, _ formatter: SwedishDateFormatter) -> Date? {
        let (day, lastDay) = (formatter.components(date), formatter.components(last))
        return (lastDay.year, lastDay.month, lastDay.day) > (day.year, day.month, day.day) ? last : nil
    }
}
