import Algorithms

/// The fields most events lack (`EventField.isReference`: url, wikidata, location,
/// sources, extra), kept only for the events that have them, so that a million events
/// without them cost nothing. Each value is kept as its JSON text in the event's text,
/// and read (by `NodeReader.readReference`) when the event is made.
struct ReferenceFields: Sendable {
    struct Entry: Sendable, Equatable {
        /// The row of the event in its store (its position, once in a compact file).
        var row: Int32
        var field: EventField
        /// The value's JSON text, from the start of the event's text.
        var range: TextRange
    }

    /// In order of rows.
    private(set) var entries: [Entry] = []

    init(entries: [Entry] = []) { self.entries = entries }

    /// Adds a field of the event at `row`, which is not before any added so far.
    mutating func append(row: Int, field: EventField, range: TextRange) {
        entries.append(Entry(row: Int32(row), field: field, range: range))
    }

    /// Moves the entries of `other`, whose rows come after `rowOffset` of these.
    mutating func append(taking other: inout ReferenceFields, rowOffset: Int) {
        entries += other.entries.map { Entry(row: $0.row + Int32(rowOffset), field: $0.field, range: $0.range) }
        other.entries = []
    }

    /// The fields of the event at `row`.
    func entries(ofRow row: Int) -> ArraySlice<Entry> {
        guard !entries.isEmpty else { return [] }
        let start = entries.partitioningIndex { $0.row >= row }
        let end = entries[start...].partitioningIndex { $0.row > row }
        return entries[start..<end]
    }
}

extension ReferenceFields {
    /// Drops the fields of the rows from `row` on.
    mutating func keepRows(before row: Int) {
        entries.removeSubrange(entries.partitioningIndex { $0.row >= row }...)
    }
}
