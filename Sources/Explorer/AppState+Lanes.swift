extension AppState {
    mutating func toggleLanes() {
        view = view == .list ? .lanes : .list
        if view == .lanes, let event = selectedEvent { bringIntoLanes(event) }
    }

    /// `h`/`l`: moves the lanes' window by a quarter of its span.
    mutating func scrollLanes(by direction: Int) {
        guard view == .lanes else { return }
        lanes.firstYear += direction * max(1, lanes.span / 4)
        clampLanes()
    }

    /// `+`/`-`: halves or doubles the years shown, around the selected event.
    mutating func zoomLanes(in zoomIn: Bool) {
        guard view == .lanes else { return }
        let center = selectedEvent.map { timeline.span(of: $0).earliestStart.year } ?? (lanes.firstYear + lanes.span / 2)
        let fullSpan = lanes.bounds.count
        lanes.span = zoomIn ? max(4, lanes.span / 2) : min(max(4, fullSpan), lanes.span * 2)
        lanes.firstYear = center - lanes.span / 2
        clampLanes()
    }

    /// Scrolls the lanes so the event's start year, and its first organization's lane, show.
    mutating func bringIntoLanes(_ event: Int) {
        let year = timeline.span(of: event).earliestStart.year
        if year < lanes.firstYear || year > lanes.lastYear {
            lanes.firstYear = year - lanes.span / 4
            clampLanes()
        }
        guard let organization = timeline.events[event].participants.first?.organization,
              let lane = laneOrganizations.firstIndex(where: { timeline.organizations[$0].id == organization })
        else { return }
        let rows = max(1, layout.main.height - 1)
        if lane < lanes.topLane { lanes.topLane = lane }
        if lane >= lanes.topLane + rows { lanes.topLane = lane - rows + 1 }
    }

    private mutating func clampLanes() {
        let latestFirst = max(lanes.bounds.lowerBound, lanes.bounds.upperBound - lanes.span + 1)
        lanes.firstYear = max(lanes.bounds.lowerBound, min(latestFirst, lanes.firstYear))
    }
}
