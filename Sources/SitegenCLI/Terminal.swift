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
}
