/// Event positions by the hash of their id: an open-addressing table that uses the
/// hash's own bits, so that a million lookups cost a probe or two each instead of
/// hashing the hash again, as a `Dictionary` would.
///
/// A million ids make a table far larger than the processor's caches. Built or read
/// in bulk, entries are first grouped by the region of the table their slot is in, and
/// the regions are visited one after another, each small enough to stay in cache.
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

    /// The table of `ids`, where the id of row `row` is at position `positions[row]`;
    /// nil if two ids share a hash, unless `keepingFirst`, which keeps the earlier position.
    init?(ids: [TextHash], positions: [Int32], keepingFirst: Bool) {
        self.init(capacity: ids.count)
        let entries = byRegion(ids.count) { (ids[$0].hash, positions[$0]) }
        for entry in entries where !insert(entry.hash, position: entry.value) {
            guard keepingFirst else { return nil }
            lowerPosition(of: entry.hash, to: entry.value)
        }
    }

    /// Adds an entry; false, and nothing changes, when the hash is already there.
    mutating func insert(_ id: TextHash, position: Int32) -> Bool {
        insert(id.hash, position: position)
    }

    private mutating func insert(_ hash: UInt64, position: Int32) -> Bool {
        let slot = slot(of: hash)
        guard positions[slot] == 0 else { return false }
        hashes[slot] = hash
        positions[slot] = position + 1
        return true
    }

    subscript(id: TextHash) -> Int32? {
        let slot = slot(of: id.hash)
        return positions[slot] == 0 ? nil : positions[slot] - 1
    }

    /// The position of each of `count` hashes, -1 for those not in the table.
    func positions(ofCount count: Int, _ hash: (Int) -> UInt64) -> [Int32] {
        var found = [Int32](repeating: -1, count: count)
        for entry in byRegion(count, { (hash($0), Int32($0)) }) {
            let slot = slot(of: entry.hash)
            found[Int(entry.value)] = positions[slot] - 1
        }
        return found
    }

    /// The slot holding `hash`, or the empty slot where it would go.
    private func slot(of hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while positions[slot] != 0, hashes[slot] != hash { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func lowerPosition(of hash: UInt64, to position: Int32) {
        let slot = slot(of: hash)
        positions[slot] = min(positions[slot], position + 1)
    }

    /// `count` entries, made by `entry` from their index, in the order of the table's
    /// regions (a counting sort on the top bits of their slot); stable within a region.
    private func byRegion(_ count: Int, _ entry: (Int) -> (hash: UInt64, value: Int32)) -> [(hash: UInt64, value: Int32)] {
        // Regions of 32k slots: 384 kB of hashes and positions.
        let regionShift = 15
        let regionCount = (mask + 1) >> regionShift
        guard regionCount > 1 else { return (0..<count).map(entry) }
        func region(_ hash: UInt64) -> Int { (Int(truncatingIfNeeded: hash) & mask) >> regionShift }
        var starts = [Int](repeating: 0, count: regionCount + 1)
        for index in 0..<count { starts[region(entry(index).hash) + 1] += 1 }
        for region in 0..<regionCount { starts[region + 1] += starts[region] }
        return [(hash: UInt64, value: Int32)](unsafeUninitializedCapacity: count) { sorted, initialized in
            for index in 0..<count {
                let next = entry(index)
                let place = region(next.hash)
                (sorted.baseAddress! + starts[place]).initialize(to: next)
                starts[place] += 1
            }
            initialized = count
        }
    }
}
