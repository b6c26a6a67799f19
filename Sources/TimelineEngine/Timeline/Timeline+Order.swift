extension Timeline {
    /// What follows from the order of the events alone, by position: made apart from the
    /// rest of the indexes so that it can be made on another core.
    struct Order: Sendable {
        /// The row of the store at each position.
        let rows: [Int32]
        /// The position of each row.
        let positions: [Int32]
        let spans: [TimeSpan]
        /// For each organization, the positions of its events.
        let eventsByOrganization: [[Int]]

        /// The order `rows` (with their `positions`) of events with these spans and participants, by row.
        init(rows: [Int32], positions: [Int32], spans: [TimeSpan], participants: FlatLists<EventStore.Participant>,
             organizationCount: Int) {
            self.rows = rows
            self.positions = positions
            self.spans = rows.map { spans[Int($0)] }
            eventsByOrganization = Self.eventsByOrganization(participants, rows: rows, count: organizationCount)
        }

        /// The position of each row, from the row at each position.
        static func positions(of rows: [Int32]) -> [Int32] {
            var positions = [Int32](repeating: 0, count: rows.count)
            for (position, row) in rows.enumerated() { positions[Int(row)] = Int32(position) }
            return positions
        }

        /// The positions of each organization's events, in timeline order: counted, then
        /// laid out in one array, which is faster than growing fifty arrays.
        private static func eventsByOrganization(_ participants: FlatLists<EventStore.Participant>, rows: [Int32],
                                                 count: Int) -> [[Int]] {
            var lengths = [UInt32](repeating: 0, count: count)
            for participant in participants.items { lengths[Int(participant.organization)] += 1 }
            let ends = FlatLists<Int>.ends(ofLengths: lengths).map(Int.init)
            let starts = zip(ends, lengths).map { $0 - Int($1) }
            var next = starts
            var laidOut = [Int](repeating: 0, count: ends.last ?? 0)
            participants.items.withUnsafeBufferPointer { items in
                for (position, row) in rows.enumerated() {
                    for index in participants.indices(of: Int(row)) {
                        let organization = Int(items[index].organization)
                        laidOut[next[organization]] = position
                        next[organization] += 1
                    }
                }
            }
            return zip(starts, ends).map { start, end in Array(laidOut[start..<end]) }
        }
    }
}
