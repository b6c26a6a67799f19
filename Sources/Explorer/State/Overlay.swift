import TimelineEngine

/// What is open over the view and takes the keys; `.none` when the view has them.
public enum Overlay: Sendable, Equatable {
    case none
    /// A line typed at the bottom: a search, a span of years, a date to go to.
    case prompt(PromptInput)
    case organizations(TickPicker)
    case kinds(TickPicker)
    /// The chapter list, with each chapter's count of events, counted when it opens.
    case chapters(ListPicker, counts: [Int])
    case overlaps(ListPicker, events: [EventPosition])
    case confirmingJump(Jump)
    case help(ListPicker)
}

/// A jump that waits for the user: its target is hidden by the filter.
public struct Jump: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case link, back, forward }
    public let target: EventPosition
    public let kind: Kind
}

/// A cursor over a list in an overlay (chapters, overlapping events, the help).
public struct ListPicker: Sendable, Equatable {
    public internal(set) var cursor = 0
    public let count: Int

    mutating func move(by delta: Int) { cursor = max(0, min(count - 1, cursor + delta)) }
}

/// A list to tick entries of (organizations, kinds): which are ticked, and for
/// organizations, how they combine.
public struct TickPicker: Sendable, Equatable {
    public internal(set) var cursor: ListPicker
    /// The ids of the ticked entries.
    public internal(set) var chosen: Set<String>
    public internal(set) var match: TimelineQuery.Match
    /// Events per entry, in the list's order.
    public let counts: [Int]

    mutating func toggle(_ id: String) {
        if chosen.remove(id) == nil { chosen.insert(id) }
    }
}
