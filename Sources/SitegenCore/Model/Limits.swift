/// The fixed bounds on what one article may hold, in one place.
///
/// Each keeps a mistaken or hostile file from crashing, hanging or flooding a build, and each
/// is far above what a news article needs. Crossing one is an error at the place it happens,
/// naming the bound and the way around it; the build stops before anything is written. They are
/// not settings on purpose: what breaks past them (a library's stack or memory, the file
/// system's names, a flood of pages) is the same on every site, so a higher setting would only
/// bring the failure back, and content that reaches one is better served in another shape (a
/// file to download, fewer tags). README, "Limits", lists them.
public enum Limits {
    /// Tags on one article. Each tag is a page and three feeds: 10,000 tags on one article made
    /// a 40,000-file site and minutes of building, never what a writer meant.
    public static let tagsPerArticle = 200

    /// Characters in a slug, in a tag's address and in the address a file name gives. Each is a
    /// folder name in the output, and file systems allow 255 bytes: a longer name failed only
    /// when its page was written, with no place to fix it. 200 keeps clear of that bound.
    public static let nameLength = 200

    /// Bytes in one part (between slashes) of an old address. The part is a folder or file name
    /// in the output, so the file system's own bound; it is not lower, since an old address is
    /// what the old site had, not something the writer chooses.
    public static let oldAddressPartBytes = 255

    /// Cells in one row of a Markdown table. Debian's cmark-gfm (0.29.0.gfm.6) appends each
    /// row's cells to a list walked from its start, quadratic in the columns: one row of 5,000
    /// cells took 0.1 s, of 20,000 cells 1.9 s, of 100,000 cells 10 s. The same 200,000 cells
    /// took 0.85 s as 500 columns, 2.9 s as 2,000 and 3.7 s as 4,000 (``TableSize``).
    public static let tableColumns = 500

    /// Cells in all the tables of one article, counted as cmark-gfm pads every row to its
    /// header's width. Memory grows with the padded cells, not with the text: a 500-column
    /// header over 4,000 one-cell rows (26 KB of text) took 480 MB, and a 1,000-column one over
    /// 200,000 rows (800 KB) 22 GB before it was killed. At this bound a table takes about a
    /// second and 100 MB (500 columns and 398 rows, 1.3 MB of text).
    public static let tableCells = 200_000

    /// Levels of lists and groups of fields in front matter. Yams's composer recurses once per
    /// level, and 10,000 levels overflowed the stack and killed the build (``YAMLShape``); 100
    /// levels load in 10 ms. Front matter needs two or three.
    public static let frontMatterDepth = 100

    /// Values in front matter once YAML's aliases (`*a`) are expanded. A "billion laughs"
    /// (`&a [l, l]`, `&b [*a, *a]`, …) is a few lines standing for millions of values, each
    /// walked by the loader. Front matter has a few dozen values.
    public static let frontMatterValues = 100_000
}
