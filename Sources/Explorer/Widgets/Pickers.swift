/// A list to tick entries of: a tick box, the entry (an organization in its color, its
/// bodies indented), a name and how many events it has.
struct TickListBox: Widget {
    struct Row {
        let isTicked: Bool
        let isIndented: Bool
        let tag: OrganizationTag?
        let name: String
        let count: Int
    }

    let title: String
    let footer: String
    let rows: [Row]
    let cursor: Int

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let box = OverlayBox(title: title, footer: footer, contentHeight: rows.count)
        box.render(rows: rows.count, cursor: cursor, into: &buffer, area: area) { index, line, isCursor, buffer in
            let row = rows[index]
            let tick = (row.isTicked ? "[x] " : "[ ] ") + (row.isIndented ? "  " : "")
            let x = line.x + buffer.put(tick, x: line.x, y: line.y, style: isCursor ? .selected : .normal)
            if let tag = row.tag {
                buffer.put(tag.id, x: x, y: line.y, limit: 8, style: isCursor ? .selected : .organization(tag.color))
            }
            let nameX = row.tag == nil ? x : line.x + 14
            let count = " \(row.count)"
            buffer.put(row.name, x: nameX, y: line.y, limit: line.x + line.width - nameX - count.count,
                       style: isCursor ? .selected : .normal)
            buffer.put(count, x: line.x + line.width - count.count, y: line.y, style: isCursor ? .selected : .dim)
        }
    }
}

/// A list in a box with one line per entry, a count on the right of each, and a cursor:
/// the chapters and the events overlapping the selected one.
struct ListBox: Widget {
    struct Row {
        /// Shown in a column of its own before the label, dimmed (the overlaps' dates).
        var lead: String?
        let label: String
        var count: Int?
    }

    let title: String
    let footer: String
    let rows: [Row]
    let cursor: Int
    /// The width of the `lead` column.
    var leadWidth = 0

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let box = OverlayBox(title: title, footer: footer, contentHeight: rows.count)
        box.render(rows: rows.count, cursor: cursor, into: &buffer, area: area) { index, line, isCursor, buffer in
            let row = rows[index]
            var x = line.x
            if let lead = row.lead {
                buffer.put(lead, x: x, y: line.y, limit: leadWidth, style: isCursor ? .selected : .dim)
                x += leadWidth + 1
            }
            let count = row.count.map { " \($0)" } ?? ""
            buffer.put(row.label, x: x, y: line.y, limit: line.x + line.width - x - count.count,
                       style: isCursor ? .selected : .normal)
            buffer.put(count, x: line.x + line.width - count.count, y: line.y, style: isCursor ? .selected : .dim)
        }
    }
}

/// The keys, generated from the key map, scrolled from `top`.
struct HelpBox: Widget {
    let lines: [Help.Line]
    let top: Int

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let box = OverlayBox(title: "Keys", footer: "j/k scroll · any other key closes", contentHeight: lines.count,
                             maxWidth: 90)
        box.render(into: &buffer, area: area)
        let inner = box.inner(of: area)
        let first = min(top, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(first).prefix(max(0, inner.height)).enumerated() {
            let y = inner.y + offset
            if line.isTitle {
                buffer.put(line.text, x: inner.x, y: y, style: .header)
            } else {
                buffer.put(line.keys, x: inner.x + 1, y: y, limit: 16, style: .title)
                buffer.put(line.text, x: inner.x + 18, y: y, limit: inner.width - 18)
            }
        }
    }
}
