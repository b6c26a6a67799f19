extension EDTFDate {
    /// The date as a person writes it: "24 Sep 2003", "Jun 2003", "1990s", "c. 1993", "2005?".
    public var plainText: String { qualified(core: coreText) }

    var coreText: String {
        switch precision {
        case .century: "\(year)s"
        case .decade: "\(year)s"
        case .year: "\(year)"
        case .month: "\(Self.monthNames[month! - 1]) \(year)"
        case .day: "\(day!) \(Self.monthNames[month! - 1]) \(year)"
        }
    }

    func qualified(core: String) -> String {
        (isApproximate ? "c. " : "") + core + (isUncertain ? "?" : "")
    }
}

extension EventDates {
    /// The span as a person writes it: "Jun–Sep 2003", "1965–66", "since 2008", "1999–2010";
    /// "?" for dates that could not be read.
    public var plainText: String {
        guard !start.text.isEmpty else { return "?" }
        switch startBound {
        case .known: break
        case .unknown: return "?–" + start.plainText
        case .open: return "until " + start.plainText
        }
        switch end {
        case .unknown: return start.plainText
        case .open: return "since " + (start.precision < .year ? "the " : "") + start.plainText
        case .date(let last): return Self.range(from: start, to: last)
        }
    }

    private static func range(from first: EDTFDate, to last: EDTFDate) -> String {
        if first.text == last.text { return first.plainText }
        let qualifiersMatch = first.isApproximate == last.isApproximate && first.isUncertain == last.isUncertain
        guard qualifiersMatch, first.precision == last.precision else {
            return "\(first.plainText)–\(last.plainText)"
        }
        switch first.precision {
        case .year where first.year / 100 == last.year / 100:
            let shortEnd = String(format2: last.year % 100)
            return first.qualified(core: "\(first.year)–\(shortEnd)")
        case .month where first.year == last.year:
            let months = "\(monthNames[first.month! - 1])–\(monthNames[last.month! - 1])"
            return first.qualified(core: "\(months) \(first.year)")
        case .day where first.year == last.year && first.month == last.month:
            return first.qualified(core: "\(first.day!)–\(last.day!) \(monthNames[first.month! - 1]) \(first.year)")
        case .day where first.year == last.year:
            let start = "\(first.day!) \(monthNames[first.month! - 1])"
            return first.qualified(core: "\(start)–\(last.coreText)")
        default:
            return first.qualified(core: "\(first.coreText)–\(last.coreText)")
        }
    }

    private static var monthNames: [String] { EDTFDate.monthNames }
}

private extension String {
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
