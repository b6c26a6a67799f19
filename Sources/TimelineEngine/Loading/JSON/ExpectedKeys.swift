/// The keys of the last event read, in order, expected again in the next one: a file
/// writes every event's keys in the same order, so a key is usually recognized by
/// comparing its bytes with the one expected, not scanned and then looked up.
struct ExpectedKeys {
    /// A field's name between quotes: its first eight bytes as one integer, the rest apart.
    private struct Key {
        let field: EventField
        let head: UInt64
        let headMask: UInt64
        let tail: [UInt8]
        let count: Int

        init(_ field: EventField) {
            let bytes = Array("\"\(field.name)\"".utf8)
            self.field = field
            count = bytes.count
            head = bytes.prefix(8).enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * $1.offset) }
            headMask = bytes.count >= 8 ? .max : (1 << (8 * bytes.count)) - 1
            tail = Array(bytes.dropFirst(8))
        }
    }

    private static let keys = EventField.allCases.map(Key.init)
    private var order = [Key]()

    /// The field expected as the event's key number `index`, consumed from `scanner`
    /// if it comes next.
    func take(_ index: Int, from scanner: inout JSONScanner) -> EventField? {
        guard index < order.count else { return nil }
        let key = order[index]
        scanner.skipWhitespace()
        let bytes = scanner.bytes, start = scanner.position
        guard bytes.count - start >= max(8, key.count),
              UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self) & key.headMask == key.head
        else { return nil }
        for (offset, byte) in key.tail.enumerated() where bytes[start + 8 + offset] != byte { return nil }
        scanner.position += key.count
        return key.field
    }

    /// Records that key number `index` was `field`, to expect it there next time.
    mutating func record(_ field: EventField, at index: Int) {
        let key = Self.keys[field.rawValue]
        if index < order.count { order[index] = key } else { order.append(key) }
    }
}
