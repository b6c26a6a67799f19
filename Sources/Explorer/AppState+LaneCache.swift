/// The coverage of each lane drawn so far under one filter, kept in the state so that
/// moving, scrolling and zooming redraw the lanes without going through the events.
struct LaneCache: Sendable {
    let filterVersion: Int
    /// By organization index.
    var coverage: [Int: LaneCoverage] = [:]
    /// The lane being counted, if its events take more than one turn.
    var counting: LaneCounting?
}

extension AppState {
    /// The lanes (organization indexes) that fit on screen from the first one shown.
    var visibleLanes: [Int] {
        Array(laneOrganizations.dropFirst(lanes.topLane).prefix(max(0, layout.main.height - 1)))
    }

    /// One raster per visible lane, or nil for a lane whose events are not counted yet.
    func laneRasters() -> [LaneRaster?] {
        guard let scale = LaneScale(lanes, area: layout.main) else { return [] }
        let firstPoints = scale.firstPoints(on: LaneGrid(bounds: lanes.bounds))
        return visibleLanes.map { lane in
            currentLaneCache?.coverage[lane].map { LaneRaster($0, firstPoints: firstPoints) }
        }
    }

    /// The visible lanes whose coverage is not in the cache.
    var lanesToCount: [Int] {
        guard view == .lanes else { return [] }
        return visibleLanes.filter { currentLaneCache?.coverage[$0] == nil }
    }

    /// Counts the events of lanes that came into view, a slice of events per turn.
    mutating func refreshLaneCache() {
        var lanes = lanesToCount[...]
        guard !lanes.isEmpty else { return }
        var cache = currentLaneCache ?? LaneCache(filterVersion: filterVersion)
        let grid = LaneGrid(bounds: self.lanes.bounds)
        var budget = workSlice
        while budget > 0, let lane = lanes.first {
            var counting = cache.counting.flatMap { $0.lane == lane ? $0 : nil }
                ?? LaneCounting(lane: lane, events: timeline.events(ofOrganization: timeline.organizations[lane].id), grid: grid)
            budget -= max(1, counting.count(upTo: budget, in: self))
            guard counting.isComplete else {
                cache.counting = counting
                break
            }
            cache.coverage[lane] = LaneCoverage(counting)
            cache.counting = nil
            lanes = lanes.dropFirst()
        }
        laneCache = cache
    }

    /// The cache, if it was filled under the current filter.
    private var currentLaneCache: LaneCache? {
        laneCache.flatMap { $0.filterVersion == filterVersion ? $0 : nil }
    }
}
