import ArgumentParser
import ExportFormats
import Foundation
import TimelineEngine
import TimelineReports

/// `peacekeeping export`: the loaded timeline, or the events a filter selects, as one file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the loaded timeline, or what the filters select, as one file for this or another program.",
        discussion: """
            json is the format the loader reads and people edit; jsonl, one event per line, \
            suits jq and visidata; csv has every field, in the columns import reads back. compact is a binary file of the timeline already checked, \
            ordered and indexed: a large timeline opens from it several times faster, at the \
            price of a larger file that only this program reads (it takes no filter). \
            timelinejs is a web timeline (import reads it back), ics a calendar, dot and \
            graphml the link graph for Graphviz and Gephi, markdown a chronology by decade, svg \
            the lanes chart as a figure (one lane per organization given with --org, or per \
            organization taking part; --width in pixels).

            The filters are those of list. json, jsonl and the graphs leave out links to \
            events not exported, so that the file loads on its own.

            Examples:
              peacekeeping export --format json > chapter.json
              peacekeeping export --data chapter.json --data mine.yaml > merged.json
              peacekeeping export --data events.json --format compact --output events.pkt
              peacekeeping export --format timelinejs --org AU --output au.json
              peacekeeping export --format ics --from 2000 --output peacekeeping.ics
              peacekeeping export --format dot --organizations | dot -Tsvg > links.svg
              peacekeeping export --format markdown --chapter un-eu > eu.md
              peacekeeping export --format svg --org UN --org AU --org EU --width 1000 > lanes.svg
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, csv, compact, timelinejs, ics, graphml, dot, markdown, svg
    }

    @OptionGroup var data: DataOptions
    @OptionGroup var filter: FilterOptions
    @Option(help: "Output format.")
    var format: Format = .json
    @Flag(help: "With dot and graphml, the organizations as nodes too, linked to their events.")
    var organizations = false
    @Option(help: ArgumentHelp("With svg, the chart's width in pixels.", valueName: "pixels"))
    var width = 1200
    @Option(help: ArgumentHelp("Where to write (required for compact); standard output otherwise.", valueName: "file"))
    var output: String?

    func validate() throws {
        if format == .compact && output == nil {
            throw ValidationError("--format compact writes a file: name it with --output")
        }
        if format == .compact && filter.isFiltering {
            throw ValidationError("--format compact writes the whole timeline: export the filtered events as json, then make that compact")
        }
    }

    func run() throws {
        if let output, let input = data.files.first(where: { Self.isSameFile($0, output) }) {
            throw CommandFailure(message: "--output \(output) would replace \(input), the timeline being exported: write to another file")
        }
        let timeline = try data.load(searchable: filter.searches || format == .compact)
        if format == .compact, let output { return try TimelineExport.compact(timeline, to: output) }
        let events = try filter.select(in: timeline)
        let title = "Peacekeeping Timeline"
        try write { write in
            switch format {
            case .json:
                try TimelineExport.writeJSON(timeline, events: filter.isFiltering ? events : nil, to: write)
            case .jsonl:
                try TimelineExport.writeJSONLines(events: events, of: timeline, to: write)
            case .csv:
                let terminal = OutputTerminal.current(environment: ProcessInfo.processInfo.environment)
                try CSVExport.write(events, of: timeline) { try write(output == nil ? terminal.shown($0) : $0) }
            case .timelinejs: try write(TimelineJSExport.render(events, of: timeline, title: title))
            case .ics: try write(Data(try ICalendarExport.render(events, of: timeline, stamp: Self.stamp).utf8))
            case .graphml: try write(Data(try GraphExport.graphML(events, of: timeline, organizations: organizations).utf8))
            case .dot: try write(Data(try GraphExport.dot(events, of: timeline, organizations: organizations).utf8))
            case .markdown: try write(Data(try MarkdownExport.render(events, of: timeline, title: title).utf8))
            case .svg:
                let lanes = try filter.org.map { try timeline.organization(named: $0).found("organization", $0).id }
                try write(Data(SVGChart(width: width).render(events, of: timeline, lanes: lanes).utf8))
            case .compact: break
            }
        }
        if output == nil, format == .json { StandardOutput.line("") }
    }

    /// Runs `body` with a function that writes to --output (replaced once complete) or
    /// to standard output.
    private func write(_ body: (_ write: (Data) throws -> Void) throws -> Void) throws {
        if let output {
            try ReplacingFile.write(to: output) { handle in try body { try handle.write(contentsOf: $0) } }
        } else {
            try body { StandardOutput.write($0) }
        }
    }

    /// When the calendar was made (its DTSTAMPs): now, or `SOURCE_DATE_EPOCH` when set,
    /// so that the same timeline gives the same file.
    private static var stamp: Date {
        ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
            .map(Date.init(timeIntervalSince1970:)) ?? Date()
    }

    /// Whether two paths name the same existing file (a link or another spelling included).
    private static func isSameFile(_ first: String, _ second: String) -> Bool {
        var one = stat(), other = stat()
        guard stat(first, &one) == 0, stat(second, &other) == 0 else { return false }
        return one.st_dev == other.st_dev && one.st_ino == other.st_ino
    }
}
