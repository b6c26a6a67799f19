/// A loaded, validated, indexed timeline: events in chronological order, with the
/// organizations and chapters they refer to, and the link graph both ways.
///
/// Events are addressed by their position in the timeline (an `Int`), so that filters,
/// indexes and views are arrays of integers even for a million events. The events
/// themselves stay in compact columns (`EventStore`); `events[position]` makes an
/// `Event` value when one is needed, for the few rows on screen.
public struct Timeline: Sendable {
    public let organizations: [Organization]
    public let chapters: [Chapter]
    /// The first and last years the timeline covers (open ends count to their start).
    public let yearRange: ClosedRange<Int>?

    let store: EventStore
    let text: TextStore
    /// The row of `store` at each position of the timeline.
    let rows: [Int32]
    /// The position in the timeline of each row of `store`.
    let positions: [Int32]
    /// Each event's span of days, by position, so that views that scan many events read
    /// a small value.
    let spans: [TimeSpan]
    let positionByID: IDTable
    let organizationIndexByID: [String: Int]
    let chapterIndexByID: [String: Int]
    /// For each organization, the events it takes part in, in timeline order.
    let eventsByOrganization: [[Int]]
    /// For each organization, the indexes of its own bodies (not theirs): a chain of
    /// bodies costs its length, where every organization's whole family would cost its square.
    let bodiesByOrganization: [[Int]]
    /// For each chapter, the indexes of its subsections, theirs, and so on.
    let descendantsByChapter: [[Int]]
    let outgoing: FlatLists<CompactLink>
    let incoming: FlatLists<CompactLink>

    /// Builds the indexes. The parts must already be valid (see `TimelineLoader`):
    /// unique ids, and every reference pointing at something that exists; what is not
    /// is left out (a duplicate id, a link to an unknown event).
    public init(events: [Event], organizations: [Organization], chapters: [Chapter]) {
        var store = EventStore()
        let arena = store.append(events, organizations: organizations, chapters: chapters, source: 0)
        self.init(taking: &store, text: TextStore(sources: [.memory(arena)]), organizations: organizations,
                  chapters: chapters, strict: false)!
    }

    /// Orders and indexes stored events, taking them from `stored`. With `strict`, fails on a duplicate id, a link
    /// to an unknown event or to itself, instead of leaving them out.
    init?(taking stored: inout EventStore, text: TextStore, organizations: [Organization], chapters: [Chapter], strict: Bool) {
        // Taken, not copied, so that what is dropped below is freed at once.
        var store = EventStore()
        swap(&store, &stored)
        let rows = Self.chronologicalRows(&store, text: text)
        let positions = Order.positions(of: rows)
        // What follows from the order alone is laid out on the other core while ids and
        // links are matched.
        let order = Background(isWorthAThread: rows.count >= 1 << 14) {
            [spans = store.spans, participants = store.participants, count = organizations.count] in
            Order(rows: rows, positions: positions, spans: spans, participants: participants, organizationCount: count)
        }
        store.spans = []
        guard let positionByID = IDTable(ids: store.ids, positions: positions, keepingFirst: !strict) else { return nil }
        store.ids = []
        guard let outgoing = Self.resolveLinks(store.links, positions: positions, ids: positionByID, strict: strict) else {
            return nil
        }
        store.links = FlatLists()
        self.init(ordered: &store, order: order.take()!, positionByID: positionByID, outgoing: outgoing, text: text,
                  organizations: organizations, chapters: chapters)
    }

    /// Indexes events already in order, ids and links resolved, taking them from `stored`.
    init(ordered stored: inout EventStore, order: Order, positionByID: IDTable, outgoing: FlatLists<CompactLink>,
         text: TextStore, organizations: [Organization], chapters: [Chapter]) {
        var store = EventStore()
        swap(&store, &stored)
        self.text = text
        self.organizations = organizations
        self.chapters = chapters
        self.store = store
        rows = order.rows
        positions = order.positions
        spans = order.spans
        eventsByOrganization = order.eventsByOrganization
        let orgIndex = Dictionary(organizations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let chapterIndex = Dictionary(chapters.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.positionByID = positionByID
        self.outgoing = outgoing
        incoming = Self.incomingLinks(outgoing)
        organizationIndexByID = orgIndex
        chapterIndexByID = chapterIndex
        bodiesByOrganization = Self.children(of: organizations, index: orgIndex)
        descendantsByChapter = Self.descendants(children: Self.children(of: chapters, index: chapterIndex))
        yearRange = Self.years(spans: spans)
    }

    private static func years(spans: [TimeSpan]) -> ClosedRange<Int>? {
        guard let first = spans.first?.earliestStart.year else { return nil }
        let last = spans.lazy.map { $0.isOpen ? $0.startLatestYear : $0.latestEnd.year }.max()!
        return first...max(first, last)
    }

    private static func children(of items: [some Parented], index: [String: Int]) -> [[Int]] {
        var children = Array(repeating: [Int](), count: items.count)
        for (position, item) in items.enumerated() {
            if let parent = item.parent.flatMap({ index[$0] }) { children[parent].append(position) }
        }
        return children
    }

    private static func descendants(children: [[Int]]) -> [[Int]] {
        children.indices.map { descendants(of: $0, children: children) }
    }

    /// Everything below `root` in a tree given by each item's children, sorted.
    static func descendants(of root: Int, children: [[Int]]) -> [Int] {
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
