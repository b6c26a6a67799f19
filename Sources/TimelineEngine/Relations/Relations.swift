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
        let groups = organizationGroups(bodies: bodies)
        let count = organizations.count
        var cells = [Int: Relations.Cell]()
        func pair(_ a: Int, _ b: Int) -> Int { min(a, b) * count + max(a, b) }
        func update(_ a: Int, _ b: Int, _ change: (inout Relations.Cell) -> Void) {
            let key = pair(a, b)
            change(&cells[key, default: Relations.Cell(first: min(a, b), second: max(a, b))])
        }
        var members = [Int](), others = [Int]()
        for position in events.indices {
            group(position, groups, into: &members)
            if members.count > 1 {
                let modes = modeBits(of: position)
                for (offset, a) in members.enumerated() {
                    for b in members[(offset + 1)...] { update(a, b) { $0.events += 1; $0.modes.add(modes) } }
                }
            }
            for link in outgoing[position] {
                group(Int(link.event), groups, into: &others)
                var pairs = Set<Int>()
                var modes = ModeBits()
                modes.insert(CooperationMode.mode(of: link.type))
                for a in members { for b in others where a != b && pairs.insert(pair(a, b)).inserted {
                    update(a, b) { $0.links += 1; $0.modes.add(modes) }
                } }
            }
        }
        let used = Set(cells.values.flatMap { [$0.first, $0.second] })
        let shown = organizations.indices.filter(used.contains)
        let place = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($1, $0) })
        let ordered = cells.values.map { cell in
            var moved = cell
            (moved.first, moved.second) = (place[cell.first]!, place[cell.second]!)
            return moved
        }.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        return Relations(organizations: shown.map { organizations[$0].id }, cells: ordered)
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
