/// Why an EDTF string was refused.
public struct EDTFError: Error, Sendable, Equatable, CustomStringConvertible {
    public let text: String
    public let reason: String

    public var description: String { "invalid date '\(text)': \(reason)" }
}

extension EDTFDate {
    /// Parses one EDTF date (not an interval); throws `EDTFError` with the reason.
    public init(parsing text: String) throws {
        var text = text
        let fields = try text.withUTF8 { bytes in try Fields(parsing: bytes) }
        self.init(fields, text: text)
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

extension EDTFDate.Fields {
    /// Parses the UTF-8 bytes of one EDTF date without allocating, so that a large file's
    /// dates cost little; the text is only decoded to explain a failure.
    init(parsing bytes: UnsafeBufferPointer<UInt8>) throws(EDTFError) {
        if let plain = Self.plain(bytes) {
            self = plain
        } else {
            try self.init(checking: bytes)
        }
    }

    /// Parses by the full rules, which explain a failure; `plain` must agree with them.
    package init(checking bytes: UnsafeBufferPointer<UInt8>) throws(EDTFError) {
        func fail(_ reason: String) -> EDTFError {
            EDTFError(text: String(decoding: bytes, as: UTF8.self), reason: reason)
        }
        func isQualifier(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "?") || byte == UInt8(ascii: "~") || byte == UInt8(ascii: "%")
        }
        var lower = 0
        var upper = bytes.count
        var uncertain = false
        var approximate = false
        func apply(_ byte: UInt8) {
            if byte != UInt8(ascii: "~") { uncertain = true }
            if byte != UInt8(ascii: "?") { approximate = true }
        }
        if lower < upper, isQualifier(bytes[lower]) {
            apply(bytes[lower])
            lower += 1
        }
        if lower < upper, isQualifier(bytes[upper - 1]) {
            apply(bytes[upper - 1])
            upper -= 1
        }
        // Year, month and day, between the dashes.
        let dash = UInt8(ascii: "-")
        let firstDash = bytes[lower..<upper].firstIndex(of: dash)
        let secondDash = firstDash.flatMap { bytes[($0 + 1)..<upper].firstIndex(of: dash) }
        let yearPart = lower..<(firstDash ?? upper)
        let monthPart = firstDash.map { ($0 + 1)..<(secondDash ?? upper) }
        let dayPart = secondDash.map { ($0 + 1)..<upper }
        guard !yearPart.isEmpty, monthPart?.isEmpty != true, dayPart?.isEmpty != true,
              !(dayPart.map { bytes[$0].contains(dash) } ?? false) else {
            throw fail("expected YYYY, YYYY-MM or YYYY-MM-DD")
        }
        let yearText = bytes[yearPart]
        guard yearText.count == 4, yearText.allSatisfy({ Self.isDigit($0) || $0 == UInt8(ascii: "X") }) else {
            throw fail("the year must have four digits")
        }
        let unspecified = yearText.reversed().prefix { $0 == UInt8(ascii: "X") }.count
        guard !yearText.dropLast(unspecified).contains(UInt8(ascii: "X")) else {
            throw fail("only the last digits of a year can be unspecified (X)")
        }
        guard unspecified <= 2 else { throw fail("at least the first two digits of the year must be given") }
        year = yearText.dropLast(unspecified).reduce(0) { $0 * 10 + Self.digitValue($1) }
            * (unspecified == 2 ? 100 : unspecified == 1 ? 10 : 1)
        precision = unspecified == 2 ? .century : unspecified == 1 ? .decade : .year
        month = nil
        day = nil
        isUncertain = uncertain
        isApproximate = approximate
        if let monthPart {
            let monthText = bytes[monthPart]
            if Self.isUnspecified(monthText) {
                guard dayPart.map({ Self.isUnspecified(bytes[$0]) }) ?? true else { throw fail("a day needs a known month") }
            } else {
                guard unspecified == 0 else { throw fail("a month needs a fully known year") }
                guard let value = Self.twoDigits(monthText), (1...12).contains(value) else {
                    throw fail("the month must be 01 to 12")
                }
                month = value
                precision = .month
            }
        }
        if let dayPart, let month {
            let dayText = bytes[dayPart]
            if !Self.isUnspecified(dayText) {
                guard let value = Self.twoDigits(dayText), value >= 1 else { throw fail("the day must be two digits") }
                guard value <= Calendar.daysIn(month: month, year: year) else {
                    throw fail("\(EDTFDate.monthNames[month - 1]) \(year) has no day \(value)")
                }
                day = value
                precision = .day
            }
        }
    }

    /// A valid date written plainly, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in digits, as most
    /// are, read at once; nil for anything else, left to the checks that explain it.
    package static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> Self? {
        func number(at start: Int, digits: Int) -> Int? {
            var value = 0
            for index in start..<(start + digits) {
                let byte = bytes[index]
                guard isDigit(byte) else { return nil }
                value = value * 10 + digitValue(byte)
            }
            return value
        }
        func dashAt(_ index: Int) -> Bool { bytes[index] == UInt8(ascii: "-") }
        guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10, let year = number(at: 0, digits: 4) else { return nil }
        guard bytes.count > 4 else {
            return Self(year: year, month: nil, day: nil, precision: .year, isUncertain: false, isApproximate: false)
        }
        guard dashAt(4), let month = number(at: 5, digits: 2), (1...12).contains(month) else { return nil }
        guard bytes.count > 7 else {
            return Self(year: year, month: month, day: nil, precision: .month, isUncertain: false, isApproximate: false)
        }
        guard dashAt(7), let day = number(at: 8, digits: 2), day >= 1, day <= Calendar.daysIn(month: month, year: year)
        else { return nil }
        return Self(year: year, month: month, day: day, precision: .day, isUncertain: false, isApproximate: false)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The value of a digit checked before. The text may be in a mapped file that is cut
    /// short meanwhile, where it then reads as zeros: the subtraction wraps rather than
    /// stop the program, and the load, finding the file changed, discards what it read.
    private static func digitValue(_ byte: UInt8) -> Int { Int(byte &- UInt8(ascii: "0")) }

    private static func isUnspecified(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        text.elementsEqual("XX".utf8)
    }

    private static func twoDigits(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard text.count == 2, text.allSatisfy(isDigit) else { return nil }
        return text.reduce(0) { $0 * 10 + digitValue($1) }
    }
}
