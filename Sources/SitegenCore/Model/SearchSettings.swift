/// `search:` in `site.yml`: whether the site has a search page and how its index is split.
///
/// The index is split so that a visitor's browser downloads only what one query needs: the
/// manifest, the term shards its words fall in, and the few document files of the hits shown.
public struct SearchSettings: Sendable, Hashable {
    /// The search page `/sok/` and its index `/sok/*.json`; off, neither is written and the
    /// header has no search form.
    public var enabled: Bool
    /// About how many kilobytes of postings go in one term shard (a shard is closed once it
    /// passes this; one term's postings are never split).
    public var shardSize: Int
    /// How many article records go in one document file; a results page loads the files of the
    /// hits it shows, so small files keep that download small.
    public var documentsPerFile: Int

    public init(enabled: Bool = true, shardSize: Int = 32, documentsPerFile: Int = 10) {
        self.enabled = enabled
        self.shardSize = shardSize
        self.documentsPerFile = documentsPerFile
    }

    /// Where the search page and its index live. Fixed, so every theme's header can link to it.
    public static let path = SitePath(checkedSegments: ["sok"])
}
