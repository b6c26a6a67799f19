import TimelineEngine

/// Everything the explorer shows, as plain data, in components that each keep their
/// own part: the list, the detail pane, the search, the filter, the lanes, the history
/// and the overlay open over the view. `reduce` makes the next state; `render` draws one.
public struct AppState: Sendable {
    /// The main view.
    public enum View: Sendable, Equatable { case list, lanes, relations, trace }

    /// A short note on the status line, such as why a jump did not happen.
    public struct Message: Sendable, Equatable {
        public var text: String
        public var isWarning: Bool
    }

    public let timeline: Timeline
    /// Each organization's color, worked out once.
    let palette: OrganizationPalette
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var view = View.list
    public internal(set) var filter = FilterState()
    public internal(set) var list = EventListState()
    public internal(set) var detail = DetailState()
    public internal(set) var search = SearchState()
    public internal(set) var lanes: LanesState
    var relations = RelationsState()
    var trace: TraceState?
    /// The view that showed the list its events (Enter in the relations or the trace),
    /// which Backspace goes back to.
    var returnView: View?
    public internal(set) var history = History()
    public internal(set) var overlay = Overlay.none
    public internal(set) var message: Message?
    public internal(set) var isFinished = false
    /// How many events a slice of long work (a search, counting a lane) goes through.
    let workSlice: Int

    /// A slice of long work by default: a few milliseconds' worth, so that keys are not
    /// kept waiting.
    public static let defaultWorkSlice = 32_768

    public init(timeline: Timeline, width: Int, height: Int, workSlice: Int = defaultWorkSlice) {
        self.timeline = timeline
        palette = OrganizationPalette(timeline)
        self.width = width
        self.height = height
        self.workSlice = max(1, workSlice)
        lanes = LanesState(years: timeline.yearRange ?? 2000...2001)
        _ = showFilteredEvents()
    }

    /// The selected event, if any event is listed.
    public var selectedEvent: EventPosition? { list.selectedEvent }

    /// The selected event's links then backlinks, numbered from 1 in this order.
    public var selectedLinks: [ResolvedLink] {
        guard let event = selectedEvent else { return [] }
        return timeline.links(of: event.value) + timeline.backlinks(of: event.value)
    }

    /// The layout for the current size.
    var layout: Layout { Layout(width: width, height: height) }
}

extension Timeline {
    /// The event at a position of the timeline's order.
    subscript(event event: EventPosition) -> Event { events[event.value] }
}
