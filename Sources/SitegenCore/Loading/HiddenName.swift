/// What a name starting with `.` in `content/` is: the litter of an editor, an operating system
/// or a version control tool, left out without a word, or a file a writer may have meant to
/// publish, left out with a warning.
///
/// Hidden files are never published (a `.htaccess` in a bundle would configure the host). But a
/// writer who saves `.rapport.pdf` sees it in the folder and expects it on the site, so only
/// names that tools make are skipped quietly.
public enum HiddenName: Sendable {
    case notHidden
    /// `.DS_Store`, `._bild.jpg`, `.gitkeep`, `.#index.md`, `.index.md.swp`, `.git/` ...
    case toolLitter
    /// Any other name starting with `.`: worth a warning.
    case hidden

    public init(_ name: String) {
        guard name.hasPrefix(".") else { self = .notHidden; return }
        self = Self.isToolLitter(name) ? .toolLitter : .hidden
    }

    /// Whole names that operating systems, version control and editors leave in folders.
    private static let litterNames: Set<String> = [
        ".DS_Store", ".localized", ".Trashes", ".Trash", ".fseventsd", ".Spotlight-V100", ".TemporaryItems",
        ".AppleDouble", ".AppleDB", ".AppleDesktop", ".VolumeIcon.icns", ".directory",
        ".git", ".gitkeep", ".gitignore", ".gitattributes", ".gitmodules", ".keep", ".svn", ".hg", ".hgignore",
        ".obsidian", ".vscode", ".idea", ".editorconfig", ".sitegen",
    ]

    /// `._x` (macOS resource forks on foreign disks), `.#x` (Emacs locks), `.~lock.x#`
    /// (LibreOffice locks), `.nfs…` (NFS's deleted-but-open files), `.x.swp` and kin (Vim), `.x~`
    /// (backups) and `.Trash-1000` (Linux desktops' bins).
    private static func isToolLitter(_ name: String) -> Bool {
        if litterNames.contains(name) { return true }
        for prefix in ["._", ".#", ".~lock.", ".nfs", ".Trash-"] where name.hasPrefix(prefix) { return true }
        for suffix in [".swp", ".swo", ".swn", ".swx", "~"] where name.hasSuffix(suffix) { return true }
        return false
    }
}
