/// The lanes view: the years it shows, its lanes, and each lane's events as counted.
public struct LanesState: Sendable {
    public internal(set) var viewport: LaneViewport
    /// The organizations with at least one listed event, in the timeline's order.
    public internal(set) var organizations: [OrganizationIndex] = []
    /// Whether each lane is followed by a row per event in view.
    public internal(set) var isOpenedOut = false
    /// Each counted lane's coverage, for the filter of version `coverageVersion`.
    private(set) var coverage: [OrganizationIndex: LaneCoverage] = [:]
    private(set) var coverageVersion = -1

    init(years: ClosedRange<Int>) {
        viewport = LaneViewport(years: years)
    }

    /// The lane's coverage if it was counted under the filter of `version`.
    func coverage(of lane: OrganizationIndex, filterVersion version: Int) -> LaneCoverage? {
        coverageVersion == version ? coverage[lane] : nil
    }

    /// Keeps a lane counted under the filter of `version`; a new version drops the others.
    mutating func store(_ lane: LaneCoverage, for organization: OrganizationIndex, filterVersion version: Int) {
        if coverageVersion != version {
            coverage = [:]
            coverageVersion = version
        }
        coverage[organization] = lane
    }
}

/// The span of years the lanes view shows, and its first lane.
public struct LaneViewport: Sendable, Equatable {
    public internal(set) var firstYear: Int
    public internal(set) var span: Int
    public internal(set) var topLane = 0
    let bounds: ClosedRange<Int>

    init(years: ClosedRange<Int>) {
        bounds = years
        firstYear = years.lowerBound
        span = max(4, years.count)
    }

    public var lastYear: Int { firstYear + span - 1 }

    /// Keeps the window within the timeline's years.
    mutating func clamp() {
        let latestFirst = max(bounds.lowerBound, bounds.upperBound - span + 1)
        firstYear = max(bounds.lowerBound, min(latestFirst, firstYear))
    }
}
