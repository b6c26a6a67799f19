/// The days an event may cover, reduced to what ordering and drawing need.
public struct TimeSpan: Sendable, Hashable {
    public let earliestStart: DayStamp
    /// `distantFuture` while the event is still going on.
    public let latestEnd: DayStamp
    /// Whether the event is one known day (drawn as a mark rather than a bar).
    public let isSingleDay: Bool
    private let packedStartLatestYear: Int32

    public init(_ dates: EventDates) {
        let end: EventDates.Parsed.End = switch dates.end {
        case .unknown: .unknown
        case .open: .open
        case .date(let date): .date(date.fields)
        }
        self.init(start: dates.start.fields, end: end)
    }

    init(start: EDTFDate.Fields, end: EventDates.Parsed.End) {
        earliestStart = start.earliest
        packedStartLatestYear = Int32(start.latest.year)
        switch end {
        case .unknown: latestEnd = start.latest
        case .open: latestEnd = .distantFuture
        case .date(let date): latestEnd = date.latest
        }
        if case .unknown = end, start.precision == .day { isSingleDay = true } else { isSingleDay = false }
    }

    /// The last year the start may be in: where an open event counts to.
    var startLatestYear: Int { Int(packedStartLatestYear) }

    /// A span as stored (see `CompactLayout`).
    init(earliestStart: DayStamp, latestEnd: DayStamp, startLatestYear: Int, isSingleDay: Bool) {
        self.earliestStart = earliestStart
        self.latestEnd = latestEnd
        packedStartLatestYear = Int32(clamping: startLatestYear)
        self.isSingleDay = isSingleDay
    }

    public var isOpen: Bool { latestEnd == .distantFuture }

    /// Whether the two spans can have shared at least one day.
    public func overlaps(_ other: TimeSpan) -> Bool {
        earliestStart <= other.latestEnd && other.earliestStart <= latestEnd
    }
}
