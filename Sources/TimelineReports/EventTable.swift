import TerminalText
import TimelineEngine

/// The aligned table `peacekeeping list` prints: id, dates, title, kind, organizations.
///
/// Text from the data goes through `DisplayText.safe`. The title column takes the room
/// the terminal leaves and is cut with an ellipsis, so a row never wraps. No column is
/// wider than `widest` allows, so one huge value does not pad every row to its width:
/// CSV and JSON give whole values.
public struct EventTable {
    /// The terminal's width in columns, or nil to never cut (output to a file or pipe).
    public var width: Int?
    /// Whether to use ANSI styles (only on a terminal, never with NO_COLOR).
    public var styled: Bool

    static let header = ["ID", "DATES", "TITLE", "KIND", "ORGANIZATIONS"]
    static let widest = [40, 24, 80, 16, 40]
    static let titleColumn = 2
    static let gap = "  "

    public init(width: Int?, styled: Bool) {
        self.width = width
        self.styled = styled
    }

    public func render(_ events: [Int], of timeline: Timeline) -> String {
        let rows = [Self.header] + events.map { index in
            let event = timeline.events[index]
            return [event.id, event.dates.plainText, event.title, event.kind.rawValue,
                    event.organizationIDs.joined(separator: " ")].map { DisplayText.safe($0) }
        }
        let widths = columnWidths(rows)
        return rows.enumerated().map { offset, cells in
            var line = zip(cells, widths).map { TerminalWidth.fit($0, to: $1) }.joined(separator: Self.gap)
            while line.last == " " { line.removeLast() }
            if let width { line = TerminalWidth.truncate(line, to: width) }
            return styled && offset == 0 ? "\u{1B}[1m\(line)\u{1B}[0m" : line
        }.joined(separator: "\n")
    }

    private func columnWidths(_ rows: [[String]]) -> [Int] {
        var widths = Self.header.indices.map { column in
            min(Self.widest[column], rows.map { TerminalWidth.of(TerminalWidth.truncate($0[column], to: Self.widest[column] + 1)) }.max() ?? 0)
        }
        if let width {
            let others = widths.enumerated().filter { $0.offset != Self.titleColumn }.map(\.element).reduce(0, +)
            let room = width - others - Self.gap.count * (widths.count - 1)
            widths[Self.titleColumn] = min(widths[Self.titleColumn], max(12, room))
        }
        return widths
    }
}
