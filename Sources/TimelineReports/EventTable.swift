import Foundation
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

    /// The table of some events, for small timelines and tests.
    public func render(_ events: [Int], of timeline: Timeline) throws -> String {
        var data = Data()
        try write(events, of: timeline) { data.append($0) }
        return String(decoding: data.dropLast(), as: UTF8.self)
    }

    /// Writes the table, each line ending in a line break, handing it to `write` a few
    /// thousand rows at a time. Every event is measured first, in the order stored (the
    /// fastest), without making its texts, so that the columns fit the widest cells.
    public func write(_ events: [Int], of timeline: Timeline, to write: (Data) throws -> Void) throws {
        let table = textTable
        let organizations = timeline.organizations.map(\.id)
        let organizationWidths = timeline.organizations.map { TerminalWidth.of(DisplayText.safe($0.id)) }
        var widest = table.columns.map { TerminalWidth.of($0.title) }
        let full = table.columns.map(\.widest)
        try timeline.readBlocks(of: timeline.storageOrder(of: events), { block in
            var widest = Array(repeating: 0, count: 5)
            // A column as wide as it may be (`full`) needs no more measuring (titles, mostly).
            block.forEach { event in
                if widest[0] < full[0] { widest[0] = max(widest[0], Self.width(event.id, column: 0, of: table)) }
                if widest[1] < full[1] { widest[1] = max(widest[1], TerminalWidth.of(event.dates.plainText)) }
                if widest[2] < full[2] { widest[2] = max(widest[2], Self.width(event.title, column: 2, of: table)) }
                widest[3] = max(widest[3], event.kind.rawValue.utf8.count)
                if widest[4] < full[4] {
                    let participants = event.participants
                    var width = max(0, participants.count - 1)
                    for position in participants.indices { width += organizationWidths[participants.organizationIndex(position)] }
                    widest[4] = max(widest[4], width)
                }
            }
            return widest
        }, then: { part in widest = zip(widest, part).map { max($0, $1) } })
        let widths = table.widths(widest: widest)
        try write(Data((table.header(widths: widths) + "\n").utf8))
        try timeline.writeEvents(at: events, { block in
            var text = [UInt8]()
            var participants = [UInt8]()
            block.forEach { event in
                var row = TextTable.Row(table: table, widths: widths)
                event.id.withUTF8 { row.append($0, to: &text) }
                var dates = event.dates.plainText
                dates.withUTF8 { row.append($0, to: &text) }
                event.title.withUTF8 { row.append($0, to: &text) }
                var kind = event.kind.rawValue
                kind.withUTF8 { row.append($0, to: &text) }
                participants.removeAll(keepingCapacity: true)
                for position in event.participants.indices {
                    if position > 0 { participants.append(UInt8(ascii: " ")) }
                    participants += organizations[event.participants.organizationIndex(position)].utf8
                }
                participants.withUnsafeBufferPointer { row.append($0, to: &text) }
                row.end(&text)
                text.append(0x0A)
            }
            return Data(text)
        }, to: write)
    }

    private var textTable: TextTable {
        var table = TextTable(columns: [
            .init("ID", widest: 40, narrowest: 14), .init("DATES", widest: 24), .init("TITLE", widest: 80),
            .init("KIND", widest: 16, narrowest: 9), .init("ORGANIZATIONS", widest: 40, narrowest: 12),
        ], flexible: 2, width: width, styled: styled)
        table.yielding = [4, 0, 3]
        return table
    }

    /// How wide a text is in the table: its byte count when it is plain ASCII, as
    /// nearly every id and title is; else measured as shown.
    private static func width(_ text: EventText, column: Int, of table: TextTable) -> Int {
        let isPlain = text.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        return isPlain ? text.withUTF8(\.count) : table.cellWidth(DisplayText.safe(text.string), column: column)
    }
}
