import ArgumentParser
import Explorer
import Foundation
import TerminalUI
import TimelineEngine
import TimelineReports

/// `peacekeeping` (or `peacekeeping explore`): the full-screen explorer.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Browse the timeline full-screen: filter, search, follow links (the default).",
        discussion: """
            Press ? inside for every key. When standard output is not a terminal, or TERM
            is dumb, prints the plain list instead. Colors follow NO_COLOR.

            Examples:
              peacekeeping
              peacekeeping --data my-timeline.yaml
              NO_COLOR=1 peacekeeping explore
            """
    )

    @OptionGroup var data: DataOptions

    func run() throws {
        let timeline = try data.load(searchable: true)
        let environment = ProcessInfo.processInfo.environment
        let terminal = OutputTerminal.current(environment: environment)
        let terminalName = environment["TERM"] ?? ""
        if data.files.contains(DataFiles.standardInput) { TerminalSession.readKeysFromTerminal() }
        guard terminal.isTerminal, isatty(STDIN_FILENO) == 1, !terminalName.isEmpty, terminalName != "dumb" else {
            try EventTable(width: terminal.width, styled: false).write(Array(timeline.events.indices), of: timeline) { StandardOutput.write($0) }
            return
        }
        do {
            try TerminalSession.run(AppState(timeline: timeline, width: 80, height: 24),
                                    noColor: !(environment["NO_COLOR"] ?? "").isEmpty, terminalName: terminalName)
        } catch let error as TerminalUnavailable {
            throw CommandFailure(message: error.description)
        }
    }
}
