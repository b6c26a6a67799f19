/// One calendar date in the Extended Date/Time Format (EDTF), levels 0 and 1.
///
/// Covers what a history needs: year, month or day precision (`2003`, `2003-06`,
/// `2003-06-12`), unspecified digits (`199X`, `19XX`, `2003-XX`), and the qualifiers
/// uncertain (`2005?`), approximate (`~1993` or `1993~`) and both (`%2004`, `2004%`).
public struct EDTFDate: Sendable, Hashable {
    /// How precisely the date is known.
    public enum Precision: Int, Sendable, Comparable {
        case century, decade, year, month, day

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// What the date says, apart from how it was written.
    package struct Fields: Sendable, Hashable {
        var year: Int
        var month: Int?
        var day: Int?
        var precision: Precision
        var isUncertain: Bool
        var isApproximate: Bool

        var earliest: DayStamp {
            switch precision {
            case .century, .decade, .year: DayStamp(year: year, month: 1, day: 1)
            case .month: DayStamp(year: year, month: month!, day: 1)
            case .day: DayStamp(year: year, month: month!, day: day!)
            }
        }

        var latest: DayStamp {
            switch precision {
            case .century: DayStamp(year: year + 99, month: 12, day: 31)
            case .decade: DayStamp(year: year + 9, month: 12, day: 31)
            case .year: DayStamp(year: year, month: 12, day: 31)
            case .month: DayStamp(year: year, month: month!, day: Calendar.daysIn(month: month!, year: year))
            case .day: DayStamp(year: year, month: month!, day: day!)
            }
        }
    }

    let fields: Fields
    /// The text this date was parsed from, kept so that exports give it back unchanged.
    public let text: String

    /// The year; for a decade or century, its first year (`199X` is 1990).
    public var year: Int { fields.year }
    /// The month (1–12) when the precision is month or day.
    public var month: Int? { fields.month }
    /// The day of the month when the precision is day.
    public var day: Int? { fields.day }
    public var precision: Precision { fields.precision }
    /// `?`: the source is not sure of this date.
    public var isUncertain: Bool { fields.isUncertain }
    /// `~`: the date is an estimate.
    public var isApproximate: Bool { fields.isApproximate }

    /// The first day this date can stand for.
    public var earliest: DayStamp { fields.earliest }

    /// The last day this date can stand for.
    public var latest: DayStamp { fields.latest }

    init(_ fields: Fields, text: String) {
        self.fields = fields
        self.text = text
    }
}

/// A day as one sortable integer (`yyyymmdd`), for ordering and overlap tests.
public struct DayStamp: Sendable, Hashable, Comparable {
    /// 32 bits are plenty for four-digit years, and keep a million events' spans small.
    private let packed: Int32

    public init(year: Int, month: Int, day: Int) {
        self.init(value: year * 10_000 + month * 100 + day)
    }

    init(value: Int) { packed = Int32(clamping: value) }

    public var value: Int { Int(packed) }

    public var year: Int { value / 10_000 }
    public var month: Int { value / 100 % 100 }
    public var day: Int { value % 100 }

    /// The day after this one.
    public var nextDay: DayStamp {
        if day < Calendar.daysIn(month: month, year: year) { return DayStamp(year: year, month: month, day: day + 1) }
        return month < 12 ? DayStamp(year: year, month: month + 1, day: 1) : DayStamp(year: year + 1, month: 1, day: 1)
    }

    /// Later than every real date: the end of an event still going on.
    public static let distantFuture = DayStamp(value: Int(Int32.max))

    public static func < (lhs: DayStamp, rhs: DayStamp) -> Bool { lhs.value < rhs.value }
}

/// Gregorian calendar rules needed to reject impossible dates.
enum Calendar {
    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
