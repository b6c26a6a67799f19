/// When an event happened: a start and, where known, an end.
///
/// In data files the two are EDTF strings, `start` and `end`; `start` may also hold a
/// whole EDTF interval (`2003-06/2003-09`, `2008/..`, `2008/`). An end of `..` means
/// the event is still going on; an empty or absent end means none is known.
public struct EventDates: Sendable, Hashable {
    /// The end of an event.
    public enum End: Sendable, Hashable {
        /// No end is known (or the event is a single moment).
        case unknown
        /// Still going on at the time of the source (`..`).
        case open
        case date(EDTFDate)
    }

    public let start: EDTFDate
    public let end: End

    public init(start: EDTFDate, end: End) {
        self.start = start
        self.end = end
    }

    /// The first day the event may have started: the primary key of the timeline's order.
    public var earliestStart: DayStamp { start.earliest }

    /// The last day the event may have lasted to; `distantFuture` while still going on.
    public var latestEnd: DayStamp {
        switch end {
        case .unknown: start.latest
        case .open: .distantFuture
        case .date(let date): date.latest
        }
    }

    /// The EDTF text of the end: `..`, the date, or empty when unknown.
    public var endText: String {
        switch end {
        case .unknown: ""
        case .open: ".."
        case .date(let date): date.text
        }
    }

    /// Stands in for dates that failed to parse, while the rest of an event is checked.
    static let placeholder = EventDates(
        start: EDTFDate(year: 1, month: nil, day: nil, precision: .year, isUncertain: false, isApproximate: false, text: "0001"),
        end: .unknown)

    /// Whether the two spans of time can have shared at least one day.
    public func overlaps(_ other: EventDates) -> Bool {
        TimeSpan(self).overlaps(TimeSpan(other))
    }
}

extension EventDates {
    /// Parses a start and an optional end as found in a data file.
    ///
    /// Throws `EDTFError`; an end that cannot come before the start is an error too.
    public init(start startText: String, end endText: String?) throws {
        var startPart = startText
        var endPart = endText ?? ""
        if let slash = startText.firstIndex(of: "/") {
            guard endPart.isEmpty else {
                throw EDTFError(text: startText, reason: "an interval in 'start' leaves no room for 'end'")
            }
            startPart = String(startText[..<slash])
            endPart = String(startText[startText.index(after: slash)...])
            guard !endPart.contains("/") else {
                throw EDTFError(text: startText, reason: "an interval has exactly one '/'")
            }
        }
        let start = try EDTFDate(parsing: startPart)
        let end: End
        switch endPart {
        case "": end = .unknown
        case "..": end = .open
        default:
            let date = try EDTFDate(parsing: endPart)
            guard date.latest >= start.earliest else {
                throw EDTFError(text: endPart, reason: "the end comes before the start '\(startPart)'")
            }
            end = .date(date)
        }
        self.init(start: start, end: end)
    }
}
