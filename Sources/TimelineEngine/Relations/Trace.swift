/// The chain of events linked to one, in both directions and transitively, each reached
/// once (a cycle is followed no further), up to a depth: what came before it and what
/// followed, in time order.
public struct Trace: Sendable {
    public struct Step: Sendable, Equatable {
        public let event: Int
        /// How many links away from the root, negative for an event that started before it.
        public let depth: Int
        /// The event it was reached from, and the link between them as seen from that event.
        public let from: Int?
        public let link: ResolvedLink?
    }

    public let root: Int
    /// The root and every event reached, in timeline order.
    public let steps: [Step]
    /// Every link between two events of the trace: source, target, type.
    public let links: [(source: Int, target: Int, type: LinkType)]
}

extension Timeline {
    /// The events linked to `root`, directly or through others, up to `depth` links away.
    public func trace(from root: Int, depth maximum: Int) -> Trace {
        var distance = [root: 0]
        var reached = [Int: (from: Int, link: ResolvedLink)]()
        var frontier = [root]
        for level in 1...max(1, maximum) where maximum > 0 {
            var next = [Int]()
            for event in frontier {
                for link in links(of: event) + backlinks(of: event) where distance[link.event] == nil {
                    distance[link.event] = level
                    reached[link.event] = (event, link)
                    next.append(link.event)
                }
            }
            frontier = next
        }
        let rootStart = spans[root].earliestStart
        let steps = distance.keys.sorted().map { event in
            let level = distance[event]!
            return Trace.Step(event: event, depth: spans[event].earliestStart < rootStart ? -level : level,
                              from: reached[event]?.from, link: reached[event]?.link)
        }
        let traced = Set(distance.keys)
        let links = distance.keys.sorted().flatMap { source in
            outgoing[source].filter { traced.contains(Int($0.event)) }.map { (source, Int($0.event), $0.type) }
        }
        return Trace(root: root, steps: steps, links: links)
    }
}
