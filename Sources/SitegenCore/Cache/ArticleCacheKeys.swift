import Foundation

/// The keys of the build cache: one hash per article of everything its loading and rendering
/// read, so an equal key means an equal result.
///
/// - Per build (the salt): the cache format, sitegen's version and cmark-gfm's, the time-zone
///   rules' version (dates in front matter are local time), the bytes of
///   `site.yml` (kinds, regions, time zone, URL patterns, Markdown options), `--base-url` (the
///   loader is given the config with it) and the Markdown options once more, explicitly.
///   In a debug build also the executable's size and time, so a developer's changed code is
///   never answered from a cache the old code wrote; release builds rely on the versions.
/// - Per article: its path (the default slug and every message's file name come from it),
///   whether it is a page bundle and its bundle's file names, the file's bytes, and with
///   `dates_from_git` its first and last commit times (a commit changes them, not the bytes).
///
/// Not in the key: `--drafts`, `--future` and `--now`. They choose which loaded articles are
/// built, after loading (`Schedule`, the draft count), and do not change a loaded article.
/// Other files an article looks at (static files, bundle images and attachments) cannot be
/// known before it is read; the cache checks them instead (``FileProbe``).
struct ArticleCacheKeys: Sendable {
    let salt: UInt64

    init(siteConfig: Data, baseURL: String?, markdown: MarkdownOptions) {
        var writer = BinaryWriter()
        writer.write("sitegen article cache")
        writer.write(Int(ArticleCache.formatVersion))
        writer.write(SitegenVersion.current)
        writer.write(MarkdownRenderer.engineVersion)
        writer.write(TimeZone.timeZoneDataVersion)
        writer.write(Self.executableFingerprint)
        writer.write(baseURL)
        writer.write(markdown.rawHTML)
        writer.write(markdown.smartPunctuation)
        writer.write(UInt32(siteConfig.count))
        var bytes = writer.bytes
        bytes.append(contentsOf: siteConfig)
        salt = XXHash64.hash(bytes)
    }

    /// The part of an article's key that is not its file's bytes.
    func head(for source: ContentSource, gitDates: GitDates.FileDates? = nil) -> UInt64 {
        var writer = BinaryWriter()
        writer.write(source.relativePath)
        writer.write(source.isBundle)
        writer.write(source.bundleFiles.map(\.relativePath))
        writer.write(gitDates != nil)
        if let gitDates {
            writer.write(gitDates.first.timeIntervalSince1970)
            writer.write(gitDates.last.timeIntervalSince1970)
        }
        return XXHash64.hash(writer.bytes, seed: salt)
    }

    func key(head: UInt64, contents: Data) -> UInt64 {
        contents.withUnsafeBytes { XXHash64.hash($0, seed: head) }
    }

    /// The running executable's size and modification time in a debug build; empty in release.
    static let executableFingerprint: String = {
        #if DEBUG
        let fm = FileManager.default
        guard let path = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
              let attributes = try? fm.attributesOfItem(atPath: path) else { return "unknown" }
        let size = attributes[.size] as? Int ?? 0
        let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(time)"
        #else
        return ""
        #endif
    }()
}
