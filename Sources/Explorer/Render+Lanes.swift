import TimelineEngine

extension ScreenBuffer {
    static let laneLabelWidth = 8

    /// The Gantt-like chart: a year axis, then one lane per organization with a bar
    /// for each visible event within the years shown.
    mutating func drawLanes(_ state: AppState, _ rect: Layout.Rect) {
        let chartX = rect.x + Self.laneLabelWidth
        let chartWidth = rect.width - Self.laneLabelWidth - 1
        guard chartWidth > 8, rect.height > 2 else { return }
        let viewport = state.lanes
        let scale = LaneScale(firstYear: viewport.firstYear, span: viewport.span, x: chartX, width: chartWidth)
        drawAxis(scale, y: rect.y)
        let rows = rect.height - 1
        let lanes = state.laneOrganizations.dropFirst(viewport.topLane).prefix(rows)
        for (offset, organizationIndex) in lanes.enumerated() {
            let y = rect.y + 1 + offset
            let organization = state.timeline.organizations[organizationIndex]
            let slot = Self.paletteSlot(of: organization.id, in: state.timeline)
            put(organization.id, x: rect.x, y: y, limit: Self.laneLabelWidth - 1, style: .organization(slot))
            put(String(repeating: "·", count: chartWidth), x: chartX, y: y, style: .border)
            var selectedBar: (event: Int, y: Int)?
            for event in state.timeline.events(ofOrganization: organization.id) where state.isVisible[event] {
                if event == state.selectedEvent { selectedBar = (event, y) }
                drawBar(state.timeline.events[event].dates, scale, y: y, style: .organization(slot))
            }
            if let selectedBar {
                drawBar(state.timeline.events[selectedBar.event].dates, scale, y: selectedBar.y, style: .selected)
            }
        }
        if state.laneOrganizations.count > viewport.topLane + rows {
            put("↓ more lanes", x: rect.x + rect.width - 13, y: rect.y + rect.height - 1, style: .dim)
        }
    }

    private mutating func drawAxis(_ scale: LaneScale, y: Int) {
        let step = [1, 2, 5, 10, 20, 25, 50, 100].first { Double($0) * scale.columnsPerYear >= 6 } ?? 100
        var year = (scale.firstYear + step - 1) / step * step
        while year <= scale.firstYear + scale.span {
            let x = scale.column(year: Double(year))
            if x >= scale.x, x + 4 <= scale.x + scale.width { put("\(year)", x: x, y: y, style: .header) }
            year += step
        }
    }

    private mutating func drawBar(_ dates: EventDates, _ scale: LaneScale, y: Int, style: Style) {
        let start = scale.column(year: LaneScale.year(of: dates.earliestStart))
        let isOpen = dates.latestEnd == .distantFuture
        let end = isOpen ? scale.x + scale.width - 1 : scale.column(year: LaneScale.year(of: dates.latestEnd, end: true))
        guard end >= scale.x, start < scale.x + scale.width else { return }
        let from = max(scale.x, start)
        let to = min(scale.x + scale.width - 1, end)
        if dates.start.precision == .day, case .unknown = dates.end {
            put("◆", x: from, y: y, style: style)
            return
        }
        put(String(repeating: "━", count: max(1, to - from + 1)), x: from, y: y, style: style)
        if isOpen { put("▶", x: to, y: y, style: style) }
    }
}

/// Maps years to columns of the lanes chart.
struct LaneScale {
    let firstYear: Int
    let span: Int
    let x: Int
    let width: Int

    var columnsPerYear: Double { Double(width) / Double(span) }

    func column(year: Double) -> Int {
        x + Int(((year - Double(firstYear)) * columnsPerYear).rounded(.down))
    }

    /// A day as a fractional year; an end counts to the close of its day.
    static func year(of stamp: DayStamp, end: Bool = false) -> Double {
        let month = (stamp.value / 100) % 100
        let day = stamp.value % 100
        return Double(stamp.year) + (Double(month - 1) + Double(day - (end ? 0 : 1)) / 31) / 12
    }
}
