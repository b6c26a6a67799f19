extension Timeline {
    /// The order of a timeline: earliest possible start, then latest possible end, then
    /// title, then id (as UTF-8), so that the order is total and does not depend on input order.
    /// The store's title prefixes are freed once read.
    static func chronologicalRows(_ store: inout EventStore, text: TextStore) -> [Int32] {
        struct Key {
            let days: UInt64
            let title: EventStore.TitlePrefix
            let row: Int32

            func ties(_ other: Key) -> Bool { days == other.days && title == other.title }
        }
        var keys = store.spans.indices.map { row in
            let span = store.spans[row]
            let days = UInt64(span.earliestStart.value) << 32 | UInt64(min(span.latestEnd.value, Int(UInt32.max)))
            return Key(days: days, title: store.titlePrefixes[row], row: Int32(row))
        }
        store.titlePrefixes = []
        keys.sort { lhs, rhs in lhs.days != rhs.days ? lhs.days < rhs.days : lhs.title < rhs.title }
        // Events alike in dates and first title bytes are ordered by whole title and id,
        // each read once from the text, not once per comparison.
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end].ties(keys[start]) { end += 1 }
            if end - start > 1 {
                let texts = keys[start..<end].map { key in
                    let row = store.rows[Int(key.row)]
                    let bytes = text.bytes(row.span) ?? []
                    return (title: Array(row.title.string(in: bytes).utf8), id: Array(row.id.string(in: bytes).utf8), key: key)
                }
                let sorted = texts.sorted { lhs, rhs in
                    lhs.title != rhs.title ? lhs.title.lexicographicallyPrecedes(rhs.title) : lhs.id.lexicographicallyPrecedes(rhs.id)
                }
                keys.replaceSubrange(start..<end, with: sorted.map(\.key))
            }
            start = end
        }
        return keys.map(\.row)
    }
}
