/// The lanes as drawn for one scale, filter and scroll position, kept in the state so
/// that moving the selection redraws them without scanning every event again.
struct LaneCache: Sendable {
    struct Key: Equatable, Sendable {
        let scale: LaneScale
        let lanes: [Int]
        let filterVersion: Int
    }

    let key: Key
    let rasters: [LaneRaster]
}

extension AppState {
    /// The lanes (organization indexes) that fit on screen from the first one shown.
    var visibleLanes: [Int] {
        Array(laneOrganizations.dropFirst(lanes.topLane).prefix(max(0, layout.main.height - 1)))
    }

    private var laneCacheKey: LaneCache.Key? {
        LaneScale(self).map { LaneCache.Key(scale: $0, lanes: visibleLanes, filterVersion: filterVersion) }
    }

    /// One raster per visible lane, from the cache when it still fits.
    func laneRasters() -> [LaneRaster] {
        guard let key = laneCacheKey else { return [] }
        if let cache = laneCache, cache.key == key { return cache.rasters }
        return key.lanes.map { lane in
            LaneRaster(timeline.events(ofOrganization: timeline.organizations[lane].id), in: self, scale: key.scale)
        }
    }

    /// Brings the cache up to date after an action, in the lanes view only.
    mutating func refreshLaneCache() {
        guard view == .lanes, let key = laneCacheKey, laneCache?.key != key else { return }
        laneCache = LaneCache(key: key, rasters: laneRasters())
    }
}
