import ArgumentParser
import Foundation
import TimelineReports

/// `--format table|json`, for the commands that list rows (`orgs`, `chapters`): an
/// aligned table fitted to the terminal, or the rows as JSON.
struct TableOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: "Output format.")
    var format: Format = .table

    /// Prints `rows` as JSON, or as `table` (made for the terminal's width and styles)
    /// filled with each row's `cells`.
    func print<Row: Encodable>(_ rows: [Row], table: (_ width: Int?, _ styled: Bool) -> TextTable,
                               cells: (Row) -> [String]) throws {
        switch format {
        case .json: try StandardOutput.json(rows)
        case .table:
            let terminal = OutputTerminal.current(environment: ProcessInfo.processInfo.environment)
            StandardOutput.line(table(terminal.width, terminal.allowsStyle).render(rows.map(cells)))
        }
    }
}
