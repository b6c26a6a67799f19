/// A framed box in the middle of the screen, with a title on its top edge and a footer
/// on its bottom edge; what it holds is drawn in `inner(of:)`.
struct OverlayBox: Widget {
    let title: String
    let footer: String
    /// Rows of content the box would like to show.
    let contentHeight: Int
    var maxWidth = 76

    /// Where the box goes on a screen of `area`.
    func frame(in area: Rect) -> Rect {
        let width = min(area.width - 2, maxWidth)
        let height = min(area.height - 2, contentHeight + 2)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2),
                    width: width, height: height)
    }

    /// The content's rectangle inside the box's frame.
    func inner(of area: Rect) -> Rect {
        let frame = frame(in: area)
        return Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let frame = frame(in: area)
        guard frame.width >= 2, frame.height >= 2 else { return }
        for row in frame.y..<(frame.y + frame.height) { buffer.fill(x: frame.x, y: row, count: frame.width, style: .normal) }
        let inner = frame.width - 2
        buffer.put("┌" + String(repeating: "─", count: inner) + "┐", x: frame.x, y: frame.y, style: .border)
        buffer.put("└" + String(repeating: "─", count: inner) + "┘", x: frame.x, y: frame.y + frame.height - 1, style: .border)
        for row in (frame.y + 1)..<(frame.y + frame.height - 1) {
            buffer.put("│", x: frame.x, y: row, style: .border)
            buffer.put("│", x: frame.x + frame.width - 1, y: row, style: .border)
        }
        buffer.put(" \(title) ", x: frame.x + 2, y: frame.y, limit: inner - 2, style: .header)
        buffer.put(" \(footer) ", x: frame.x + 2, y: frame.y + frame.height - 1, limit: inner - 2, style: .dim)
    }

    /// Draws the box, then inside it the rows that fit with `cursor` in view, the
    /// cursor's row on a highlighted bar; `row` draws one row in the line it is given.
    func render(rows count: Int, cursor: Int, into buffer: inout ScreenBuffer, area: Rect,
                row: (_ index: Int, _ line: Rect, _ isCursor: Bool, _ buffer: inout ScreenBuffer) -> Void) {
        render(into: &buffer, area: area)
        let inner = inner(of: area)
        let top = max(0, cursor - inner.height + 1)
        for (offset, index) in (0..<count).dropFirst(top).prefix(max(0, inner.height)).enumerated() {
            let line = Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1)
            if index == cursor { buffer.fill(x: line.x, y: line.y, count: line.width, style: .selected) }
            row(index, line, index == cursor, &buffer)
        }
    }
}
