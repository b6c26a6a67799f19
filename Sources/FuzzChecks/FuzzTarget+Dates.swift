import TimelineEngine

extension FuzzTarget {
    /// The input is a start (a date or an interval), or a start and an end on two lines.
    static func checkDates(_ bytes: [UInt8]) throws(BrokenPromise) {
        guard bytes.count <= 256 else { return }
        let parts = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 1, omittingEmptySubsequences: false)
        for part in parts {
            let plain = part.withUnsafeBufferPointer { EDTFDate.Fields.plain($0) }
            let checked = part.withUnsafeBufferPointer { try? EDTFDate.Fields(checking: $0) }
            if let plain {
                try require(plain == checked, "the plain-date shortcut disagrees with the rules: \(String(describing: checked))", bytes)
            }
            if let date = try? EDTFDate(parsing: String(decoding: part, as: UTF8.self)) {
                try require(date.earliest <= date.latest, "a date's first day comes after its last", bytes)
            }
        }
        let start = String(decoding: parts[0], as: UTF8.self)
        let end = parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : nil
        guard let dates = try? EventDates(start: start, end: end) else { return }
        if case .date(let last) = dates.end {
            try require(dates.start.earliest <= last.latest, "an event ends before it starts", bytes)
        }
    }
}
