import TerminalText

/// An aligned table of text for a terminal, a file or a pipe. Every cell goes through
/// `DisplayText.safe`. No column is wider than its `widest`, so one huge value does not
/// pad every row; on a terminal of `width` columns, the `flexible` column takes the room
/// the others leave, and they give some of theirs (down to `narrowest`, in the order of
/// `yielding`) so that it keeps at least `flexibleRoom`. Cut cells end in an ellipsis;
/// a row never wraps.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var widest: Int
        public var narrowest: Int
        public var isNumeric: Bool

        public init(_ title: String, widest: Int = 80, narrowest: Int? = nil, isNumeric: Bool = false) {
            self.title = title
            self.widest = widest
            self.narrowest = narrowest ?? widest
            self.isNumeric = isNumeric
        }
    }

    public var columns: [Column]
    public var flexible: Int?
    /// The columns that give room to the flexible one, first to last.
    public var yielding: [Int] = []
    public var flexibleRoom = 30
    /// The terminal's width, or nil to never cut (output to a file or pipe).
    public var width: Int?
    /// Whether the header is bold (only on a terminal, never with NO_COLOR).
    public var styled = false

    static let gap = "  "

    public init(columns: [Column], flexible: Int? = nil, width: Int? = nil, styled: Bool = false) {
        self.columns = columns
        self.flexible = flexible
        self.width = width
        self.styled = styled
    }

    public func render(_ rows: [[String]]) -> String {
        let safeRows = rows.map { $0.map { DisplayText.safe($0) } }
        var widest = columns.map { TerminalWidth.of($0.title) }
        for row in safeRows {
            for column in columns.indices { widest[column] = max(widest[column], cellWidth(row[column], column: column)) }
        }
        let widths = widths(widest: widest)
        return ([header(widths: widths)] + safeRows.map { line($0, widths: widths) }).joined(separator: "\n")
    }

    /// How wide a display-safe cell is, counted no further than its column's `widest` + 1.
    public func cellWidth(_ cell: String, column: Int) -> Int {
        TerminalWidth.of(TerminalWidth.truncate(cell, to: columns[column].widest + 1))
    }

    /// The header line, for the widths of `widths(widest:)`.
    public func header(widths: [Int]) -> String {
        let line = line(columns.map(\.title), widths: widths, isHeader: true)
        return styled ? "\u{1B}[1m\(line)\u{1B}[0m" : line
    }

    /// One row of cells, cut and padded to `widths`.
    public func line(_ cells: [String], widths: [Int], isHeader: Bool = false) -> String {
        var line = [UInt8]()
        var row = Row(table: self, widths: widths, isHeader: isHeader)
        for var cell in cells { cell.withUTF8 { row.append($0, to: &line) } }
        row.end(&line)
        return String(decoding: line, as: UTF8.self)
    }

    /// A row written cell by cell as bytes, without a string for any cell that is plain
    /// ASCII (nearly all): how `list` writes a million rows in a second.
    public struct Row {
        let table: TextTable
        let widths: [Int]
        let isHeader: Bool
        private var column = 0
        /// Spaces owed before the next text: written only before text, so no line ends in them.
        private var pending = 0
        private var start: Int?

        public init(table: TextTable, widths: [Int], isHeader: Bool = false) {
            self.table = table
            self.widths = widths
            self.isHeader = isHeader
        }

        /// Appends the next cell, made display-safe, cut and padded to its column.
        public mutating func append(_ cell: UnsafeBufferPointer<UInt8>, to line: inout [UInt8]) {
            if start == nil { start = line.count }
            let width = widths[column]
            if column > 0 { pending += TextTable.gap.count }
            var used = 0
            func write(_ text: some Collection<UInt8>) {
                guard !text.isEmpty else { return }
                line.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pending))
                line.append(contentsOf: text)
                pending = 0
            }
            let isNumeric = table.columns[column].isNumeric && !isHeader
            if TerminalWidth.isPrintableASCII(cell) {
                used = min(cell.count, width)
                if isNumeric { pending += width - used }
                if cell.count <= width {
                    write(cell)
                } else if width > 0 {
                    write(cell.prefix(width - 1))
                    line.append(contentsOf: "…".utf8)
                }
            } else {
                let (cut, cutWidth) = TerminalWidth.cut(DisplayText.safe(String(decoding: cell, as: UTF8.self)), to: width)
                used = cutWidth
                if isNumeric { pending += width - used }
                write(cut.utf8)
            }
            if !isNumeric { pending += width - used }
            column += 1
        }

        /// Ends the row with a line break, cut to the table's width if it is wider.
        public mutating func end(_ line: inout [UInt8]) {
            let start = start ?? line.count
            if let width = table.width, widths.reduce(0, +) + TextTable.gap.count * (widths.count - 1) > width {
                let cut = TerminalWidth.truncate(String(decoding: line[start...], as: UTF8.self), to: width)
                line.replaceSubrange(start..., with: cut.utf8)
            }
        }
    }

    /// Each column's width, from the width of its widest cell (header included).
    public func widths(widest: [Int]) -> [Int] {
        var widths = columns.indices.map { min(columns[$0].widest, widest[$0]) }
        guard let width, let flexible else { return widths }
        func room() -> Int {
            width - widths.enumerated().filter { $0.offset != flexible }.map(\.element).reduce(0, +)
                - Self.gap.count * (widths.count - 1)
        }
        for column in yielding where room() < min(flexibleRoom, widths[flexible]) {
            let short = min(flexibleRoom, widths[flexible]) - room()
            widths[column] = max(min(widths[column], columns[column].narrowest), widths[column] - short)
        }
        widths[flexible] = min(widths[flexible], max(12, room()))
        return widths
    }
}
