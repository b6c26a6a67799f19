import CPrefetch
import Foundation

extension Timeline {
    /// Goes through the events at `positions` in order, a block at a time: `make` turns
    /// each block into a part (its text, say) on the other threads, a few blocks ahead,
    /// while `use` gets the parts in order (writing them, say). Reading events in
    /// timeline order mostly waits for memory, so two cores read a million nearly twice
    /// as fast as one, and writing one part overlaps making the next.
    ///
    /// Throws what `use` throws, or `DataFileChanged` when a data file changed on disk
    /// since it was loaded.
    ///
    /// `namingLinkTargets`, for writers of links: every event's id is held in memory
    /// meanwhile (`LinkTargetIDs`), when many events are written.
    public func readBlocks<Part: Sendable>(of positions: [Int], namingLinkTargets: Bool = false,
                                           _ make: @escaping @Sendable (EventBlock) -> Part,
                                           then use: (Part) throws -> Void) throws {
        try text.withBatch { batch in
            let floors = storedFloors(ofBlocksOf: positions)
            var linkTargets: LinkTargetIDs?
            if namingLinkTargets, !outgoing.items.isEmpty, positions.count >= events.count / 8 {
                linkTargets = LinkTargetIDs(store, batch: &batch)
            }
            if floors.count < 2 || Int(floors[floors.count / 2]) < rows.count / 4 { batch.expectScatteredReads() }
            let reading = EventReading(timeline: self, batch: batch, linkTargets: linkTargets)
            var starts = stride(from: 0, to: positions.count, by: EventBlock.size).makeIterator()
            var pending: [Background<Part>] = []
            // The work in hand reads the mapped files: it ends before they are unmapped.
            defer { pending.forEach { _ = $0.take() } }
            func startNext() {
                guard let start = starts.next() else { return }
                let block = EventBlock(positions: positions[start..<min(positions.count, start + EventBlock.size)],
                                       isFirst: start == 0, reading: reading)
                pending.append(Background { make(block) })
            }
            for _ in 0..<EventBlock.madeAhead { startNext() }
            for block in floors.indices {
                let part = pending.removeFirst().take()!
                startNext()
                try batch.check()
                try use(part)
                if block + 1 < floors.count { batch.release(before: store.rows[Int(floors[block + 1])].span) }
            }
        }
    }

    /// Writes the events at `positions` in order, each block of them made into text by
    /// `make` (see `readBlocks`).
    public func writeEvents(at positions: [Int], namingLinkTargets: Bool = false,
                            _ make: @escaping @Sendable (EventBlock) -> Data, to write: (Data) throws -> Void) throws {
        try readBlocks(of: positions, namingLinkTargets: namingLinkTargets, make, then: write)
    }
}

/// Some events to write, in order, read in place (see `Timeline.writeEvents(at:_:to:)`).
public struct EventBlock: Sendable {
    /// Events in a block: enough to be worth a thread, few enough to write soon.
    static let size = 4096
    /// Blocks being made while one is used: enough to keep both cores busy.
    static let madeAhead = 4

    public let positions: ArraySlice<Int>
    /// Whether these are the first events written.
    public let isFirst: Bool
    let reading: EventReading

    /// How far ahead the data of the events to come is asked for: where each one's row
    /// is first (positions not in timeline order, such as the order stored, look it up
    /// all over), then its row and bounds, then, once they have come, what they point
    /// to (see `EventColumns`).
    private static let positionsAhead = 32
    private static let rowsAhead = 16
    private static let contentsAhead = 8

    public func forEach(_ body: (EventView) -> Void) {
        for index in positions.indices {
            if index + Self.positionsAhead < positions.endIndex { reading.prefetchRowIndex(ofEventAt: positions[index + Self.positionsAhead]) }
            if index + Self.rowsAhead < positions.endIndex { reading.prefetchRow(ofEventAt: positions[index + Self.rowsAhead]) }
            if index + Self.contentsAhead < positions.endIndex {
                reading.prefetchContents(ofEventAt: positions[index + Self.contentsAhead])
            }
            body(EventView(reading, position: positions[index]))
        }
    }
}

extension EventReading {
    /// Asks for where the row of the event at `position` is stored.
    func prefetchRowIndex(ofEventAt position: Int) { pk_prefetch(columns.rowOfPosition.baseAddress! + position) }

    /// Asks for the row of the event at `position` and the bounds of its lists, and for
    /// where the events it links to are stored.
    func prefetchRow(ofEventAt position: Int) {
        columns.prefetchRow(Int(columns.rowOfPosition[position]))
        guard linkTargets != nil else { return }
        for link in columns.outgoing[position] { pk_prefetch(columns.rowOfPosition.baseAddress! + Int(link.event)) }
    }

    /// Asks for the text of the event at `position`, the items of its lists and the
    /// bounds of its links' target ids: what `prefetchRow(ofEventAt:)` asked for is read.
    func prefetchContents(ofEventAt position: Int) {
        let row = Int(columns.rowOfPosition[position])
        columns.prefetchContents(ofRow: row)
        batch.prefetch(columns.rows[row].span)
        guard let linkTargets else { return }
        for link in columns.outgoing[position] { linkTargets.prefetchBounds(ofRow: Int(columns.rowOfPosition[Int(link.event)])) }
    }
}

extension Timeline {
    /// For each block of `positions`, the first stored row that it or a later block
    /// reads: the pages of the files before it can be given back once the blocks before
    /// are written. Rows are stored in the order of their files, so in a file whose
    /// events are in timeline order (as every export is), pages are given back as they
    /// are written; in a file in another order, only near the end.
    func storedFloors(ofBlocksOf positions: [Int]) -> [Int32] {
        var floors = stride(from: 0, to: positions.count, by: EventBlock.size).map { start in
            positions[start..<min(positions.count, start + EventBlock.size)].lazy.map { self.rows[$0] }.min()!
        }
        for index in floors.indices.reversed().dropFirst() { floors[index] = min(floors[index], floors[index + 1]) }
        return floors
    }

    /// The events at `positions`, each once, in the order they are stored: the fastest
    /// order to read many events in when the order does not matter (to measure them,
    /// say), as timeline order is all over a file written in another.
    public func storageOrder(of positions: [Int]) -> [Int] {
        var isIncluded = [Bool](repeating: false, count: rows.count)
        for position in positions { isIncluded[Int(rows[position])] = true }
        return self.positions.indices.lazy.filter { isIncluded[$0] }.map { Int(self.positions[$0]) }
    }
}
