import TimelineEngine

/// How the lanes chart divides time into points, from the timeline's first year: as
/// finely as the chart places dates (372 points a year, 31 days to a month, see
/// `LaneScale.year(of:end:)`), or more coarsely for a timeline of many centuries, so
/// that counting a lane never takes more than a megabyte.
struct LaneGrid: Sendable, Equatable {
    static let finest = 372
    static let maximumPoints = 1 << 17

    let firstYear: Int
    let pointsPerYear: Int
    /// How many points there are; the last one stands for everything after.
    let count: Int

    /// A grid for a chart over `bounds`, wide enough for its widest window (four years
    /// at least) from any first year.
    init(bounds: ClosedRange<Int>) {
        firstYear = bounds.lowerBound
        let years = max(4, bounds.count) + 1
        pointsPerYear = max(1, min(Self.finest, Self.maximumPoints / years))
        count = years * pointsPerYear + 1
    }

    /// The point a day starts at, or with `end`, the point just after it ends.
    func point(_ stamp: DayStamp, end: Bool = false) -> Int {
        let month = (stamp.value / 100) % 100
        let day = stamp.value % 100 - (end ? 0 : 1)
        let point = (stamp.year - firstYear) * pointsPerYear + ((month - 1) * 31 + day) * pointsPerYear / Self.finest
        return max(0, min(count - 1, point))
    }

    /// A point as a fractional year.
    func year(of point: Int) -> Double { Double(firstYear) + Double(point) / Double(pointsPerYear) }
}
