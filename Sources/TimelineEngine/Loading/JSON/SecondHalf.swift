/// The second half of a long events array, read on another thread while the first
/// reader reads the first half (see `JSONTimelineReader.events`).
struct SecondHalf {
    struct Events {
        var store = EventStore()
        var organizations = JSONTimelineReader.Names()
        var chapters = JSONTimelineReader.Names()
        /// The position after the array's closing bracket.
        var end = 0
    }

    /// Below this many bytes, an array is read by one reader: a thread would cost more than it saves.
    static let minimumBytes = 8 << 20

    /// Where the second reader starts: what looks like the start of an event.
    let start: Int
    /// Its events, nil if it did not accept them all.
    private let reading: Background<Events?>

    /// Starts reading near the middle of what follows `position`, if that is at least
    /// `minimumBytes` long and an event seems to start there.
    init?(of bytes: UnsafeBufferPointer<UInt8>, after position: Int, source: Int, minimumBytes: Int,
          release: @escaping @Sendable (Range<Int>) -> Void) {
        var first = position
        while first < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[first]) { first += 1 }
        guard bytes.count - position >= minimumBytes,
              let start = Self.eventStart(in: bytes, first: first, from: position + (bytes.count - position) / 2)
        else { return nil }
        self.start = start
        nonisolated(unsafe) let bytes = bytes
        reading = Background {
            var events = Events()
            events.store.reserveCapacity(events: (bytes.count - start) / 256 + 16)
            guard let end = JSONTimelineReader.remainingEvents(bytes, from: start, source: source, release: release,
                                                               into: &events.store, organizations: &events.organizations,
                                                               chapters: &events.chapters) else { return nil }
            events.end = end
            return events
        }
    }

    /// Waits for the second reader; its events, once, if it accepted them all.
    func finish() -> Events? { reading.take() ?? nil }

    /// The first event after `index` that starts a line indented like the first event
    /// (at `first`), after a line ending in a comma: likely, not certainly, an event of
    /// the array, as a formatter writes them. Nil for a file not laid out that way.
    private static func eventStart(in bytes: UnsafeBufferPointer<UInt8>, first: Int, from index: Int) -> Int? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var lineStart = first
        while lineStart > 0, isSpace(bytes[lineStart - 1]) { lineStart -= 1 }
        guard lineStart > 0, bytes[lineStart - 1] == 0x0A else { return nil }
        let indent = first - lineStart
        var index = index
        while let newline = (index..<bytes.count).first(where: { bytes[$0] == 0x0A }) {
            index = newline + 1
            let brace = newline + 1 + indent
            guard brace < bytes.count, bytes[brace] == UInt8(ascii: "{"),
                  (newline + 1..<brace).allSatisfy({ isSpace(bytes[$0]) }) else { continue }
            var before = newline - 1
            while before > 0, isSpace(bytes[before]) { before -= 1 }
            if bytes[before] == UInt8(ascii: ",") { return brace }
        }
        return nil
    }
}
