/// When an event happened: a start and, where known, an end.
///
/// In data files the two are EDTF strings, `start` and `end`; `start` may also hold a
/// whole EDTF interval (`2003-06/2003-09`, `2008/..`, `2008/`). An end of `..` means
/// the event is still going on; an empty or absent end means none is known. An interval
/// may have an unknown start (`/1951-07-12`) or an open one (`../1951-07-12`): the
/// event then stands at its end.
public struct EventDates: Sendable, Hashable {
    /// The end of an event.
    public enum End: Sendable, Hashable {
        /// No end is known (or the event is a single moment).
        case unknown
        /// Still going on at the time of the source (`..`).
        case open
        case date(EDTFDate)
    }

    /// How much is known of the start.
    public enum StartBound: Sendable, Hashable {
        case known
        /// Not known (`/1951-07-12`).
        case unknown
        /// Earlier than anyone says (`../1951-07-12`).
        case open
    }

    /// The start, or the end's date when the start is not known.
    public let start: EDTFDate
    public let end: End
    public let startBound: StartBound

    public init(start: EDTFDate, end: End, startBound: StartBound = .known) {
        self.start = start
        self.end = end
        self.startBound = startBound
    }

    /// The first day the event may have started: the primary key of the timeline's order.
    public var earliestStart: DayStamp { start.earliest }

    /// The last day the event may have lasted to; `distantFuture` while still going on.
    public var latestEnd: DayStamp { TimeSpan(self).latestEnd }

    /// The EDTF text of the end: `..`, the date, or empty when unknown.
    public var endText: String {
        switch end {
        case .unknown: ""
        case .open: ".."
        case .date(let date): date.text
        }
    }

    /// The texts of the `start` and `end` fields of a data file: an interval without a
    /// known start is written whole in `start`.
    public var fieldTexts: (start: String, end: String) {
        switch startBound {
        case .known: (start.text, endText)
        case .unknown: ("/" + endText, "")
        case .open: ("../" + endText, "")
        }
    }

    /// The dates in EDTF, as one date or one interval.
    public var edtfText: String {
        let (start, end) = fieldTexts
        return end.isEmpty ? start : start + "/" + end
    }

    /// Stands in for dates that failed to parse, while the rest of an event is checked,
    /// or that can no longer be read; its empty text, which no real date has, marks it.
    static let placeholder = EventDates(
        start: EDTFDate(EDTFDate.Fields(year: 1, month: nil, day: nil, precision: .year, isUncertain: false, isApproximate: false),
                        text: ""),
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
        var startText = startText
        var endText = endText ?? ""
        self = try startText.withUTF8 { startBytes in
            try endText.withUTF8 { endBytes in try EventDates(startBytes: startBytes, endBytes: endBytes) }
        }
    }

    /// Parses the UTF-8 bytes of a start and an end (empty when there is none).
    init(startBytes: UnsafeBufferPointer<UInt8>, endBytes: UnsafeBufferPointer<UInt8>) throws {
        let parsed = try Parsed(start: startBytes, end: endBytes)
        let start = EDTFDate(parsed.start, text: String(decoding: parsed.startText, as: UTF8.self))
        self = switch parsed.end {
        case .unknown: EventDates(start: start, end: .unknown)
        case .open: EventDates(start: start, end: .open)
        case .date(let end):
            EventDates(start: start, end: .date(EDTFDate(end, text: String(decoding: parsed.endText, as: UTF8.self))),
                       startBound: parsed.startBound)
        }
    }

    /// Dates parsed from the bytes of `start` and `end` without allocating; the texts
    /// point into the bytes given.
    struct Parsed {
        enum End { case unknown, open, date(EDTFDate.Fields) }

        let start: EDTFDate.Fields
        let end: End
        let startText: UnsafeBufferPointer<UInt8>
        let endText: UnsafeBufferPointer<UInt8>
        let startBound: StartBound

        init(start startBytes: UnsafeBufferPointer<UInt8>, end endBytes: UnsafeBufferPointer<UInt8>) throws(EDTFError) {
            func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
            var startPart = startBytes
            var endPart = endBytes
            if let slash = startBytes.firstIndex(of: UInt8(ascii: "/")) {
                guard endBytes.isEmpty else {
                    throw EDTFError(text: text(startBytes), reason: "an interval in 'start' leaves no room for 'end'")
                }
                startPart = UnsafeBufferPointer(rebasing: startBytes[..<slash])
                endPart = UnsafeBufferPointer(rebasing: startBytes[(slash + 1)...])
                guard !endPart.contains(UInt8(ascii: "/")) else {
                    throw EDTFError(text: text(startBytes), reason: "an interval has exactly one '/'")
                }
                if startPart.isEmpty || startPart.elementsEqual("..".utf8) {
                    // Without a start, the event stands at its end, which must be a date.
                    guard !endPart.isEmpty, !endPart.elementsEqual("..".utf8) else {
                        throw EDTFError(text: text(startBytes), reason: "an interval needs a start or an end date")
                    }
                    let date = try EDTFDate.Fields(parsing: endPart)
                    (start, end, startText, endText) = (date, .date(date), endPart, endPart)
                    startBound = startPart.isEmpty ? .unknown : .open
                    return
                }
            }
            startBound = .known
            start = try EDTFDate.Fields(parsing: startPart)
            startText = startPart
            endText = endPart
            if endPart.isEmpty {
                end = .unknown
            } else if endPart.elementsEqual("..".utf8) {
                end = .open
            } else {
                let date = try EDTFDate.Fields(parsing: endPart)
                guard date.latest >= start.earliest else {
                    throw EDTFError(text: text(endPart), reason: "the end comes before the start '\(text(startPart))'")
                }
                end = .date(date)
            }
        }
    }
}
