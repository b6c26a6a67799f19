import ArgumentParser
import Foundation
import TimelineEngine
import TimelineReports

/// `peacekeeping list`: the events that match a filter, in chronological order.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List events in chronological order, filtered.",
        discussion: """
            Filters combine: every one given must hold.

            Examples:
              peacekeeping list --org EU --org UN --all-orgs
              peacekeeping list --kind operation --from 2000 --to 2010
              peacekeeping list --search "cote d'ivoire"
              peacekeeping list --chapter un-eu --format csv > eu.csv
              peacekeeping list --org AU --format jsonl | jq -r .title
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv }

    @OptionGroup var data: DataOptions
    @OptionGroup var filter: FilterOptions
    @Option(help: "Output format.")
    var format: Format = .table
    @Flag(help: "Print only the number of matching events.")
    var count = false

    func run() throws {
        let timeline = try data.load(searchable: filter.searches)
        let matches = try filter.select(in: timeline)
        if count {
            StandardOutput.line("\(matches.count)")
            return
        }
        switch format {
        case .table:
            let terminal = OutputTerminal.current(environment: ProcessInfo.processInfo.environment)
            try EventTable(width: terminal.width, styled: terminal.allowsStyle).write(matches, of: timeline) { StandardOutput.write($0) }
        case .json:
            try TimelineExport.writeJSON(events: matches, of: timeline) { StandardOutput.write($0) }
            StandardOutput.line("")
        case .jsonl:
            try TimelineExport.writeJSONLines(events: matches, of: timeline) { StandardOutput.write($0) }
        case .csv:
            let terminal = OutputTerminal.current(environment: ProcessInfo.processInfo.environment)
            try EventCSV.write(matches, of: timeline) { StandardOutput.write(terminal.shown($0)) }
        }
    }
}
