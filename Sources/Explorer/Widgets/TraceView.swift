/// The trace view: the chain of events linked to one, in time order, indented by how
/// many links away each is (what came before above the event traced, what followed
/// below), each with the link it was reached by; the cursor's row highlighted.
struct TraceView: Widget {
    struct Row {
        let dates: String
        let title: String
        let depth: Int
        let reachedBy: String
        let isRoot: Bool
    }

    let title: String
    let rows: [Row]
    let cursor: Int

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.height > 2 else { return }
        buffer.put(title, x: area.x + 1, y: area.y, limit: area.width - 2, style: .header)
        let shown = area.height - 2
        let top = max(0, min(cursor - shown / 2, rows.count - shown))
        let datesWidth = 18
        for (offset, row) in rows.dropFirst(top).prefix(shown).enumerated() {
            let y = area.y + 1 + offset
            let index = top + offset
            let style: Style = index == cursor ? .selected : row.isRoot ? .title : .normal
            if index == cursor { buffer.fill(x: area.x, y: y, count: area.width, style: .selected) }
            buffer.put(row.dates, x: area.x + 1, y: y, limit: datesWidth - 1, style: index == cursor ? .selected : .dim)
            let indent = 2 * abs(row.depth)
            let marker = row.isRoot ? "● " : row.depth < 0 ? "↑ " : "↓ "
            let x = area.x + 1 + datesWidth + indent
            let used = buffer.put(marker + row.title, x: x, y: y, limit: max(0, area.width - (x - area.x) - 1), style: style)
            if !row.reachedBy.isEmpty {
                buffer.put("  " + row.reachedBy, x: x + used, y: y, limit: max(0, area.width - (x + used - area.x) - 1),
                           style: index == cursor ? .selected : .dim)
            }
        }
        buffer.put("Enter go to it · f only this chain · + - depth · Backspace or Esc the list", x: area.x + 1,
                   y: area.y + area.height - 1, limit: area.width - 2, style: .dim)
    }
}
