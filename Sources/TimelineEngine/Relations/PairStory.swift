/// How two organizations worked together over time: the events both take part in and
/// the events linked across the two, in time order, each with its modes, and how many
/// of each mode every decade saw.
public struct PairStory: Sendable {
    public struct Entry: Sendable, Equatable {
        public let event: Int
        /// Whether both take part (otherwise the event is one end of a link across the two).
        public let isShared: Bool
        public let modes: Set<CooperationMode>
    }

    public let organizations: (String, String)
    public let entries: [Entry]
    /// Each decade's first year, and the modes its entries show.
    public let decades: [(decade: Int, modes: ModeCounts)]
    public let modes: ModeCounts

    /// The events of the story, for a filter: in timeline order.
    public var events: [Int] { entries.map(\.event) }
}

extension Timeline {
    /// The story of two organizations (ids; bodies folded into their top-level
    /// organization unless `bodies`): shared events, and events linked across the two.
    public func pairStory(_ first: String, _ second: String, bodies: Bool = false) -> PairStory? {
        guard let a = organizationIndexByID[first], let b = organizationIndexByID[second] else { return nil }
        let groups = organizationGroups(bodies: bodies)
        let (groupA, groupB) = (groups[a], groups[b])
        var bits = [Int: ModeBits]()
        var shared = Set<Int>()
        var members = [Int](), others = [Int]()
        // Only the events of the two can be shared or linked across: their lists, not every event, are read.
        let candidates = Set(events(ofOrganization: organizations[groupA].id, includingBodies: !bodies)
            + events(ofOrganization: organizations[groupB].id, includingBodies: !bodies)).sorted()
        for position in candidates {
            group(position, groups, into: &members)
            let hasA = members.contains(groupA), hasB = members.contains(groupB)
            if hasA && hasB {
                shared.insert(position)
                bits[position, default: ModeBits()].bits |= modeBits(of: position).bits
            }
            guard hasA || hasB else { continue }
            for link in outgoing[position] {
                group(Int(link.event), groups, into: &others)
                guard (hasA && others.contains(groupB)) || (hasB && others.contains(groupA)) else { continue }
                for end in [position, Int(link.event)] { bits[end, default: ModeBits()].insert(CooperationMode.mode(of: link.type)) }
            }
        }
        let entries = bits.keys.sorted().map { PairStory.Entry(event: $0, isShared: shared.contains($0), modes: bits[$0]!.modes) }
        var total = ModeCounts()
        var byDecade = [Int: ModeCounts]()
        for entry in entries {
            let modes = bits[entry.event]!
            total.add(modes)
            byDecade[spans[entry.event].earliestStart.year / 10 * 10, default: ModeCounts()].add(modes)
        }
        return PairStory(organizations: (organizations[groupA].id, organizations[groupB].id), entries: entries,
                         decades: byDecade.keys.sorted().map { ($0, byDecade[$0]!) }, modes: total)
    }
}

extension Timeline {
    /// The events of a pair's story without their modes: those both organizations take
    /// part in, and those linked across the two.
    public func pairEvents(_ first: String, _ second: String, bodies: Bool = false) -> [Int] {
        guard var search = PairEventSearch(self, first, second, bodies: bodies) else { return [] }
        while !search.advance(in: self, by: .max) {}
        return search.events
    }
}

/// Finds a pair's events a slice at a time, so that a key is answered at a million
/// events: the shared ones at once (the two organizations' lists merged), then the
/// events linked across, following links from the smaller side.
public struct PairEventSearch: Sendable {
    public let organizations: (String, String)
    private let near: [Int]
    private let farFamily: [Bool]
    private var next = 0
    private var found: [Int]

    public init?(_ timeline: Timeline, _ first: String, _ second: String, bodies: Bool) {
        guard let a = timeline.organizationIndexByID[first], let b = timeline.organizationIndexByID[second] else { return nil }
        let groups = timeline.organizationGroups(bodies: bodies)
        let inA = groups.map { $0 == groups[a] }, inB = groups.map { $0 == groups[b] }
        let eventsOfA = timeline.events(ofOrganization: timeline.organizations[groups[a]].id, includingBodies: !bodies)
        let eventsOfB = timeline.events(ofOrganization: timeline.organizations[groups[b]].id, includingBodies: !bodies)
        organizations = (first, second)
        // A link across has one end on each side: following the smaller side's links finds them all.
        (near, farFamily) = eventsOfA.count <= eventsOfB.count ? (eventsOfA, inB) : (eventsOfB, inA)
        // Both lists are in timeline order: they are merged, not hashed.
        var shared = [Int]()
        var (i, j) = (0, 0)
        while i < eventsOfA.count, j < eventsOfB.count {
            if eventsOfA[i] == eventsOfB[j] { shared.append(eventsOfA[i]) }
            if eventsOfA[i] <= eventsOfB[j] { i += 1 } else { j += 1 }
        }
        found = shared
    }

    /// Follows the links of up to `budget` more events; whether all are followed.
    public mutating func advance(in timeline: Timeline, by budget: Int) -> Bool {
        let end = near.count - next <= budget ? near.count : next + budget
        func involves(_ position: Int) -> Bool {
            timeline.store.participants[Int(timeline.rows[position])].contains { farFamily[Int($0.organization)] }
        }
        for position in near[next..<end] {
            for link in timeline.outgoing[position] where involves(Int(link.event)) { found += [position, Int(link.event)] }
            for link in timeline.incoming[position] where involves(Int(link.event)) { found += [position, Int(link.event)] }
        }
        next = end
        return next == near.count
    }

    /// The events found so far, in timeline order.
    public var events: [Int] {
        let sorted = found.sorted()
        return sorted.enumerated().filter { $0.offset == 0 || sorted[$0.offset - 1] != $0.element }.map(\.element)
    }
}
