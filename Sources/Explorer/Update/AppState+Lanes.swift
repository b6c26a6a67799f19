import TimelineEngine

extension AppState {
    mutating func toggleLanes() {
        view = view == .list ? .lanes : .list
        if view == .lanes, let event = selectedEvent { bringIntoLanes(event) }
    }

    /// `h`/`l`: moves the lanes' window by a quarter of its span.
    mutating func scrollLanes(by direction: Int) {
        guard view == .lanes else { return }
        lanes.viewport.firstYear += direction * max(1, lanes.viewport.span / 4)
        lanes.viewport.clamp()
    }

    /// `+`/`-`: halves or doubles the years shown, around the selected event.
    mutating func zoomLanes(in zoomIn: Bool) {
        guard view == .lanes else { return }
        var viewport = lanes.viewport
        let center = selectedEvent.map { timeline.span(of: $0.value).earliestStart.year } ?? (viewport.firstYear + viewport.span / 2)
        viewport.span = zoomIn ? max(4, viewport.span / 2) : min(max(4, viewport.bounds.count), viewport.span * 2)
        viewport.firstYear = center - viewport.span / 2
        viewport.clamp()
        lanes.viewport = viewport
    }

    /// Scrolls the lanes so the event's start year, and its first organization's lane, show.
    mutating func bringIntoLanes(_ event: EventPosition) {
        let year = timeline.span(of: event.value).earliestStart.year
        if year < lanes.viewport.firstYear || year > lanes.viewport.lastYear {
            lanes.viewport.firstYear = year - lanes.viewport.span / 4
            lanes.viewport.clamp()
        }
        guard let organization = timeline[event: event].participants.first?.organization,
              let lane = lanes.organizations.firstIndex(where: { timeline.organizations[$0.value].id == organization })
        else { return }
        if lane < lanes.viewport.topLane { lanes.viewport.topLane = lane }
        // Opened out, a lane's rows vary: the selected event's lane goes to the top when out of sight.
        if lanes.isOpenedOut {
            if !visibleLanes.contains(lanes.organizations[lane]) { lanes.viewport.topLane = lane }
        } else if lane >= lanes.viewport.topLane + max(1, laneRows) {
            lanes.viewport.topLane = lane - max(1, laneRows) + 1
        }
    }

    /// The rows of the chart between its axis and its legend.
    var laneRows: Int { max(0, layout.main.height - 2) }

    /// The lanes on screen from the first one shown: fewer when lanes are opened out,
    /// since their events take rows too.
    var visibleLanes: [OrganizationIndex] {
        let lanes = Array(self.lanes.organizations.dropFirst(self.lanes.viewport.topLane).prefix(laneRows))
        guard self.lanes.isOpenedOut, let scale = LaneScale(self.lanes.viewport, area: layout.main) else { return lanes }
        var rows = 0
        return Array(lanes.prefix { lane in
            defer { rows += 1 + eventsInView(of: lane, scale: scale, limit: laneRows - rows).count }
            return rows < laneRows
        })
    }

    /// The listed events of a lane that show in the years in view, at most `limit`.
    func eventsInView(of lane: OrganizationIndex, scale: LaneScale, limit: Int) -> [(EventPosition, LaneSpan)] {
        guard limit > 0 else { return [] }
        var found = [(EventPosition, LaneSpan)]()
        for event in timeline.events(ofOrganization: timeline.organizations[lane.value].id) {
            let position = EventPosition(event)
            let timeSpan = timeline.span(of: event)
            // In timeline order, so no later event starts before the window ends.
            if timeSpan.earliestStart.year > scale.firstYear + scale.span { break }
            guard list.lists(position), let span = LaneSpan(timeSpan, scale) else { continue }
            found.append((position, span))
            if found.count == limit { break }
        }
        return found
    }

    /// `e`: a row per event under each lane, or one row a lane.
    mutating func toggleOpenedOut() {
        guard view == .lanes else { return }
        lanes.isOpenedOut.toggle()
        if let event = selectedEvent { bringIntoLanes(event) }
    }

    /// One raster per visible lane, or nil for a lane whose events are not counted yet.
    func laneRasters() -> [LaneRaster?] {
        guard let scale = LaneScale(lanes.viewport, area: layout.main) else { return [] }
        let firstPoints = scale.firstPoints(on: LaneGrid(bounds: lanes.viewport.bounds))
        return visibleLanes.map { lane in
            lanes.coverage(of: lane, filterVersion: filter.version).map { LaneRaster($0, firstPoints: firstPoints) }
        }
    }

    /// The visible lanes whose events are not counted yet.
    var lanesToCount: [OrganizationIndex] {
        guard view == .lanes else { return [] }
        return visibleLanes.filter { lanes.coverage(of: $0, filterVersion: filter.version) == nil }
    }

    /// Counts the events of the lanes in view that are not counted yet, a slice of
    /// events per turn, going on with `current` if it is still wanted; the count left
    /// unfinished, if any.
    mutating func countLanes(continuing current: LaneCounting?) -> LaneCounting? {
        var missing = lanesToCount
        guard !missing.isEmpty else { return nil }
        let grid = LaneGrid(bounds: lanes.viewport.bounds)
        var counting = current.flatMap { $0.filterVersion == filter.version && missing.contains($0.lane) ? $0 : nil }
        var budget = workSlice
        while let lane = counting?.lane ?? missing.first {
            var lane = counting ?? LaneCounting(lane: lane, filterVersion: filter.version, grid: grid,
                                                events: timeline.events(ofOrganization: timeline.organizations[lane.value].id))
            guard budget > 0 else { return lane }
            budget -= max(1, lane.count(upTo: budget, in: list, timeline: timeline))
            guard lane.isComplete else { return lane }
            lanes.store(LaneCoverage(lane), for: lane.lane, filterVersion: filter.version)
            counting = nil
            missing = lanesToCount
        }
        return nil
    }
}
