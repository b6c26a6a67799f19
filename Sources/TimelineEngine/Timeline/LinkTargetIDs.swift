import CPrefetch

/// Every event's id, copied out of its file while many events are written. A link is
/// written with the id of the event it points to, which is anywhere in the file:
/// reading each such id from there cost two misses of the cache, and kept the file's
/// pages from being given back as the events went out. About 10 bytes an event, freed
/// by `deallocate()` (its owner, `EventReading`, frees it when done).
struct LinkTargetIDs: @unchecked Sendable {
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Where each stored row's id ends in `bytes`, with whether it is kept escaped in the top bit.
    private let ends: UnsafeMutableBufferPointer<UInt32>

    /// Reads the ids in the order stored, along the files, giving the pages read back as
    /// it goes.
    init(_ store: EventStore, batch: inout TextBatch) {
        bytes = .allocate(capacity: store.rows.reduce(0) { $0 + $1.id.count })
        ends = .allocate(capacity: store.rows.count)
        var end = 0
        for (index, row) in store.rows.enumerated() {
            let range = row.id
            let id = UnsafeBufferPointer(rebasing: batch.bytes(row.span)[range.range])
            _ = UnsafeMutableBufferPointer(rebasing: bytes[end..<(end + id.count)]).initialize(from: id)
            end += id.count
            ends[index] = UInt32(end) | (range.isEscaped ? 1 << 31 : 0)
            batch.release(before: row.span)
        }
    }

    func deallocate() {
        bytes.deallocate()
        ends.deallocate()
    }

    /// The id of the event stored at `row`, valid while these ids are.
    func id(ofRow row: Int) -> EventText {
        let start = row == 0 ? 0 : Int(ends[row - 1] & ~(1 << 31))
        let end = ends[row]
        return EventText(bytes: UnsafeBufferPointer(rebasing: bytes[start..<Int(end & ~(1 << 31))]), isEscaped: end >> 31 != 0)
    }

    /// Asks for where the id of the event stored at `row` is (see `pk_prefetch`).
    func prefetchBounds(ofRow row: Int) { pk_prefetch(ends.baseAddress! + max(row - 1, 0)) }
}
