import ArgumentParser
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
              peacekeeping show --data mine.yaml my-event
            """
    )

    @OptionGroup var data: DataOptions
    @Argument(help: "The event's id, as `list` prints it, or its acronym or an alias, in any case.")
    var id: String

    func run() throws {
        let timeline = try data.load()
        StandardOutput.line(EventDetail.render(try timeline.event(named: id).found("event", id, isUsage: false), of: timeline))
    }
}
