/// The selected event's detail: its lines from `top` on, a border on the edge it
/// shares with the list, and, when the lines do not all fit, a last line of its own
/// that says whether more lie above and below.
struct DetailPane: Widget {
    /// Where the pane meets the list: beside it (a line on its left) or below it (on top).
    enum Edge { case left, top }

    let lines: [[DetailContent.Piece]]
    let top: Int
    let edge: Edge

    /// The area left for text inside a pane of `area`.
    static func textArea(of area: Rect, edge: Edge) -> Rect {
        switch edge {
        case .left: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        case .top: Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        }
    }

    /// How many lines of text show at once in `height` rows: all of them when they fit,
    /// else one row fewer, for the line that says there is more.
    static func rows(for lineCount: Int, height: Int) -> Int {
        lineCount <= height ? height : max(0, height - 1)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        switch edge {
        case .left:
            for row in area.y..<(area.y + area.height) { buffer.put("│", x: area.x - 1, y: row, style: .border) }
        case .top:
            buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: area.y, style: .border)
        }
        let text = Self.textArea(of: area, edge: edge)
        guard text.height > 0, text.width > 0 else { return }
        let rows = Self.rows(for: lines.count, height: text.height)
        for (offset, pieces) in lines.dropFirst(top).prefix(rows).enumerated() {
            var x = text.x
            for piece in pieces {
                x += buffer.put(piece.text, x: x, y: text.y + offset, limit: text.x + text.width - x, style: piece.style)
            }
        }
        guard rows < text.height else { return }
        let marks = [top > 0 ? "↑ more" : nil, top + rows < lines.count ? "↓ more" : nil].compactMap { $0 }
        let note = marks.joined(separator: "  ")
        buffer.put(note, x: text.x + text.width - note.count, y: text.y + rows, style: .dim)
    }
}
