import Algorithms

/// The list the filter lets through: which events it holds, which is selected, and
/// where it is scrolled to.
public struct EventListState: Sendable {
    /// The events the filter lets through, in timeline order.
    public private(set) var events: [EventPosition] = []
    /// Whether each event passes the filter, by position.
    private(set) var contains: [Bool] = []
    public private(set) var selected = VisibleRow(0)
    /// The first row on screen.
    public private(set) var top = VisibleRow(0)
    /// The organization `{` and `}` step through, kept while its events are visited.
    var walkedOrganization: String?

    /// The selected event, if any event is listed.
    public var selectedEvent: EventPosition? { events.isEmpty ? nil : events[selected.value] }

    /// Whether `event` is listed.
    func lists(_ event: EventPosition) -> Bool { event.value < contains.count && contains[event.value] }

    /// The row of an event, if it is listed.
    func row(of event: EventPosition) -> VisibleRow? {
        guard lists(event) else { return nil }
        let row = events.partitioningIndex { $0 >= event }
        return row < events.count && events[row] == event ? VisibleRow(row) : nil
    }

    /// Lists `events` (of a timeline of `total`), keeping the selection on the event it
    /// was on or, if that one is gone, on the next one in time.
    mutating func show(_ events: [EventPosition], of total: Int, rows: Int) {
        let previous = selectedEvent
        contains = Array(repeating: events.count == total, count: total)
        if events.count != total { for event in events { contains[event.value] = true } }
        self.events = events
        let row = previous.map { event in self.events.partitioningIndex { $0 >= event } } ?? 0
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
