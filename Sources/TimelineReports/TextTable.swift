import TerminalText

/// An aligned table of text for a terminal, a file or a pipe. Every cell goes through
/// `DisplayText.safe`. No column is wider than its `widest`, so one huge value does not
/// pad every row; on a terminal of `width` columns, the `flexible` column takes the room
/// the others leave, and they give some of theirs (down to `narrowest`, in the order of
/// `yielding`) so that it keeps at least `flexibleRoom`. Cut cells end in an ellipsis;
/// a row never wraps.
public struct TextTable {
    public struct Column {
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
        let all = [columns.map(\.title)] + rows.map { $0.map { DisplayText.safe($0) } }
        let widths = columnWidths(all)
        return all.enumerated().map { offset, cells in
            var line = zip(cells, zip(widths, columns)).map { cell, column in
                let (width, spec) = column
                let fitted = TerminalWidth.fit(cell, to: width)
                guard spec.isNumeric, offset > 0 else { return fitted }
                let trimmed = String(fitted.reversed().drop { $0 == " " }.reversed())
                return String(repeating: " ", count: max(0, width - TerminalWidth.of(trimmed))) + trimmed
            }.joined(separator: Self.gap)
            while line.last == " " { line.removeLast() }
            if let width { line = TerminalWidth.truncate(line, to: width) }
            return styled && offset == 0 ? "\u{1B}[1m\(line)\u{1B}[0m" : line
        }.joined(separator: "\n")
    }

    private func columnWidths(_ rows: [[String]]) -> [Int] {
        var widths = columns.indices.map { column in
            min(columns[column].widest,
                rows.map { TerminalWidth.of(TerminalWidth.truncate($0[column], to: columns[column].widest + 1)) }.max() ?? 0)
        }
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
