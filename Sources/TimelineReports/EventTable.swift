import TerminalText
import TimelineEngine

/// The aligned table `peacekeeping list` prints: id, dates, title, kind, organizations.
///
/// The title takes the room the terminal leaves; at 80 columns the id, organizations and
/// kind columns give it some of theirs. CSV and JSON give whole values.
public struct EventTable {
    /// The terminal's width in columns, or nil to never cut (output to a file or pipe).
    public var width: Int?
    /// Whether to use ANSI styles (only on a terminal, never with NO_COLOR).
    public var styled: Bool

    public init(width: Int?, styled: Bool) {
        self.width = width
        self.styled = styled
    }

    public func render(_ events: [Int], of timeline: Timeline) -> String {
        var table = TextTable(columns: [
            .init("ID", widest: 40, narrowest: 14), .init("DATES", widest: 24), .init("TITLE", widest: 80),
            .init("KIND", widest: 16, narrowest: 9), .init("ORGANIZATIONS", widest: 40, narrowest: 12),
        ], flexible: 2, width: width, styled: styled)
        table.yielding = [4, 0, 3]
        return table.render(events.map { index in
            let event = timeline.events[index]
            return [event.id, event.dates.plainText, event.title, event.kind.rawValue,
                    event.organizationIDs.joined(separator: " ")]
        })
    }
}
