import TerminalText

/// The chronological list: a column header, then one row per event on screen with its
/// dates, title (search terms highlighted) and organizations.
struct EventList: Widget {
    struct Row {
        let dates: String
        let title: String
        let organizations: [OrganizationTag]
        /// The characters of the title (as shown) that a search matched.
        let highlighted: Set<Int>
    }

    static let dateColumn = 18

    /// The rows on screen, from the first one shown.
    let rows: [Row]
    /// Which of `rows` is selected, if it is on screen.
    let selected: Int?
    let isFocused: Bool

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(x: area.x, y: area.y, count: area.width, style: .header)
        buffer.put("DATES", x: area.x + 1, y: area.y, style: .header)
        buffer.put("EVENT", x: area.x + 2 + Self.dateColumn, y: area.y, style: .header)
        guard !rows.isEmpty else {
            buffer.put("No event matches the filter; x clears it.", x: area.x + 1, y: area.y + 2, limit: area.width - 2,
                       style: .dim)
            return
        }
        for (offset, row) in rows.prefix(max(0, area.height - 1)).enumerated() {
            let rowStyle: Style? = offset == selected ? (isFocused ? .selected : .selectedInactive) : nil
            draw(row, y: area.y + 1 + offset, area: area, style: rowStyle, into: &buffer)
        }
    }

    private func draw(_ row: Row, y: Int, area: Rect, style rowStyle: Style?, into buffer: inout ScreenBuffer) {
        if let rowStyle { buffer.fill(x: area.x, y: y, count: area.width, style: rowStyle) }
        buffer.put(row.dates, x: area.x + 1, y: y, limit: Self.dateColumn, style: rowStyle ?? .dim)
        let tags = OrganizationTags(tags: row.organizations, style: rowStyle)
        let tagsWidth = min(area.width / 4, tags.naturalWidth + 1)
        let titleX = area.x + 2 + Self.dateColumn
        let titleRoom = area.x + area.width - titleX - tagsWidth - 1
        let used = buffer.put(row.title, x: titleX, y: y, limit: titleRoom, style: rowStyle ?? .normal)
        if !row.highlighted.isEmpty { highlight(row, x: titleX, y: y, columns: used, into: &buffer) }
        tags.render(into: &buffer, area: Rect(x: area.x + area.width - tagsWidth, y: y, width: tagsWidth, height: 1))
    }

    /// Restyles the cells of the drawn title where the search matched.
    private func highlight(_ row: Row, x: Int, y: Int, columns: Int, into buffer: inout ScreenBuffer) {
        var column = x
        for (offset, character) in DisplayText.safe(row.title).enumerated() {
            let width = TerminalWidth.of(character)
            guard column + width <= x + columns else { break }
            if row.highlighted.contains(offset) { buffer.restyle(x: column, y: y, count: width, style: .match) }
            column += width
        }
    }
}

/// An organization named in its color.
struct OrganizationTag: Equatable {
    let id: String
    let color: PaletteColor
}

/// Organizations in a row ("EU UN"), each in its color unless a row style covers them.
struct OrganizationTags: Widget {
    let tags: [OrganizationTag]
    var style: Style?

    /// The columns all the tags take, with a space between two.
    var naturalWidth: Int { tags.reduce(0) { $0 + TerminalWidth.of($1.id) } + max(0, tags.count - 1) }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        var used = 0
        for tag in tags {
            let room = area.width - used
            guard room > tag.id.count else { break }
            used += buffer.put(tag.id, x: area.x + used, y: area.y, limit: room, style: style ?? .organization(tag.color))
            used += 1
        }
    }
}
