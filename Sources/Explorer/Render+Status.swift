import TimelineEngine
import TerminalText

extension ScreenBuffer {
    /// Where the selected event sits between the timeline's first and last years.
    mutating func drawTimeStrip(_ state: AppState, row: Int) {
        guard let years = state.timeline.yearRange, let selected = state.selectedEvent else { return }
        let first = " \(years.lowerBound) "
        let last = " \(years.upperBound) "
        let barX = first.count
        let barWidth = width - first.count - last.count
        guard barWidth > 4 else { return }
        put(first, x: 0, y: row, style: .dim)
        put(String(repeating: "─", count: barWidth), x: barX, y: row, style: .border)
        put(last, x: barX + barWidth, y: row, style: .dim)
        let dates = state.timeline.events[selected].dates
        func column(_ stamp: DayStamp) -> Int {
            let year = min(max(stamp.year, years.lowerBound), years.upperBound)
            let span = max(1, years.upperBound - years.lowerBound)
            return barX + (year - years.lowerBound) * (barWidth - 1) / span
        }
        let start = column(dates.earliestStart)
        let end = dates.latestEnd == .distantFuture ? barX + barWidth - 1 : column(dates.latestEnd)
        if end > start { put(String(repeating: "━", count: end - start), x: start + 1, y: row, style: .match) }
        put("●", x: start, y: row, style: .match)
    }

    /// The lanes view's bottom line: the selected event's dates and title.
    mutating func drawSelectionLine(_ state: AppState, row: Int) {
        guard let selected = state.selectedEvent else { return }
        let event = state.timeline.events[selected]
        let used = put(" " + event.dates.plainText + "  ", x: 0, y: row, style: .dim)
        put(event.title, x: used, y: row, style: .title)
    }

    mutating func drawStatus(_ state: AppState, row: Int) {
        fill(x: 0, y: row, count: width, style: .status)
        if case .searching(let input) = state.mode {
            let used = put("/" + input.text + "▏", x: 0, y: row, style: .status)
            put("  \(Self.matchSummary(state)) · Enter keep · Esc cancel", x: used, y: row, style: .status)
            return
        }
        if let message = state.message {
            put(" " + message.text, x: 0, y: row, style: message.isWarning ? .warning : .message)
            return
        }
        let total = state.timeline.events.count
        var text = state.filter.isEmpty ? " \(total) events" : " \(state.visible.count) of \(total) events"
        if let filter = state.filterDescription { text += " · " + filter }
        if !state.pattern.isEmpty { text += " · “\(state.search)” " + Self.matchSummary(state) }
        if !state.history.back.isEmpty { text += " · [ back" }
        put(text, x: 0, y: row, style: .status)
        let hint = "o orgs  / search  q quit "
        if width - TerminalWidth.of(text) > hint.count + 2 {
            put(hint, x: width - hint.count, y: row, style: .status)
        }
    }

    /// "12 matching", or how far a long search has got.
    private static func matchSummary(_ state: AppState) -> String {
        guard let progress = state.searchProgress else { return "\(state.matchCount) matching" }
        return "searching… \(Int(progress * 100))%"
    }
}
