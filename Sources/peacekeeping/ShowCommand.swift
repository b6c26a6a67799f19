import ArgumentParser
import Foundation
import TerminalText
import TimelineEngine
import TimelineReports

/// `peacekeeping show ID`: one event in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one event in full: dates, organizations, summary, links and backlinks, references.",
        discussion: """
            Examples:
              peacekeeping show unamid
              peacekeeping show MONUC
              peacekeeping show artemis --format json | jq .organizations
              peacekeeping show --data mine.yaml my-event
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var data: DataOptions
    @Option(help: "Output format: text, or json (the event's record, as export writes it).")
    var format: Format = .text
    @Argument(help: "The event's id, as `list` prints it, or its acronym or an alias, in any case.",
              completion: Completions.events)
    var id: String

    func run() throws {
        let timeline = try data.load(searchable: false)
        let index = try timeline.event(named: id).found("event", id, isUsage: false)
        switch format {
        case .text:
            let terminal = OutputTerminal.current(environment: ProcessInfo.processInfo.environment)
            StandardOutput.line(EventDetail.render(index, of: timeline, width: terminal.width))
        case .json:
            StandardOutput.write(try TimelineExport.json(timeline.events[index]))
            StandardOutput.line("")
        }
    }
}
