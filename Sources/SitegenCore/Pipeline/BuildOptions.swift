import Foundation

/// What to build and where: the inputs of ``Build``, with nothing read from the command line.
public struct BuildOptions: Sendable {
    /// The site folder: `site.yml`, `content/`, `templates/`, `static/`.
    public var source: URL
    /// Where the finished site goes; replaced only when the build succeeds.
    public var output: URL
    public var includeDrafts: Bool
    /// Replaces `base_url` from `site.yml` (e.g. for a preview deployment).
    public var baseURL: String?
    /// Parallel workers for rendering; defaults to the number of cores.
    public var workers: Int
    /// The build's moment, for publish and expiry dates. The CLI passes the clock's time or `--now`.
    public var now: Date
    /// Build articles whose `publish_date` is still in the future.
    public var includeFuture: Bool
    /// `SOURCE_DATE_EPOCH` (reproducible-builds.org), read by the CLI: when set, the feeds'
    /// `updated` is this moment instead of their newest article's. Nothing else uses it.
    public var sourceDate: Date?
    /// Warnings count as errors (`--strict`, for CI): a build with any stops before writing.
    public var strict = false
    /// The build cache's folder (``ArticleCache``): articles whose files did not change are
    /// neither read nor rendered again. `nil`, the default here, builds without one; the CLI
    /// uses `.sitegen/cache/` in the site folder unless told `--no-cache`.
    public var cacheFolder: URL?
    /// A preview for the writer (`sitegen serve`), not the site to publish: article pages that
    /// are drafts or scheduled say so in a banner, the output manifest is kept apart from
    /// `sitegen build`'s (which it never disturbs), and no `next-change.json` or `report.json`
    /// is written: those describe the site to publish. Off, the output is as without the flag.
    public var preview = false
    /// Set by a process that builds again and again (`sitegen serve`): the build cache's entries
    /// stay in memory from one build to the next (``BuildSession``).
    public var session: BuildSession?
    /// Whether the build frees its values when it is finished, as a function should. The CLI's
    /// `sitegen build`, which exits next, turns it off: the process's exit frees them at once
    /// (``Abandon``). `sitegen serve`, which builds again and again, leaves it on.
    public var freesMemory = true
    /// Whether the report lists the files whose bytes changed (``BuildReport/changedFiles``),
    /// which `sitegen serve` reloads its tabs by. The CLI's `sitegen build` prints no such list
    /// and turns it off: comparing the two manifests' 19,000 entries at 10,000 articles was a
    /// fiftieth of a one-edit rebuild's work.
    public var reportsChangedFiles = true

    public init(source: URL, output: URL, includeDrafts: Bool = false, baseURL: String? = nil,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                now: Date = Date(), includeFuture: Bool = false, sourceDate: Date? = nil, cacheFolder: URL? = nil) {
        self.source = source
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.workers = max(1, workers)
        self.now = now
        self.includeFuture = includeFuture
        self.sourceDate = sourceDate
        self.cacheFolder = cacheFolder
    }

    /// The output manifest (``OutputManifest``) of this build's output, one per output folder:
    /// a preview (in `.sitegen/preview/site/`) keeps its own, so it never makes the next
    /// `sitegen build` start cold.
    var manifestLocation: URL {
        OutputManifest.location(source: source, output: output)
    }

    /// The cache folder the CLI uses by default: `.sitegen/cache/` in the site folder.
    public static func defaultCacheFolder(source: URL) -> URL {
        source.appendingPathComponent(".sitegen/cache")
    }
}

/// What a successful build did.
public struct BuildReport: Sendable {
    public var articles: Int
    public var pages: Int
    /// Every file written: pages, static files, bundle files, feeds, sitemaps, robots.txt.
    public var files: Int
    public var drafts: Int
    /// Articles whose publish_date is still to come.
    public var scheduled: Int
    /// Articles past their expiry_date: removed, or kept as out of date.
    public var expired: Int
    public var nextChange: ScheduledChange?
    public var warnings: [Diagnostic]
    /// Articles taken from the build cache instead of being read and rendered (0 without one).
    public var cachedArticles: Int = 0
    /// Of those, the ones whose file was not even read: its ``FileStamp`` was vouched for.
    public var unreadArticles: Int = 0
    /// Files kept from the published site because what they are made from did not change
    /// (``Fingerprints``), so they were neither made nor written (0 without a cache).
    public var keptFiles: Int = 0
    /// The files whose bytes differ from the site this build replaced (added, changed or
    /// removed), by path inside the site, with the XXH64 of their new bytes (0 for a removed
    /// file); `nil` when the replaced site was not known (a first build, or no manifest).
    public var changedFiles: [String: UInt64]?
    /// How long each phase took, in order, for `--verbose`.
    public var phases: [(name: String, duration: Duration)]
    /// The process's peak memory in bytes at the end of each phase (as ``phases``), where the
    /// system tells (Linux); empty elsewhere.
    public var peakMemory: [Int] = []
    /// The processor time (user and system, all threads) of each phase, as ``phases``.
    public var processorTime: [Duration] = []
    /// The build cache's files found damaged and removed, after which the site was built
    /// again, their articles read from their files (``Build/run()``); usually none.
    public var damagedCacheFiles: [String] = []
}

/// A build that found errors; nothing was written to the output folder.
public struct BuildFailure: Error, Sendable {
    /// All problems found, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
}
