extension EventStore {
    /// Drops what an event refused halfway through its reading left in the lists (its
    /// fixed fields are stored only once all of it is accepted), so that reading goes
    /// on with the next.
    mutating func discardUnfinishedEvent() {
        let rows = count
        for lists in [\EventStore.aliases, \.places, \.tags] as [WritableKeyPath<EventStore, FlatLists<TextRange>>] {
            self[keyPath: lists].keepFirst(rows)
        }
        participants.keepFirst(rows)
        chapters.keepFirst(rows)
        pages.keepFirst(rows)
        footnotes.keepFirst(rows)
        links.keepFirst(rows)
        references.keepRows(before: rows)
    }
}
