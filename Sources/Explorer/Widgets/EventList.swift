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

    /// The widest the organizations' column grows: a fifth of the list, enough for
    /// "AU ECOWAS +3" at 80 columns, so that the title keeps most of the row.
    static func organizationsBudget(width: Int) -> Int { max(8, min(24, width / 5)) }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(x: area.x, y: area.y, count: area.width, style: .header)
        buffer.put("DATES", x: area.x + 1, y: area.y, style: .header)
        buffer.put("EVENT", x: area.x + 2 + Self.dateColumn, y: area.y, style: .header)
        guard !rows.isEmpty else {
            buffer.put("No event matches the filter; x clears it.", x: area.x + 1, y: area.y + 2, limit: area.width - 2,
                       style: .dim)
            return
        }
        let shown = rows.prefix(max(0, area.height - 1))
        // One width for the organizations on screen, so that every column lines up.
        let budget = Self.organizationsBudget(width: area.width)
        let tagsWidth = shown.map { OrganizationTags(tags: $0.organizations).fitting(in: budget).columns }.max() ?? 0
        for (offset, row) in shown.enumerated() {
            let rowStyle: Style? = offset == selected ? (isFocused ? .selected : .selectedInactive) : nil
            draw(row, y: area.y + 1 + offset, area: area, tagsWidth: tagsWidth, style: rowStyle, into: &buffer)
        }
    }

    private func draw(_ row: Row, y: Int, area: Rect, tagsWidth: Int, style rowStyle: Style?,
                      into buffer: inout ScreenBuffer) {
        if let rowStyle { buffer.fill(x: area.x, y: y, count: area.width, style: rowStyle) }
        buffer.put(row.dates, x: area.x + 1, y: y, limit: Self.dateColumn, style: rowStyle ?? .dim)
        let titleX = area.x + 2 + Self.dateColumn
        let tagsX = area.x + area.width - tagsWidth - 1
        let used = buffer.put(row.title, x: titleX, y: y, limit: tagsX - 1 - titleX, style: rowStyle ?? .normal)
        if !row.highlighted.isEmpty { highlight(row, x: titleX, y: y, columns: used, into: &buffer) }
        OrganizationTags(tags: row.organizations, style: rowStyle)
            .render(into: &buffer, area: Rect(x: tagsX, y: y, width: tagsWidth, height: 1))
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

/// Organizations in a row ("EU UN"), each in its color unless a row style covers them;
/// those that do not fit are counted at the end ("EU UN +3"), never dropped unsaid.
struct OrganizationTags: Widget {
    let tags: [OrganizationTag]
    var style: Style?

    /// How many tags show within `width` columns, the count of the others after them,
    /// and the columns that takes.
    func fitting(in width: Int) -> (shown: Int, columns: Int) {
        var widths = [0]
        for tag in tags { widths.append(widths.last! + TerminalWidth.of(tag.id) + (widths.count > 1 ? 1 : 0)) }
        for shown in stride(from: tags.count, through: 0, by: -1) {
            let rest = tags.count - shown
            let columns = widths[shown] + (rest == 0 ? 0 : (shown == 0 ? 0 : 1) + "+\(rest)".count)
            if columns <= width { return (shown, columns) }
        }
        return (0, 0)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let (shown, _) = fitting(in: area.width)
        var used = 0
        for tag in tags.prefix(shown) {
            used += buffer.put(tag.id, x: area.x + used, y: area.y, style: style ?? .organization(tag.color)) + 1
        }
        if shown < tags.count { buffer.put("+\(tags.count - shown)", x: area.x + used, y: area.y, style: style ?? .dim) }
    }
}
