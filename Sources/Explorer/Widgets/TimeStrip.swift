import TimelineEngine

/// Where the selected event sits between the timeline's first and last years: a line
/// from one to the other, with a dot at its start and a bar over its span.
struct TimeStrip: Widget {
    let years: ClosedRange<Int>
    let dates: EventDates

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let first = " \(years.lowerBound) "
        let last = " \(years.upperBound) "
        let barX = area.x + first.count
        let barWidth = area.width - first.count - last.count
        guard barWidth > 4 else { return }
        buffer.put(first, x: area.x, y: area.y, style: .dim)
        buffer.put(String(repeating: "─", count: barWidth), x: barX, y: area.y, style: .border)
        buffer.put(last, x: barX + barWidth, y: area.y, style: .dim)
        func column(_ stamp: DayStamp) -> Int {
            let year = min(max(stamp.year, years.lowerBound), years.upperBound)
            let span = max(1, years.upperBound - years.lowerBound)
            return barX + (year - years.lowerBound) * (barWidth - 1) / span
        }
        let start = column(dates.earliestStart)
        let end = dates.latestEnd == .distantFuture ? barX + barWidth - 1 : column(dates.latestEnd)
        if end > start { buffer.put(String(repeating: "━", count: end - start), x: start + 1, y: area.y, style: .match) }
        buffer.put("●", x: start, y: area.y, style: .match)
    }
}

/// The lanes view's bottom line: the selected event's dates and title.
struct SelectionLine: Widget {
    let dates: String
    let title: String

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let used = buffer.put(" " + dates + "  ", x: area.x, y: area.y, style: .dim)
        buffer.put(title, x: area.x + used, y: area.y, limit: area.width - used, style: .title)
    }
}
