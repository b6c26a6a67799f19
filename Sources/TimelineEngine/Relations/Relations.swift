/// Which organizations worked together, and how: for each pair, the events they share
/// and the links between their events, with the modes those show.
public struct Relations: Sendable {
    public struct Cell: Sendable, Equatable {
        /// Places in `organizations`, `first` before `second`.
        public internal(set) var first: Int
        public internal(set) var second: Int
        /// Events in which both take part.
        public internal(set) var events = 0
        /// Links from an event of one to an event of the other.
        public internal(set) var links = 0
        public internal(set) var modes = ModeCounts()
    }

    /// The organizations of the matrix (ids), in the timeline's order.
    public let organizations: [String]
    /// The pairs that share anything, in the order of `organizations`.
    public let cells: [Cell]

    public func cell(_ first: String, _ second: String) -> Cell? {
        guard let a = organizations.firstIndex(of: first), let b = organizations.firstIndex(of: second) else { return nil }
        return cells.first { ($0.first, $0.second) == (min(a, b), max(a, b)) }
    }
}

extension Timeline {
    /// The relations of every pair of organizations: each top-level organization with its
    /// bodies folded in, or with `bodies` each organization on its own.
    public func relations(bodies: Bool = false) -> Relations {
        var counter = RelationsCounter(self, bodies: bodies)
        while !counter.advance(in: self, by: .max) {}
        return counter.relations(of: self)
    }

    /// Each organization's group: itself with `bodies`, else the top of its chain of parents.
    func organizationGroups(bodies: Bool) -> [Int] {
        var groups = Array(organizations.indices)
        guard !bodies else { return groups }
        for index in organizations.indices {
            var top = index
            var steps = 0
            // Parents were checked for loops on loading; the count only guards against one.
            while let parent = organizations[top].parent.flatMap({ organizationIndexByID[$0] }), steps < organizations.count {
                top = parent
                steps += 1
            }
            groups[index] = top
        }
        return groups
    }

    /// The groups of the organizations taking part in an event, each once, ascending.
    func group(_ position: Int, _ groups: [Int], into members: inout [Int]) {
        members.removeAll(keepingCapacity: true)
        for participant in store.participants[Int(rows[position])] {
            let group = groups[Int(participant.organization)]
            if !members.contains(group) { members.append(group) }
        }
        members.sort()
    }
}

/// Counts the relations a slice of events at a time, so that the explorer stays
/// responsive while a million events are counted.
public struct RelationsCounter: Sendable {
    private let groups: [Int]
    private var tally: PairTally
    private var members = [Int](), others = [Int]()
    private var pairs = Set<Int>()
    /// The next event to count.
    public private(set) var next = 0

    public init(_ timeline: Timeline, bodies: Bool) {
        groups = timeline.organizationGroups(bodies: bodies)
        tally = PairTally(organizations: timeline.organizations.count)
    }

    /// Counts up to `budget` more events; whether every event is counted.
    public mutating func advance(in timeline: Timeline, by budget: Int) -> Bool {
        let end = timeline.events.count - next <= budget ? timeline.events.count : next + budget
        for position in next..<end { count(position, in: timeline) }
        next = end
        return next == timeline.events.count
    }

    private mutating func count(_ position: Int, in timeline: Timeline) {
        timeline.group(position, groups, into: &members)
        if members.count > 1 {
            let modes = timeline.modeBits(of: position)
            for (offset, a) in members.enumerated() {
                for b in members[(offset + 1)...] { tally.addEvent(a, b, modes) }
            }
        }
        for link in timeline.outgoing[position] {
            timeline.group(Int(link.event), groups, into: &others)
            var modes = ModeBits()
            modes.insert(CooperationMode.mode(of: link.type))
            pairs.removeAll(keepingCapacity: true)
            for a in members { for b in others where a != b && pairs.insert(min(a, b) << 16 | max(a, b)).inserted {
                tally.addLink(a, b, modes)
            } }
        }
    }

    /// The relations counted so far (all of them once `advance` has said so).
    public func relations(of timeline: Timeline) -> Relations {
        let cells = tally.cells
        let used = Set(cells.flatMap { [$0.first, $0.second] })
        let shown = timeline.organizations.indices.filter(used.contains)
        let place = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($1, $0) })
        let ordered = cells.map { cell in
            var moved = cell
            (moved.first, moved.second) = (place[cell.first]!, place[cell.second]!)
            return moved
        }.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        return Relations(organizations: shown.map { timeline.organizations[$0].id }, cells: ordered)
    }
}

/// What the pairs share, counted in flat arrays: a million events make a few million
/// updates, too many for a dictionary of cells.
private struct PairTally: Sendable {
    let count: Int
    /// Each pair's slot in the counts, found by its place in a full table when the
    /// organizations are few enough, else through a dictionary.
    private var slots: [Int32]
    private var slotByPair = [Int: Int]()
    private var pairs = [(Int, Int)]()
    private var events = [Int](), links = [Int]()
    private var modes = [ModeCounts]()

    init(organizations count: Int) {
        self.count = count
        slots = count * count <= 1 << 22 ? [Int32](repeating: -1, count: count * count) : []
    }

    private mutating func slot(_ a: Int, _ b: Int) -> Int {
        let (first, second) = (min(a, b), max(a, b))
        let key = first * count + second
        if !slots.isEmpty, slots[key] >= 0 { return Int(slots[key]) }
        if slots.isEmpty, let slot = slotByPair[key] { return slot }
        let slot = pairs.count
        pairs.append((first, second))
        events.append(0)
        links.append(0)
        modes.append(ModeCounts())
        if slots.isEmpty { slotByPair[key] = slot } else { slots[key] = Int32(slot) }
        return slot
    }

    mutating func addEvent(_ a: Int, _ b: Int, _ bits: ModeBits) {
        let slot = slot(a, b)
        events[slot] += 1
        if bits.bits != 0 { modes[slot].add(bits) }
    }

    mutating func addLink(_ a: Int, _ b: Int, _ bits: ModeBits) {
        let slot = slot(a, b)
        links[slot] += 1
        if bits.bits != 0 { modes[slot].add(bits) }
    }

    var cells: [Relations.Cell] {
        pairs.indices.map { slot in
            var cell = Relations.Cell(first: pairs[slot].0, second: pairs[slot].1)
            cell.events = events[slot]
            cell.links = links[slot]
            cell.modes = modes[slot]
            return cell
        }
    }
}
