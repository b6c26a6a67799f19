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
              peacekeeping show --data mine.yaml my-event
            """
    )

    @OptionGroup var data: DataOptions
    @Argument(help: "The event's id, as `list` prints it.")
    var id: String

    func run() throws {
        let timeline = try data.load()
        guard let index = timeline.eventIndex(id: id) else {
            let folded = SearchKey.fold(id)
            let similar = timeline.events.filter { SearchKey.fold($0.id + " " + $0.shortName).contains(folded) }
                .prefix(5).map(\.id)
            let hint = similar.isEmpty ? "" : "; did you mean: " + similar.joined(separator: ", ")
            throw CommandFailure(message: "no event with id '\(DisplayText.safe(id))'\(hint)")
        }
        StandardOutput.line(EventDetail.render(index, of: timeline))
    }
}
