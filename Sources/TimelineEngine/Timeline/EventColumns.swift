/// The columns that `EventView`s read, as pointers taken once for a whole reading.
///
/// Read from the arrays, each column's storage is retained and released at each read
/// (an `ArraySlice` of a list, say). With two threads reading the same columns, each
/// of those is an atomic write to a count both cores want: they took a fifth of the
/// time of an export. The pointers are valid while the timeline they come from lives
/// (`EventReading` holds it): its columns are constants, never changed nor moved.
///
/// Reading events in timeline order from a store in another order also misses the
/// cache at each column, one miss after another. Asked for a few events ahead
/// (`prefetchRow(_:)`, then `prefetchContents(ofRow:)`), the data comes while the
/// events before are written, and the misses overlap.
struct EventColumns: @unchecked Sendable {
    /// The row of the event at each position.
    let rowOfPosition: UnsafeBufferPointer<Int32>
    let rows: SegmentsBuffer<EventStore.Row>
    let aliases: ListsBuffer<TextRange>
    let places: ListsBuffer<TextRange>
    let tags: ListsBuffer<TextRange>
    let participants: ListsBuffer<EventStore.Participant>
    let chapters: ListsBuffer<UInt16>
    let pages: ListsBuffer<Int32>
    let footnotes: ListsBuffer<Int32>
    /// Each position's own links.
    let outgoing: ListsBuffer<CompactLink>

    /// Pointers into the columns of `timeline`, valid while it lives and until `deallocate()`.
    init(_ timeline: Timeline) {
        rowOfPosition = timeline.rows.withUnsafeBufferPointer { $0 }
        rows = timeline.store.rows.unsafeBuffer
        aliases = timeline.store.aliases.unsafeBuffer
        places = timeline.store.places.unsafeBuffer
        tags = timeline.store.tags.unsafeBuffer
        participants = timeline.store.participants.unsafeBuffer
        chapters = timeline.store.chapters.unsafeBuffer
        pages = timeline.store.pages.unsafeBuffer
        footnotes = timeline.store.footnotes.unsafeBuffer
        outgoing = timeline.outgoing.unsafeBuffer
    }

    func deallocate() { rows.deallocate() }

    /// Asks for what reading the event at `row` starts from: its row, and where each of
    /// its lists is. `prefetchContents(ofRow:)` follows once these have come.
    func prefetchRow(_ row: Int) {
        rows.prefetch(row)
        prefetchLists(.bounds, of: row)
    }

    /// Asks for the items of the lists of the event at `row`; its row and their bounds
    /// are read, so they should have been asked for earlier.
    func prefetchContents(ofRow row: Int) { prefetchLists(.items, of: row) }

    private func prefetchLists(_ part: ListPart, of row: Int) {
        aliases.prefetch(part, of: row)
        places.prefetch(part, of: row)
        tags.prefetch(part, of: row)
        participants.prefetch(part, of: row)
        chapters.prefetch(part, of: row)
        pages.prefetch(part, of: row)
        footnotes.prefetch(part, of: row)
    }
}
