import Algorithms
import TimelineEngine

/// The events a list holds, in timeline order: every event of the timeline, kept as a
/// count so that showing them all allocates nothing, or those a filter lets through.
public struct ListedEvents: RandomAccessCollection, Sendable {
    enum Storage: Sendable {
        case all(count: Int)
        /// Positions in timeline order, as the timeline's queries give them.
        case some([Int])
    }

    let storage: Storage

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .all(let count): count
        case .some(let events): events.count
        }
    }

    public subscript(row: Int) -> EventPosition {
        switch storage {
        case .all: EventPosition(row)
        case .some(let positions): EventPosition(positions[row])
        }
    }

    /// A search through these events.
    func scan(for pattern: SearchPattern, in timeline: Timeline) -> MatchScan {
        switch storage {
        case .all: timeline.scanAll(for: pattern)
        case .some(let positions): timeline.scan(positions, for: pattern)
        }
    }
}

/// The list the filter lets through: which events it holds, which is selected, and
/// where it is scrolled to.
public struct EventListState: Sendable {
    /// The events the filter lets through, in timeline order.
    public private(set) var events = ListedEvents(storage: .all(count: 0))
    /// Whether each event passes the filter, by position; empty when every event does.
    private var contains: [Bool] = []
    public private(set) var selected = VisibleRow(0)
    /// The first row on screen.
    public private(set) var top = VisibleRow(0)
    /// The organization `{` and `}` step through, kept while its events are visited.
    var walkedOrganization: String?

    /// The selected event, if any event is listed.
    public var selectedEvent: EventPosition? { events.isEmpty ? nil : events[selected.value] }

    /// Whether `event` is listed.
    func lists(_ event: EventPosition) -> Bool {
        switch events.storage {
        case .all(let count): event.value < count
        case .some: event.value < contains.count && contains[event.value]
        }
    }

    /// The row of an event, if it is listed.
    func row(of event: EventPosition) -> VisibleRow? {
        guard lists(event) else { return nil }
        if case .all = events.storage { return VisibleRow(event.value) }
        let row = events.partitioningIndex { $0 >= event }
        return row < events.count && events[row] == event ? VisibleRow(row) : nil
    }

    /// Lists every event of a timeline of `total`.
    mutating func showAll(of total: Int, rows: Int) {
        contains = []
        show(ListedEvents(storage: .all(count: total)), rows: rows)
    }

    /// Lists the events at `positions` (in timeline order), those of a timeline of
    /// `total` that a filter lets through.
    mutating func show(positions: [Int], of total: Int, rows: Int) {
        contains = Array(repeating: false, count: total)
        for position in positions { contains[position] = true }
        show(ListedEvents(storage: .some(positions)), rows: rows)
    }

    /// Keeps the selection on the event it was on or, if that one is gone, on the next
    /// one in time.
    private mutating func show(_ listed: ListedEvents, rows: Int) {
        let previous = selectedEvent
        events = listed
        let row = previous.map { event in events.partitioningIndex { $0 >= event } } ?? 0
        selected = VisibleRow(max(0, min(row, events.count - 1)))
        top = VisibleRow(max(0, selected.value - rows / 2))
    }

    /// Selects a row, kept within the list.
    mutating func select(_ row: VisibleRow) {
        guard !events.isEmpty else { return }
        selected = VisibleRow(max(0, min(events.count - 1, row.value)))
    }

    /// Scrolls so that the selection shows among `rows` rows, with a little context.
    mutating func keepSelectionVisible(rows: Int) {
        let margin = min(2, (rows - 1) / 2)
        var first = top.value
        if selected.value - margin < first { first = selected.value - margin }
        if selected.value + margin >= first + rows { first = selected.value + margin - rows + 1 }
        top = VisibleRow(max(0, min(first, max(0, events.count - rows))))
    }
}
