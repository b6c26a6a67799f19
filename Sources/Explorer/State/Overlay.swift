import TimelineEngine

/// What is open over the view and takes the keys; `.none` when the view has them.
public enum Overlay: Sendable, Equatable {
    case none
    case search(SearchInput)
    case organizations(OrganizationPicker)
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

/// The organization picker: which organizations are ticked, and how they combine.
public struct OrganizationPicker: Sendable, Equatable {
    public internal(set) var cursor: ListPicker
    public internal(set) var chosen: Set<String>
    public internal(set) var match: TimelineQuery.Match
    /// Events per organization, bodies included, in the timeline's organization order.
    public let counts: [Int]
}
