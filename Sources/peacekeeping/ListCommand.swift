import ArgumentParser
import Foundation
import TerminalText
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
              peacekeeping list --chapter s-eu --format csv > eu.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var data: DataOptions
    @Option(help: "Only events involving this organization (repeatable; any of them by default).")
    var org: [String] = []
    @Flag(help: "With several --org, only events involving all of them.")
    var allOrgs = false
    @Flag(help: "Match an organization exactly, without its bodies (UN without the Security Council).")
    var withoutBodies = false
    @Option(help: ArgumentHelp("Only events of this kind (repeatable).", valueName: "kind"))
    var kind: [String] = []
    @Option(help: "Only events still going on in or after this year.")
    var from: Int?
    @Option(help: "Only events that started in or before this year.")
    var to: Int?
    @Option(help: "Only events whose title, aliases, places or summary hold all these words.")
    var search: String?
    @Option(help: "Only events discussed in this chapter or section (by id).")
    var chapter: String?
    @Option(help: "Only events discussed on this page.")
    var page: Int?
    @Option(help: "Only events linked to or from this event (by id).")
    var linkedTo: String?
    @Option(help: "Output format.")
    var format: Format = .table
    @Flag(help: "Print only the number of matching events.")
    var count = false

    func run() throws {
        let timeline = try data.load()
        let query = try makeQuery(for: timeline)
        let matches = timeline.select(query)
        if count {
            StandardOutput.line("\(matches.count)")
            return
        }
        switch format {
        case .table:
            let terminal = OutputTerminal.current(environment: ProcessInfo.processInfo.environment)
            let table = EventTable(width: terminal.width, styled: terminal.allowsStyle)
            StandardOutput.line(table.render(matches, of: timeline))
        case .json:
            try TimelineExport.writeJSON(events: matches, of: timeline) { StandardOutput.write($0) }
            StandardOutput.line("")
        case .csv:
            // Kept as in the data for files and pipes, so that a spreadsheet round trip loses
            // nothing; made display-safe on a terminal, which must not be driven by it.
            let csv = try EventCSV.render(matches, of: timeline)
            let terminal = OutputTerminal.current(environment: ProcessInfo.processInfo.environment)
            StandardOutput.line(terminal.isTerminal ? DisplayText.safe(csv, multiline: true) : csv)
        }
    }

    private func makeQuery(for timeline: Timeline) throws -> TimelineQuery {
        for id in org where timeline.organization(id: id) == nil {
            throw ValidationError("unknown organization '\(id)'; known: "
                + timeline.organizations.map(\.id).joined(separator: ", "))
        }
        let kinds = try kind.map { name in
            guard let kind = Event.Kind(rawValue: name) else {
                throw ValidationError("unknown kind '\(name)'; known: "
                    + Event.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return kind
        }
        if let chapter, timeline.chapter(id: chapter) == nil {
            throw ValidationError("unknown chapter '\(chapter)'; known: "
                + timeline.chapters.map(\.id).joined(separator: ", "))
        }
        if let linkedTo, timeline.event(id: linkedTo) == nil {
            throw ValidationError("unknown event '\(linkedTo)'")
        }
        return TimelineQuery(organizations: org, organizationMatch: allOrgs ? .all : .any,
                             includeBodies: !withoutBodies, kinds: Set(kinds), fromYear: from, toYear: to,
                             chapter: chapter, page: page, linkedTo: linkedTo, text: search ?? "")
    }
}
