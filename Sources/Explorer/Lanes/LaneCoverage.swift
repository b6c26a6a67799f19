import TimelineEngine

/// Where one organization's visible events lie on the lanes chart, counted so that
/// any stretch of time is read in constant time: a lane is drawn at any scroll and
/// zoom without going through its events again.
///
/// Time is measured in the points of a `LaneGrid`. A bar covers the points from the
/// start of its first day to the end of its last, both included.
struct LaneCoverage: Sendable, Equatable {
    /// How many points before each point lie under a bar.
    private let barredBefore: [Int32]
    /// How many single-day events start before each point.
    private let marksBefore: [Int32]
    /// The first point of the earliest open event, whose bar runs past the chart's edge.
    private let earliestOpen: Int?

    /// The coverage a complete count gives.
    init(_ counted: LaneCounting) {
        let count = counted.marksAt.count
        var barredBefore = [Int32](repeating: 0, count: count + 1)
        var marksBefore = [Int32](repeating: 0, count: count + 1)
        var bars: Int32 = 0
        for point in 0..<count {
            bars += counted.barsStarting[point]
            barredBefore[point + 1] = barredBefore[point] + (bars > 0 ? 1 : 0)
            marksBefore[point + 1] = marksBefore[point] + counted.marksAt[point]
        }
        self.barredBefore = barredBefore
        self.marksBefore = marksBefore
        earliestOpen = counted.earliestOpen
    }

    /// Whether any bar covers a point of `points`.
    func hasBar(in points: Range<Int>) -> Bool { count(barredBefore, points) > 0 }

    /// Whether a single-day event starts at a point of `points`.
    func hasMark(in points: Range<Int>) -> Bool { count(marksBefore, points) > 0 }

    /// Whether an open event starts before `point`.
    func hasOpenEvent(before point: Int) -> Bool { earliestOpen.map { $0 < point } ?? false }

    private func count(_ before: [Int32], _ points: Range<Int>) -> Int32 {
        let lower = max(0, min(before.count - 1, points.lowerBound))
        let upper = max(lower, min(before.count - 1, points.upperBound))
        return before[upper] - before[lower]
    }
}
