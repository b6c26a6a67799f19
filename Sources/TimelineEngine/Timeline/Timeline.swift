/// A loaded, validated, indexed timeline: events in chronological order, with the
/// organizations and chapters they refer to, and the link graph both ways.
///
/// Events are addressed by their position in `events` (an `Int`), so that filters,
/// indexes and views are arrays of integers even for a million events.
public struct Timeline: Sendable {
    public let events: [Event]
    public let organizations: [Organization]
    public let chapters: [Chapter]

    let eventIndexByID: [String: Int]
    let organizationIndexByID: [String: Int]
    let chapterIndexByID: [String: Int]
    /// For each organization, the events it takes part in, in timeline order.
    let eventsByOrganization: [[Int]]
    /// For each organization, the indexes of its bodies, their bodies, and so on.
    let descendantsByOrganization: [[Int]]
    /// For each chapter, the indexes of its subsections, theirs, and so on.
    let descendantsByChapter: [[Int]]
    let outgoing: [[ResolvedLink]]
    let incoming: [[ResolvedLink]]
    /// Each event's title, acronym, aliases, places and summary, folded by `SearchKey`.
    let searchIndex: SearchIndex
    /// The first and last years the timeline covers (open ends count to their start).
    public let yearRange: ClosedRange<Int>?
    /// Each event's span of days, kept apart so that views that scan many events
    /// (the lanes) read a small value instead of a whole event.
    let spans: [TimeSpan]

    /// Builds the indexes. The parts must already be valid (see `TimelineLoader`):
    /// unique ids, and every reference pointing at something that exists.
    public init(events: [Event], organizations: [Organization], chapters: [Chapter]) {
        let (sorted, spans) = Self.chronological(events)
        self.events = sorted
        self.organizations = organizations
        self.chapters = chapters
        eventIndexByID = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let orgIndex = Dictionary(organizations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        organizationIndexByID = orgIndex
        let chapterIndex = Dictionary(chapters.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        chapterIndexByID = chapterIndex

        var byOrganization = Array(repeating: [Int](), count: organizations.count)
        var outgoing = Array(repeating: [ResolvedLink](), count: sorted.count)
        var incoming = Array(repeating: [ResolvedLink](), count: sorted.count)
        var searchIndex = SearchIndex(capacity: sorted.count)
        var folder = SearchKey.Folder()
        for (index, event) in sorted.enumerated() {
            for participant in event.participants {
                if let org = orgIndex[participant.organization] { byOrganization[org].append(index) }
            }
            for link in event.links {
                guard let target = eventIndexByID[link.target] else { continue }
                outgoing[index].append(ResolvedLink(type: link.type, event: target, isBacklink: false))
                incoming[target].append(ResolvedLink(type: link.type, event: index, isBacklink: true))
            }
            let fields = [event.title, event.acronym ?? ""] + event.aliases + event.places + [event.summary]
            searchIndex.append(folder.fold(fields.joined(separator: " ")))
        }
        eventsByOrganization = byOrganization
        self.outgoing = outgoing
        self.incoming = incoming
        self.searchIndex = searchIndex
        yearRange = Self.years(of: sorted, spans: spans)
        self.spans = spans
        descendantsByOrganization = Self.descendants(of: organizations, index: orgIndex)
        descendantsByChapter = Self.descendants(of: chapters, index: chapterIndex)
    }

    /// The order of a timeline: earliest possible start, then latest possible end,
    /// then title, then id, so that the order is total and does not depend on input order.
    public static func chronologicalOrder(_ lhs: Event, _ rhs: Event) -> Bool {
        if lhs.dates.earliestStart != rhs.dates.earliestStart {
            return lhs.dates.earliestStart < rhs.dates.earliestStart
        }
        if lhs.dates.latestEnd != rhs.dates.latestEnd { return lhs.dates.latestEnd < rhs.dates.latestEnd }
        if lhs.title != rhs.title { return lhs.title < rhs.title }
        return lhs.id < rhs.id
    }

    /// Sorts by `chronologicalOrder`, comparing the events' spans first so that the
    /// big event values are moved once rather than at every comparison; returns the
    /// spans in the same order.
    private static func chronological(_ events: [Event]) -> ([Event], [TimeSpan]) {
        let spans = events.map { TimeSpan($0.dates) }
        let order = events.indices.sorted { lhs, rhs in
            if spans[lhs].earliestStart != spans[rhs].earliestStart {
                return spans[lhs].earliestStart < spans[rhs].earliestStart
            }
            if spans[lhs].latestEnd != spans[rhs].latestEnd { return spans[lhs].latestEnd < spans[rhs].latestEnd }
            return chronologicalOrder(events[lhs], events[rhs])
        }
        return (order.map { events[$0] }, order.map { spans[$0] })
    }

    private static func years(of sorted: [Event], spans: [TimeSpan]) -> ClosedRange<Int>? {
        guard let first = spans.first?.earliestStart.year else { return nil }
        let last = spans.indices.lazy.map { index in
            spans[index].isOpen ? sorted[index].dates.start.latest.year : spans[index].latestEnd.year
        }.max()!
        return first...max(first, last)
    }

    private static func descendants(of items: [some Parented], index: [String: Int]) -> [[Int]] {
        var children = Array(repeating: [Int](), count: items.count)
        for (position, item) in items.enumerated() {
            if let parent = item.parent.flatMap({ index[$0] }) { children[parent].append(position) }
        }
        return items.indices.map { root in
            var found = [Int]()
            var pending = children[root]
            var seen: Set<Int> = [root]
            while let next = pending.popLast() {
                guard seen.insert(next).inserted else { continue }
                found.append(next)
                pending += children[next]
            }
            return found.sorted()
        }
    }
}

/// A link seen from one event: its type, the event at the other end, and whether
/// it is the event's own link or a backlink held by the other event.
public struct ResolvedLink: Sendable, Hashable {
    public let type: LinkType
    public let event: Int
    public let isBacklink: Bool

    /// The label read from this side: "supports" for a link, "supported by" for a backlink.
    public var label: String { isBacklink ? type.inverseLabel : type.forwardLabel }
}
