/// Random EDTF spans between 1945 and 2025: mostly exact to the day, month or year,
/// some decades, some uncertain or approximate, some still going on.
enum SyntheticDates {
    static func span(_ random: inout SplitMix64) -> (start: String, end: String) {
        let year = Int.random(in: 1945...2020, using: &random)
        let roll = Int.random(in: 0..<100, using: &random)
        let qualifier = roll < 5 ? "?" : roll < 8 ? "~" : ""
        let precision = Int.random(in: 0..<100, using: &random)
        if precision < 5 {
            return ("\(year / 10)X" + qualifier, "")
        }
        let start = date(year: year, precision: precision, &random)
        let endRoll = Int.random(in: 0..<100, using: &random)
        if endRoll < 40 { return (start + qualifier, "") }
        if endRoll < 50 { return (start + qualifier, "..") }
        let endYear = min(2025, year + Int.random(in: 1...12, using: &random))
        return (start + qualifier, date(year: endYear, precision: precision, &random))
    }

    private static func date(year: Int, precision: Int, _ random: inout SplitMix64) -> String {
        let month = Int.random(in: 1...12, using: &random)
        let day = Int.random(in: 1...28, using: &random)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        switch precision {
        case ..<35: return "\(year)-\(two(month))-\(two(day))"
        case ..<65: return "\(year)-\(two(month))"
        default: return "\(year)"
        }
    }
}
