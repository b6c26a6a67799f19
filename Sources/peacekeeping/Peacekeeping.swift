import ArgumentParser
import Foundation
import TerminalText
import TimelineEngine

/// The `peacekeeping` command: explore, list, show, validate and export timelines.
@main
struct Peacekeeping: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peacekeeping",
        abstract: "Explore the history of peace operations: who did what, when, with whom.",
        discussion: """
            With no subcommand, opens the explorer (the plain list when output is not a
            terminal). The chapter's own timeline is built in; --data FILE (repeatable)
            loads YAML or JSON timelines instead.

            Examples:
              peacekeeping
              peacekeeping list --org AU --from 2003
              peacekeeping show artemis
              peacekeeping validate my-timeline.yaml
              peacekeeping export --format json > chapter.json
              peacekeeping import operations.csv --organization UN --prefix ops- --output operations.yaml
              peacekeeping --data @chapter --data operations.yaml
            """,
        version: "peacekeeping 0.1.0 (compact format \(TimelineExport.compactFormatVersion))",
        subcommands: [ExploreCommand.self, ListCommand.self, ShowCommand.self, OrganizationsCommand.self,
                      ChaptersCommand.self, RelationsCommand.self, TraceCommand.self, ValidateCommand.self, ExportCommand.self, ImportCommand.self,
                      GenerateCommand.self],
        defaultSubcommand: ExploreCommand.self
    )

    /// Runs the command; usage errors exit with 2, other failures with 1.
    static func main() {
        StandardOutput.start()
        var parsed: ParsableCommand?
        do {
            var command = try parseAsRoot()
            parsed = command
            try command.run()
            StandardOutput.flush()
        } catch {
            StandardOutput.flush()
            let code = exitCode(for: error)
            let message = parsed.map { usageMessage(for: error, of: type(of: $0)) } ?? fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { StandardOutput.line(message) }
                StandardOutput.flush()
                Foundation.exit(0)
            }
            // Messages quote data (ids, values, file names), which must not drive the terminal.
            if !message.isEmpty { FileHandle.standardError.write(Data((DisplayText.safe(message, multiline: true) + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// The message for an error met while running `command`: a usage error with that
    /// command's usage line, not the root's.
    private static func usageMessage(for error: Error, of command: ParsableCommand.Type) -> String {
        guard error is ValidationError else { return fullMessage(for: error) }
        let help = ["peacekeeping", command.configuration.commandName].compactMap { $0 }.joined(separator: " ") + " --help"
        return "Error: \(message(for: error))\nUsage: \(usageString(for: command))\n  See '\(help)' for more information."
    }
}
