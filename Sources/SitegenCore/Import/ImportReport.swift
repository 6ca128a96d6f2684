/// Why a file could not become an article: said to the writer, who can fix the file and import again.
struct ImportFailure: Error, Sendable {
    var reason: String
}

/// What `sitegen import` did with every file it found: each one is imported or listed with why not.
public struct ImportReport: Sendable {
    public struct Imported: Sendable, Equatable {
        /// Where it came from, relative to the folder given to `import`.
        public var from: String
        /// Where it went, relative to the site folder.
        public var to: String
        public var isBundle: Bool
        public var isDraft: Bool
        /// Files of the bundle copied with it.
        public var files: Int
    }

    public struct Skipped: Sendable, Equatable {
        public var path: String
        public var reason: String
        /// An article that could not be imported (its front matter, its date, an existing file),
        /// as against a file that is not an article at all (a section page, an image).
        public var isFailure: Bool
    }

    public var imported: [Imported] = []
    public var skipped: [Skipped] = []
    /// Source fields sitegen has no use for, with how many files had them, in first-seen order.
    public var leftOut: [(field: String, files: Int)] = []
    /// Per file: what the writer should know (shortcodes, a made-up title).
    public var notes: [(path: String, note: String)] = []
    /// Content folders read, relative to the folder given.
    public var folders: [String] = []

    public var failures: Int { skipped.filter(\.isFailure).count }

    mutating func leaveOut(_ fields: [String]) {
        for field in fields {
            if let index = leftOut.firstIndex(where: { $0.field == field }) { leftOut[index].files += 1 } else { leftOut.append((field, 1)) }
        }
    }
}
