/// The keys of the last event read, in order, expected again in the next one: a file
/// writes every event's keys in the same order, so a key is usually recognized by
/// comparing its bytes with the one expected, not scanned and then looked up.
struct ExpectedKeys {
    /// Every field's name between quotes, one after the other.
    private let quoted: [UInt8]
    /// Where each field's quoted name is in `quoted`, by field number.
    private let ranges: [Range<Int>]
    private var order = [EventField]()

    init() {
        var quoted = [UInt8]()
        ranges = EventField.allCases.map { field in
            let start = quoted.count
            quoted += Array("\"\(field.name)\"".utf8)
            return start..<quoted.count
        }
        self.quoted = quoted
    }

    /// The field expected as the event's key number `index`, consumed from `scanner`
    /// if it comes next.
    func take(_ index: Int, from scanner: inout JSONScanner) -> EventField? {
        guard index < order.count else { return nil }
        let field = order[index]
        let matched = quoted.withUnsafeBufferPointer { quoted in
            scanner.next(UnsafeBufferPointer(rebasing: quoted[ranges[field.rawValue]]))
        }
        return matched ? field : nil
    }

    /// Records that key number `index` was `field`, to expect it there next time.
    mutating func record(_ field: EventField, at index: Int) {
        if index < order.count { order[index] = field } else { order.append(field) }
    }
}
