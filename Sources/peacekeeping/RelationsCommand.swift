import ArgumentParser
import Foundation
import TerminalText
import TimelineEngine
import TimelineReports

/// `peacekeeping relations [A B]`: how organizations worked together.
struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "Show how organizations worked together: the matrix of every pair, or one pair's story.",
        discussion: """
            A pair shares an event both take part in (bodies count as their organization \\
            unless --bodies), and is linked by a link from an event of one to an event of the \\
            other. Each is classed by mode: sequential (hand-overs), parallel, integrated \\
            (hybrid), support, institutional (declarations, meetings, offices, agreements); \\
            README gives the rules.

            Examples:
              peacekeeping relations
              peacekeeping relations UN AU
              peacekeeping relations UN EU --format json | jq '.modes'
              peacekeeping relations --format csv > relations.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var data: DataOptions
    @Argument(help: "Two organizations (ids or names) for their story; none for the matrix.",
              completion: Completions.organizations)
    var pair: [String] = []
    @Flag(help: "Each body on its own instead of in its organization.")
    var bodies = false
    @Option(help: "Output format.")
    var format: Format = .text

    func validate() throws {
        guard pair.isEmpty || pair.count == 2 else { throw ValidationError("name two organizations, or none for the matrix") }
    }

    func run() throws {
        let timeline = try data.load(searchable: false)
        if pair.isEmpty { return try matrix(timeline.relations(bodies: bodies)) }
        let ids = try pair.map { try timeline.organization(named: $0).found("organization", $0).id }
        guard let story = timeline.pairStory(ids[0], ids[1], bodies: bodies) else { return }
        try self.story(story, of: timeline)
    }

    private func matrix(_ relations: Relations) throws {
        let names = relations.organizations
        switch format {
        case .json:
            try StandardOutput.json(MatrixRecord(organizations: names, cells: relations.cells.map { cell in
                CellRecord(a: names[cell.first], b: names[cell.second], events: cell.events, links: cell.links,
                           modes: Self.modeRecord(cell.modes))
            }))
        case .csv:
            StandardOutput.write(CSVText.render([["a", "b", "events", "links"] + CooperationMode.allCases.map(\.rawValue)]
                + relations.cells.map { cell in
                    [names[cell.first], names[cell.second], String(cell.events), String(cell.links)]
                        + CooperationMode.allCases.map { String(cell.modes[$0]) }
                }))
        case .text:
            var counts = Array(repeating: Array(repeating: 0, count: names.count), count: names.count)
            for cell in relations.cells {
                counts[cell.first][cell.second] = cell.events
                counts[cell.second][cell.first] = cell.events
            }
            let width = max(3, String(counts.joined().max() ?? 0).count + 1, String(names.count).count + 1)
            func pad(_ text: String) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
            let label = (names.map(\.count).max() ?? 0) + 4
            var lines = ["Events shared by each pair (columns numbered as the rows):", "",
                         String(repeating: " ", count: label) + names.indices.map { pad(String($0 + 1)) }.joined()]
            for (row, name) in names.enumerated() {
                let title = "\(row + 1)".padding(toLength: 3, withPad: " ", startingAt: 0) + name
                let line = title.padding(toLength: label, withPad: " ", startingAt: 0)
                    + counts[row].enumerated().map { pad($0 == row ? "·" : $1 == 0 ? "" : String($1)) }.joined()
                lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
            }
            lines += ["", "Pairs, most shared first:"]
            let ranked = relations.cells.sorted { ($0.events, $0.links) > ($1.events, $1.links) }
            lines += ranked.prefix(Self.pairsShown).map { cell in
                "  \(names[cell.first])–\(names[cell.second])  \(counted(cell.events, "event")), \(counted(cell.links, "link"))"
                    + Self.modeText(cell.modes)
            }
            if ranked.count > Self.pairsShown {
                lines.append("  … and \(ranked.count - Self.pairsShown) more pairs (--format csv lists them all)")
            }
            StandardOutput.line(DisplayText.safe(lines.joined(separator: "\n"), multiline: true))
        }
    }

    private func story(_ story: PairStory, of timeline: Timeline) throws {
        let (a, b) = story.organizations
        switch format {
        case .json:
            try StandardOutput.json(StoryRecord(organizations: [a, b], events: story.entries.map { entry in
                let event = timeline.events[entry.event]
                return StoryEvent(id: event.id, start: event.dates.fieldTexts.start, end: event.dates.fieldTexts.end,
                                  shared: entry.isShared, modes: entry.modes.sorted().map(\.rawValue))
            }, modes: Self.modeRecord(story.modes)))
        case .csv:
            StandardOutput.write(CSVText.render([["id", "start", "end", "dates", "title", "shared", "modes"]] + story.entries.map { entry in
                let event = timeline.events[entry.event]
                return [event.id, event.dates.fieldTexts.start, event.dates.fieldTexts.end, event.dates.plainText, event.title,
                        entry.isShared ? "yes" : "no", entry.modes.sorted().map(\.rawValue).joined(separator: ";")]
            }))
        case .text:
            let shared = story.entries.filter(\.isShared).count
            var lines = ["\(a) and \(b): \(counted(shared, "event")) shared, \(story.entries.count - shared) more linked across", ""]
            lines.append("Modes" + Self.modeText(story.modes))
            lines += story.decades.filter { $0.modes.total > 0 }.map { "  \($0.decade)s" + Self.modeText($0.modes) }
            lines += ["", "Events (* both take part; the others are linked across):"]
            let terminal = OutputTerminal.current(environment: ProcessInfo.processInfo.environment)
            let table = TextTable(columns: [.init("", widest: 1), .init("DATES", widest: 24), .init("EVENT"),
                                            .init("MODES", widest: 40, narrowest: 12)],
                                  flexible: 2, width: terminal.width)
            lines.append(table.render(story.entries.map { entry in
                let event = timeline.events[entry.event]
                return [entry.isShared ? "*" : "", event.dates.plainText, "\(event.shortName) (\(event.id))",
                        entry.modes.sorted().map(\.rawValue).joined(separator: ", ")]
            }))
            StandardOutput.line(DisplayText.safe(lines.joined(separator: "\n"), multiline: true))
        }
    }

    /// The pairs the text lists; CSV and JSON give them all.
    static let pairsShown = 15

    private static func modeText(_ modes: ModeCounts) -> String {
        let present = modes.present
        return present.isEmpty ? "" : ": " + present.map { "\($0.mode.rawValue) \($0.count)" }.joined(separator: ", ")
    }

    private static func modeRecord(_ modes: ModeCounts) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: CooperationMode.allCases.map { ($0.rawValue, modes[$0]) })
    }

    struct MatrixRecord: Encodable { let organizations: [String]; let cells: [CellRecord] }
    struct CellRecord: Encodable { let a, b: String; let events, links: Int; let modes: [String: Int] }
    struct StoryRecord: Encodable { let organizations: [String]; let events: [StoryEvent]; let modes: [String: Int] }
    struct StoryEvent: Encodable { let id, start, end: String; let shared: Bool; let modes: [String] }
}
