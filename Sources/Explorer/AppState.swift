import TimelineEngine

/// Everything the explorer shows, as plain data: what is selected, filtered,
/// searched and open. `reduce` makes the next state; `render` draws one.
public struct AppState: Sendable {
    /// Which part of the list view takes the movement keys.
    public enum Focus: Sendable, Equatable { case list, links }

    /// The main view.
    public enum View: Sendable, Equatable { case list, lanes }

    /// What the keys currently act on.
    public enum Mode: Sendable, Equatable {
        case browsing
        case searching(SearchInput)
        case pickingOrganizations(OrganizationPicker)
        /// The chapter list, with each chapter's count of events, counted when it opens.
        case pickingChapter(ListPicker, counts: [Int])
        case listingOverlaps(ListPicker, events: [Int])
        case confirmingJump(Jump)
        case help(ListPicker)
    }

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
    /// The organization and chapter filter (its text is unused: search does not filter).
    public internal(set) var filter = TimelineQuery()
    /// The events the filter lets through, in timeline order.
    public internal(set) var visible: [Int] = []
    /// Whether each event passes the filter, by event index.
    var isVisible: [Bool] = []
    /// The organizations (by index) with at least one visible event: the lanes.
    public internal(set) var laneOrganizations: [Int] = []
    /// The selected row of `visible`.
    public internal(set) var selectedRow = 0
    public internal(set) var scrollTop = 0
    public internal(set) var focus = Focus.list
    /// The highlighted entry of the selected event's links and backlinks.
    public internal(set) var linkCursor = 0
    public internal(set) var history = History()
    public internal(set) var mode = Mode.browsing
    public internal(set) var view = View.list
    /// The last search, kept for `n`, `N` and highlighting.
    public internal(set) var search = ""
    /// The search being typed, or else the last one, folded.
    public internal(set) var pattern = SearchPattern("")
    /// The visible events that match `pattern`, in timeline order; found again when
    /// the filter changes, narrowed as a search is typed. Empty while a search runs.
    public internal(set) var matches: [Int] = []
    /// A search too long for one turn, carried on by `Action.idle`.
    var pendingSearch: PendingSearch?
    public internal(set) var message: Message?
    public internal(set) var lanes: LaneViewport
    /// The organization `{` and `}` step through, kept while its events are visited.
    var walkedOrganization: String?
    /// Counts filter changes, so that what was computed for one filter is not reused.
    var filterVersion = 0
    var laneCache: LaneCache?
    public internal(set) var isFinished = false

    public init(timeline: Timeline, width: Int, height: Int, workSlice: Int = defaultWorkSlice) {
        self.timeline = timeline
        palette = OrganizationPalette(timeline)
        self.width = width
        self.height = height
        self.workSlice = max(1, workSlice)
        lanes = LaneViewport(years: timeline.yearRange ?? 2000...2001)
        applyFilter()
    }

    /// Whether the explorer has work left that `Action.idle` carries on: a search, or
    /// lanes in view whose events are not counted yet.
    public var hasPendingWork: Bool { pendingSearch != nil || !lanesToCount.isEmpty }

    /// How many events a long piece of work (a search, counting the lanes) goes through
    /// per turn by default: a few milliseconds' worth, so that keys are not kept waiting.
    public static let defaultWorkSlice = 65_536
    /// How many events a long piece of work goes through per turn.
    let workSlice: Int

    /// The selected event, if any event is visible.
    public var selectedEvent: Int? { visible.isEmpty ? nil : visible[selectedRow] }

    /// The selected event's links then backlinks, numbered from 1 in this order.
    public var selectedLinks: [ResolvedLink] {
        guard let event = selectedEvent else { return [] }
        return timeline.links(of: event) + timeline.backlinks(of: event)
    }

    /// The layout for the current size and view.
    var layout: Layout { Layout(width: width, height: height) }
}

/// A jump that waits for the user: its target is hidden by the filter.
public struct Jump: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case link, back, forward }
    public let target: Int
    public let kind: Kind
}

/// The search being typed, and where the selection was when it began.
public struct SearchInput: Sendable, Equatable {
    public var text: String
    public let originRow: Int
    public let previous: String
}

/// A search being worked through, and the row whose first match it selects when done.
struct PendingSearch: Sendable {
    var scan: MatchScan
    let origin: Int?
}

/// A cursor over a list in an overlay (chapters, overlapping events).
public struct ListPicker: Sendable, Equatable {
    public var cursor = 0
    public let count: Int
}

/// The organization picker: which organizations are ticked, and how they combine.
public struct OrganizationPicker: Sendable, Equatable {
    public var cursor = 0
    public var chosen: Set<String>
    public var match: TimelineQuery.Match
    /// Events per organization, bodies included, in the timeline's organization order.
    public let counts: [Int]
}

/// Places visited through jumps, as in a browser.
public struct History: Sendable, Equatable {
    public internal(set) var back: [Int] = []
    public internal(set) var forward: [Int] = []
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
}
