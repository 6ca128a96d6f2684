import Foundation
import SitegenCore

/// Where the CLI writes: diagnostics and the summary to standard error, coloured on a terminal
/// unless NO_COLOR is set.
struct Terminal {
    let colours: Bool

    init() {
        colours = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    func report(_ diagnostics: [Diagnostic]) {
        let formatter = DiagnosticFormatter(colours: colours)
        for diagnostic in diagnostics {
            line(formatter.format(diagnostic))
        }
    }

    func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A path as the user would type it: relative to the current folder when inside it.
    static func display(_ url: URL) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        return url.path.hasPrefix(cwd + "/") ? String(url.path.dropFirst(cwd.count + 1)) : url.path
    }
}
