import ArgumentParser
import Foundation
import SitegenCore

/// `sitegen`: the root command. Exit codes: 0 done, 1 problems in the content, 2 wrong usage.
public struct SitegenCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds a Swedish regional news site from Markdown articles.",
        version: SitegenVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ReportCommand.self, NewCommand.self, InitCommand.self,
                      ImportCommand.self, MarkdownCommand.self, ServeCommand.self],
        defaultSubcommand: nil
    )

    public init() {}

    /// Runs the command line, mapping argument errors to exit code 2 instead of
    /// swift-argument-parser's 64, as the README documents.
    public static func execute(_ arguments: [String]? = nil) async {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitCode.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}

extension ExitCode {
    /// Problems in the content: the writer has something to fix.
    public static let contentErrors = ExitCode(1)
    /// The command line was wrong.
    public static let usage = ExitCode(2)
}
