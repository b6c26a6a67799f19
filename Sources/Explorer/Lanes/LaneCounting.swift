import TimelineEngine

/// A lane's visible events being counted onto a `LaneGrid`, a slice at a time, so that
/// an organization with a great many events does not hold up a key.
struct LaneCounting: Sendable {
    let lane: OrganizationIndex
    /// The version of the filter whose listed events are counted.
    let filterVersion: Int
    private let events: [Int]
    private let grid: LaneGrid
    private var next = 0
    /// Bars counted +1 where they start and -1 after they end, to be summed.
    private(set) var barsStarting: [Int32]
    private(set) var marksAt: [Int32]
    private(set) var earliestOpen: Int?

    init(lane: OrganizationIndex, filterVersion: Int, grid: LaneGrid, events: [Int]) {
        self.lane = lane
        self.filterVersion = filterVersion
        self.events = events
        self.grid = grid
        barsStarting = Array(repeating: 0, count: grid.count + 1)
        marksAt = Array(repeating: 0, count: grid.count)
    }

    var isComplete: Bool { next == events.count }

    /// What the count is of: a lane under one filter.
    var key: [Int] { [lane.value, filterVersion] }

    /// Counts up to `budget` more events; how many it went through.
    mutating func count(upTo budget: Int, in list: EventListState, timeline: Timeline) -> Int {
        let slice = next..<min(events.count, next + budget)
        for event in events[slice] where list.lists(EventPosition(event)) {
            let span = timeline.span(of: event)
            let start = grid.point(span.earliestStart)
            if span.isSingleDay {
                marksAt[start] += 1
                continue
            }
            barsStarting[start] += 1
            if span.isOpen {
                earliestOpen = min(earliestOpen ?? start, start)
            } else {
                barsStarting[grid.point(span.latestEnd, end: true) + 1] -= 1
            }
        }
        next = slice.upperBound
        return slice.count
    }
}
