import Foundation

extension Timeline {
    /// Goes through the events at `positions` in order, a block at a time: `make` turns
    /// each block into a part (its text, say), two blocks at a time on the two cores,
    /// and `use` gets the parts in order. Reading events in timeline order mostly waits
    /// for memory, so two cores read a million nearly twice as fast as one.
    ///
    /// Throws what `use` throws, or `DataFileChanged` when a data file changed on disk
    /// since it was loaded.
    public func readBlocks<Part: Sendable>(of positions: [Int], _ make: @escaping @Sendable (EventBlock) -> Part,
                                           then use: (Part) throws -> Void) throws {
        try text.withBatch { batch in
            let reading = EventReading(timeline: self, batch: batch)
            let size = EventBlock.size
            for start in stride(from: 0, to: positions.count, by: 2 * size) {
                let first = EventBlock(positions: positions[start..<min(positions.count, start + size)],
                                       isFirst: start == 0, reading: reading)
                let second = EventBlock(positions: positions[first.positions.endIndex..<min(positions.count, start + 2 * size)],
                                        isFirst: false, reading: reading)
                let other = second.positions.isEmpty ? nil : Background { make(second) }
                let part = make(first)
                let otherPart = other?.take()
                try batch.check()
                try use(part)
                if let otherPart { try use(otherPart) }
            }
        }
    }

    /// Writes the events at `positions` in order, each block of them made into text by
    /// `make` (see `readBlocks`).
    public func writeEvents(at positions: [Int], _ make: @escaping @Sendable (EventBlock) -> Data,
                            to write: (Data) throws -> Void) throws {
        try readBlocks(of: positions, make, then: write)
    }
}

/// Some events to write, in order, read in place (see `Timeline.writeEvents(at:_:to:)`).
public struct EventBlock: Sendable {
    /// Events in a block: enough to be worth a thread, few enough to write soon.
    static let size = 4096

    public let positions: ArraySlice<Int>
    /// Whether these are the first events written.
    public let isFirst: Bool
    let reading: EventReading

    public func forEach(_ body: (EventView) -> Void) {
        for position in positions { body(EventView(reading, position: position)) }
    }
}
