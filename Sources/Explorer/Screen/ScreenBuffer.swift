import TimelineEngine
import TerminalText

/// One cell of the screen: a character and its style. The second cell of a wide
/// character holds an empty string.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .normal)
}

/// What the explorer draws: a grid of cells that the terminal layer copies to the
/// screen, and that tests read as text.
public struct ScreenBuffer: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at (x, y) in at most `limit` columns, cutting it with "…" when it
    /// does not fit; returns the columns used. Text is made display-safe here, so
    /// nothing drawn can reach the terminal raw.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let room = min(limit ?? width - x, width - x)
        guard room > 0 else { return 0 }
        let fitted = TerminalWidth.truncate(DisplayText.safe(text), to: room)
        var column = x
        for character in fitted {
            let columns = TerminalWidth.of(character)
            guard columns > 0 else { continue }
            guard column + columns <= x + room else { break }
            cells[y * width + column] = Cell(text: String(character), style: style)
            if columns == 2 { cells[y * width + column + 1] = Cell(text: "", style: style) }
            column += columns
        }
        return column - x
    }

    /// Paints `count` cells of a row with spaces in `style` (the bar of a selected row).
    public mutating func fill(x: Int, y: Int, count: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + count) {
            cells[y * width + column] = Cell(text: " ", style: style)
        }
    }

    /// Changes the style of cells already written, keeping their text.
    public mutating func restyle(x: Int, y: Int, count: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + count) {
            cells[y * width + column].style = style
        }
    }

    /// The screen as lines of text, trailing spaces removed: what tests compare.
    public var lines: [String] {
        (0..<height).map { row in
            var line = cells[(row * width)..<((row + 1) * width)].map(\.text).joined()
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
