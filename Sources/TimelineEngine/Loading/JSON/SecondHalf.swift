/// The second half of a long events array, read on another thread while the first
/// reader reads the first half (see `JSONTimelineReader.events`).
struct SecondHalf {
    struct Events {
        var store = EventStore()
        var organizations = JSONTimelineReader.Names()
        var chapters = JSONTimelineReader.Names()
        /// The position after the array's closing bracket.
        var end = 0

        /// Moves these events after those of `store`, their organizations and chapters
        /// numbered among `organizations` and `chapters`; false when there are too many.
        mutating func move(into store: inout EventStore, organizations: inout JSONTimelineReader.Names,
                           chapters: inout JSONTimelineReader.Names) -> Bool {
            guard let organizationNumbers = organizations.numbers(adding: self.organizations),
                  let chapterNumbers = chapters.numbers(adding: self.chapters) else { return false }
            store.append(taking: &self.store, organizations: organizationNumbers, chapters: chapterNumbers)
            return true
        }
    }

    /// Below this many bytes, an array is read by one reader: a thread would cost more than it saves.
    static let minimumBytes = 8 << 20

    /// Where the second reader starts: what looks like the start of an event.
    let start: Int
    /// Its events, nil if it did not accept them all.
    private let reading: Background<Events?>

    /// Starts reading near the middle of what follows `position`, if that is at least
    /// `minimumBytes` long and an event seems to start there.
    init?(of bytes: UnsafeBufferPointer<UInt8>, after position: Int, source: Int, minimumBytes: Int, indexesSearch: Bool,
          release: @escaping @Sendable (Range<Int>) -> Void) {
        var first = position
        while first < bytes.count, JSONScanner.isWhitespace(bytes[first]) { first += 1 }
        guard bytes.count - position >= minimumBytes,
              let start = Self.eventStart(in: bytes, first: first, from: position + (bytes.count - position) / 2)
        else { return nil }
        self.start = start
        nonisolated(unsafe) let bytes = bytes
        reading = Background {
            var events = Events()
            events.store.reserveCapacity(events: (bytes.count - start) / 256 + 16)
            guard let end = JSONTimelineReader.remainingEvents(bytes, from: start, source: source, indexesSearch: indexesSearch,
                                                               release: release,
                                                               into: &events.store, organizations: &events.organizations,
                                                               chapters: &events.chapters) else { return nil }
            events.store.orderKeys.sort()
            events.end = end
            return events
        }
    }

    /// Waits for the second reader; its events, once, if it accepted them all.
    func finish() -> Events? { reading.take() ?? nil }

    /// The first `{` after `index` that follows a comma and begins like the first event
    /// (at `first`), up to its first colon: `{"id":` in a compact file, the brace, line
    /// break, indentation and first key in a formatted one, where objects nested deeper
    /// are indented differently. Likely, not certainly, an event of the array.
    static func eventStart(in bytes: UnsafeBufferPointer<UInt8>, first: Int, from index: Int) -> Int? {
        guard first < bytes.count, bytes[first] == UInt8(ascii: "{"),
              let colon = (first..<min(bytes.count, first + 64)).first(where: { bytes[$0] == UInt8(ascii: ":") })
        else { return nil }
        let opening = UnsafeBufferPointer(rebasing: bytes[first...colon])
        for brace in index..<(bytes.count - opening.count) where bytes[brace] == UInt8(ascii: "{") {
            guard UnsafeBufferPointer(rebasing: bytes[brace..<(brace + opening.count)]).elementsEqual(opening) else { continue }
            var before = brace - 1
            while before > 0, JSONScanner.isWhitespace(bytes[before]) { before -= 1 }
            if bytes[before] == UInt8(ascii: ",") { return brace }
        }
        return nil
    }
}
