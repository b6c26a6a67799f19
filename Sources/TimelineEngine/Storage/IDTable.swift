/// Event positions by the hash of their id: an open-addressing table that uses the
/// hash's own bits, so that a million lookups cost a probe or two each instead of
/// hashing the hash again, as a `Dictionary` would.
struct IDTable: Sendable {
    /// Each slot: the hash, and the position plus one (0 marks an empty slot).
    private var hashes: [UInt64]
    private var positions: [Int32]
    private let mask: Int

    /// An empty table with room for `count` entries.
    init(capacity count: Int) {
        var size = 16
        while size < count * 2 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        positions = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds an entry; false, and nothing changes, when the hash is already there.
    mutating func insert(_ id: TextHash, position: Int32) -> Bool {
        var slot = Int(truncatingIfNeeded: id.hash) & mask
        while positions[slot] != 0 {
            if hashes[slot] == id.hash { return false }
            slot = (slot + 1) & mask
        }
        hashes[slot] = id.hash
        positions[slot] = position + 1
        return true
    }

    subscript(id: TextHash) -> Int32? {
        var slot = Int(truncatingIfNeeded: id.hash) & mask
        while positions[slot] != 0 {
            if hashes[slot] == id.hash { return positions[slot] - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
