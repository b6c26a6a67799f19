extension Timeline {
    /// The order of a timeline: earliest possible start, then latest possible end, then
    /// title, then id (as UTF-8), so that the order is total and does not depend on input order.
    /// The store's order keys are freed once read.
    static func chronologicalRows(_ store: inout EventStore, text: TextStore) -> [Int32] {
        var keys = store.orderKeys.takeSorted()
        // Events alike in dates and first title bytes are ordered by whole title and id,
        // each read once from the text, not once per comparison; the row last, for
        // duplicates (left out later), so that the one read first stays first.
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
                    if lhs.title != rhs.title { return lhs.title.lexicographicallyPrecedes(rhs.title) }
                    if lhs.id != rhs.id { return lhs.id.lexicographicallyPrecedes(rhs.id) }
                    return lhs.key.row < rhs.key.row
                }
                keys.replaceSubrange(start..<end, with: sorted.map(\.key))
            }
            start = end
        }
        return keys.map(\.row)
    }
}
