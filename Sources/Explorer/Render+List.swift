import TimelineEngine
import TerminalText

extension ScreenBuffer {
    static let dateColumn = 18

    mutating func drawList(_ state: AppState, _ rect: Layout.Rect) {
        put(String(repeating: " ", count: rect.width), x: rect.x, y: rect.y, style: .header)
        put("DATES", x: rect.x + 1, y: rect.y, style: .header)
        put("EVENT", x: rect.x + 2 + Self.dateColumn, y: rect.y, style: .header)
        guard !state.visible.isEmpty else {
            put("No event matches the filter; x clears it.", x: rect.x + 1, y: rect.y + 2, limit: rect.width - 2, style: .dim)
            return
        }
        let terms = state.pattern.words
        let rows = min(state.layout.listRows, state.visible.count - state.scrollTop)
        for offset in 0..<max(0, rows) {
            let row = state.scrollTop + offset
            drawListRow(state, row: row, y: rect.y + 1 + offset, rect: rect, terms: terms)
        }
    }

    private mutating func drawListRow(_ state: AppState, row: Int, y: Int, rect: Layout.Rect, terms: [String]) {
        let timeline = state.timeline
        let event = timeline.events[state.visible[row]]
        let isSelected = row == state.selectedRow
        let rowStyle: Style? = isSelected ? (state.focus == .list ? .selected : .selectedInactive) : nil
        if let rowStyle { fill(x: rect.x, y: y, count: rect.width, style: rowStyle) }
        put(event.dates.plainText, x: rect.x + 1, y: y, limit: Self.dateColumn, style: rowStyle ?? .dim)

        let tagsWidth = min(rect.width / 4, event.organizationIDs.joined(separator: " ").count + 1)
        let titleX = rect.x + 2 + Self.dateColumn
        let titleRoom = rect.x + rect.width - titleX - tagsWidth - 1
        let used = put(event.title, x: titleX, y: y, limit: titleRoom, style: rowStyle ?? .normal)
        if !terms.isEmpty, state.matchesSearch(state.visible[row]) {
            highlight(event.title, terms: terms, x: titleX, y: y, columns: used)
        }
        putTags(event.organizationIDs, in: timeline, x: rect.x + rect.width - tagsWidth, y: y,
                limit: tagsWidth, style: rowStyle)
    }

    /// Restyles the cells of a drawn text where search terms occur.
    private mutating func highlight(_ text: String, terms: [String], x: Int, y: Int, columns: Int) {
        let shown = DisplayText.safe(text)
        let offsets = SearchHighlight.offsets(in: shown, terms: terms)
        var column = x
        for (offset, character) in shown.enumerated() {
            let width = TerminalWidth.of(character)
            guard column + width <= x + columns else { break }
            if offsets.contains(offset) { restyle(x: column, y: y, count: width, style: .match) }
            column += width
        }
    }
}
