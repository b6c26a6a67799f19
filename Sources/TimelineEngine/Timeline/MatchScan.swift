/// A search through a timeline's events that can be done a slice at a time, so that
/// a caller with a screen to keep drawing spreads a long search over several turns.
///
/// `Timeline.scan(_:for:)` starts one and `Timeline.advance(_:by:)` moves it on;
/// `matches` is set once every event has been checked.
public struct MatchScan: Sendable {
    /// How the events are visited.
    enum Order: Sendable {
        /// Few candidates: each one is checked, in timeline order.
        case candidates([Int], found: [Int])
        /// Many: the index is read in its own order (that of the file), which is several
        /// times faster than jumping around it; `isCandidate` is by position.
        case index(isCandidate: [Bool], found: [Bool])
    }

    public let pattern: SearchPattern
    var order: Order
    /// How many candidates (or index entries) have been checked.
    var checked = 0
    let total: Int

    /// The matching events in timeline order, once the scan is complete.
    public internal(set) var matches: [Int]?

    /// How much of the scan is done, from 0 to 1.
    public var progress: Double { total == 0 ? 1 : Double(checked) / Double(total) }
}

extension Timeline {
    /// Starts a search for `pattern` among `events`, positions in timeline order.
    public func scan(_ events: [Int], for pattern: SearchPattern) -> MatchScan {
        guard events.count > rows.count / 8 else {
            return MatchScan(pattern: pattern, order: .candidates(events, found: []), total: events.count)
        }
        var isCandidate = [Bool](repeating: false, count: rows.count)
        for event in events { isCandidate[event] = true }
        let found = [Bool](repeating: false, count: rows.count)
        return MatchScan(pattern: pattern, order: .index(isCandidate: isCandidate, found: found), total: rows.count)
    }

    /// Starts a search for `pattern` among all the events, without a list of them.
    public func scanAll(for pattern: SearchPattern) -> MatchScan {
        let isCandidate = [Bool](repeating: true, count: rows.count)
        let found = [Bool](repeating: false, count: rows.count)
        return MatchScan(pattern: pattern, order: .index(isCandidate: isCandidate, found: found), total: rows.count)
    }

    /// Checks up to `budget` more events; the last call sets the scan's `matches`.
    public func advance(_ scan: inout MatchScan, by budget: Int) {
        guard scan.matches == nil else { return }
        precondition(isSearchable, Self.notSearchable)
        let slice = scan.checked..<(scan.checked + min(budget, scan.total - scan.checked))
        scan.checked = slice.upperBound
        switch scan.order {
        case .candidates(let events, var found):
            found += store.search.filter(events[slice], all: scan.pattern) { Int(rows[$0]) }
            scan.order = .candidates(events, found: found)
            if scan.checked == scan.total { scan.matches = found }
        case .index(let isCandidate, var found):
            store.search.forEachEntry(in: slice, holding: scan.pattern) { row in
                let position = Int(positions[row])
                if isCandidate[position] { found[position] = true }
            }
            scan.order = .index(isCandidate: isCandidate, found: found)
            if scan.checked == scan.total { scan.matches = Self.positions(in: found) }
        }
    }

    /// The positions set in `found`, counted first so that the array is made once: a
    /// million matches then cost a few milliseconds.
    private static func positions(in found: [Bool]) -> [Int] {
        var positions = [Int]()
        positions.reserveCapacity(found.reduce(0) { $0 + ($1 ? 1 : 0) })
        for (position, isFound) in found.enumerated() where isFound { positions.append(position) }
        return positions
    }

    /// The events among `events` that match the search, in the same order.
    public func matching(_ events: [Int], _ pattern: SearchPattern) -> [Int] {
        var search = scan(events, for: pattern)
        advance(&search, by: search.total)
        return search.matches ?? []
    }
}
