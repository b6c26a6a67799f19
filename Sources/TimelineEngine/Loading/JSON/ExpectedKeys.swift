/// The keys of the last event read, in order, expected again in the next one: a file
/// writes every event's keys in the same order, so a key is usually recognized by
/// comparing its bytes with the one expected, not scanned and then looked up.
struct ExpectedKeys {
    /// A field's name between quotes, at most sixteen bytes, as two integers to compare
    /// with the next sixteen bytes of the file, under masks for the bytes past its end.
    private struct Key {
        let field: EventField
        let count: Int
        let words: (UInt64, UInt64)
        let masks: (UInt64, UInt64)

        init(_ field: EventField) {
            let bytes = Array("\"\(field.name)\"".utf8)
            precondition(bytes.count <= 16, "a field name longer than 14 bytes")
            func word(_ start: Int) -> (UInt64, UInt64) {
                (start..<(start + 8)).reduce((0, 0)) { word, index in
                    index < bytes.count ? (word.0 | UInt64(bytes[index]) << (8 * (index - start)),
                                           word.1 | 0xFF << (8 * (index - start))) : word
                }
            }
            self.field = field
            count = bytes.count
            (words, masks) = ((word(0).0, word(8).0), (word(0).1, word(8).1))
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
        guard scanner.bytes.count - scanner.position >= 16 else { return nil }
        let next = UnsafeRawPointer(scanner.bytes.baseAddress! + scanner.position)
        guard next.loadUnaligned(as: UInt64.self) & key.masks.0 == key.words.0,
              next.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & key.masks.1 == key.words.1 else { return nil }
        scanner.position += key.count
        return key.field
    }

    /// Records that key number `index` was `field`, to expect it there next time.
    mutating func record(_ field: EventField, at index: Int) {
        let key = Self.keys[field.rawValue]
        if index < order.count { order[index] = key } else { order.append(key) }
    }
}
