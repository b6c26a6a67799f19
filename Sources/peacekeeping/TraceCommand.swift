import ArgumentParser
import ExportFormats
import Foundation
import TerminalText
import TimelineEngine
import TimelineReports

/// `peacekeeping trace ID`: the chain of events linked to one.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Follow the links of an event both ways, transitively: what led to it and what followed.",
        discussion: """
            Each event is reached once (a cycle is not followed round), by the fewest links. \\
            The events are in time order; DEPTH counts the links from the event traced, \\
            negative for events that started before it.

            Examples:
              peacekeeping trace minusma
              peacekeeping trace unamid --depth 3
              peacekeeping trace artemis --format dot | dot -Tsvg > artemis.svg
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, dot }

    @OptionGroup var data: DataOptions
    @Argument(help: "The event to trace (id, acronym or alias).", completion: Completions.events)
    var id: String
    @Option(help: "How many links away to follow.")
    var depth = 2
    @Option(help: "Output format.")
    var format: Format = .text

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth counts links: 0 or more") }
    }

    func run() throws {
        let timeline = try data.load(searchable: false)
        let root = try timeline.event(named: id).found("event", id, isUsage: false)
        let trace = timeline.trace(from: root, depth: depth)
        let ids = Dictionary(uniqueKeysWithValues: trace.steps.map { ($0.event, timeline.events[$0.event].id) })
        switch format {
        case .json:
            try StandardOutput.json(Record(root: ids[root]!, events: trace.steps.map { Record.Step(id: ids[$0.event]!, depth: $0.depth) },
                                           links: trace.links.map { Record.Link(source: ids[$0.source]!, target: ids[$0.target]!,
                                                                                type: $0.type.rawValue) }))
        case .dot:
            StandardOutput.write(try GraphExport.dot(trace.steps.map(\.event), of: timeline, organizations: false))
        case .text:
            let terminal = OutputTerminal.current(environment: ProcessInfo.processInfo.environment)
            let table = TextTable(columns: [.init("DEPTH", widest: 5, isNumeric: true), .init("DATES", widest: 24),
                                            .init("EVENT"), .init("REACHED BY", widest: 60, narrowest: 20)],
                                  flexible: 2, width: terminal.width)
            let rows = trace.steps.map { step in
                let event = timeline.events[step.event]
                let reached = step.from.map { from in
                    "\(timeline.events[from].shortName) \(step.link!.label) \(event.shortName)"
                } ?? ""
                return [step.event == root ? "0" : String(step.depth), event.dates.plainText,
                        String(repeating: "  ", count: abs(step.depth)) + "\(event.shortName) (\(event.id))", reached]
            }
            StandardOutput.line("Links of \(DisplayText.safe(timeline.events[root].shortName)), \(depth) deep: "
                + "\(trace.steps.count - 1) events\n")
            StandardOutput.line(table.render(rows))
        }
    }

    struct Record: Encodable {
        struct Step: Encodable { let id: String; let depth: Int }
        struct Link: Encodable { let source, target, type: String }
        let root: String
        let events: [Step]
        let links: [Link]
    }
}
