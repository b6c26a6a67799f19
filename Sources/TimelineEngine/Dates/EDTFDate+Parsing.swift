/// Why an EDTF string was refused.
public struct EDTFError: Error, Sendable, Equatable, CustomStringConvertible {
    public let text: String
    public let reason: String

    public var description: String { "invalid date '\(text)': \(reason)" }
}

extension EDTFDate {
    /// Parses one EDTF date (not an interval); throws `EDTFError` with the reason.
    public init(parsing text: String) throws {
        func fail(_ reason: String) -> EDTFError { EDTFError(text: text, reason: reason) }
        var body = Substring(text)
        var uncertain = false
        var approximate = false
        func applyQualifier(_ character: Character) {
            switch character {
            case "?": uncertain = true
            case "~": approximate = true
            default: uncertain = true; approximate = true
            }
        }
        if let first = body.first, "?~%".contains(first) {
            applyQualifier(first)
            body = body.dropFirst()
        }
        if let last = body.last, "?~%".contains(last) {
            applyQualifier(last)
            body = body.dropLast()
        }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else {
            throw fail("expected YYYY, YYYY-MM or YYYY-MM-DD")
        }
        let yearText = parts[0]
        guard yearText.count == 4, yearText.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "X") }) else {
            throw fail("the year must have four digits")
        }
        let unspecified = yearText.reversed().prefix { $0 == "X" }.count
        guard !yearText.dropLast(unspecified).contains("X") else {
            throw fail("only the last digits of a year can be unspecified (X)")
        }
        guard unspecified <= 2 else { throw fail("at least the first two digits of the year must be given") }
        let year = Int(yearText.dropLast(unspecified))! * Self.pow10(unspecified)
        var precision: Precision = unspecified == 2 ? .century : unspecified == 1 ? .decade : .year
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            let monthText = parts[1]
            if monthText == "XX" {
                guard parts.count == 2 || parts[2] == "XX" else { throw fail("a day needs a known month") }
            } else {
                guard unspecified == 0 else { throw fail("a month needs a fully known year") }
                guard monthText.count == 2, let value = Int(monthText), (1...12).contains(value) else {
                    throw fail("the month must be 01 to 12")
                }
                month = value
                precision = .month
            }
        }
        if parts.count == 3, let month {
            let dayText = parts[2]
            if dayText != "XX" {
                guard dayText.count == 2, let value = Int(dayText), value >= 1 else {
                    throw fail("the day must be two digits")
                }
                guard value <= Calendar.daysIn(month: month, year: year) else {
                    throw fail("\(Self.monthNames[month - 1]) \(year) has no day \(value)")
                }
                day = value
                precision = .day
            }
        }
        self.init(year: year, month: month, day: day, precision: precision,
                  isUncertain: uncertain, isApproximate: approximate, text: text)
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func pow10(_ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }
}
