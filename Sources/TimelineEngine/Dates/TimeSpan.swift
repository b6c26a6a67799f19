/// The days an event may cover, reduced to what ordering and drawing need.
public struct TimeSpan: Sendable, Hashable {
    public let earliestStart: DayStamp
    /// `distantFuture` while the event is still going on.
    public let latestEnd: DayStamp
    /// Whether the event is one known day (drawn as a mark rather than a bar).
    public let isSingleDay: Bool

    public init(_ dates: EventDates) {
        earliestStart = dates.earliestStart
        latestEnd = dates.latestEnd
        if case .unknown = dates.end, dates.start.precision == .day { isSingleDay = true } else { isSingleDay = false }
    }

    public var isOpen: Bool { latestEnd == .distantFuture }

    /// Whether the two spans can have shared at least one day.
    public func overlaps(_ other: TimeSpan) -> Bool {
        earliestStart <= other.latestEnd && other.earliestStart <= latestEnd
    }
}
