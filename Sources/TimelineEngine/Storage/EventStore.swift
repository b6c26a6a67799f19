/// The events of a timeline in compact columns, in the order they were read: fixed
/// fields in one array of rows, lists in `FlatLists`, strings as ranges into a
/// `TextStore`. `Timeline` orders and indexes them; `Event` values are made on demand.
struct EventStore: Sendable {
    struct Row: Sendable {
        var span: TextSpan
        var id: TextRange
        var title: TextRange
        var acronym: TextRange
        var summary: TextRange
        var sourceNote: TextRange
        var start: TextRange
        var end: TextRange
        var kind: Event.Kind
        var source: Event.Source
    }

    struct Participant: Sendable {
        /// The organization's position in the timeline's organizations.
        var organization: UInt16
        var role: Event.Role
    }

    /// A link as read: its target is only known by the hash of its id until every
    /// event has been read (see `TextHash`).
    struct PendingLink: Sendable {
        var type: LinkType
        var target: TextHash
    }

    var rows = Segments<Row>()
    var spans: [TimeSpan] = []
    var ids: [TextHash] = []
    /// What orders the events; freed once they are ordered.
    var orderKeys = OrderKeys()
    var aliases = FlatLists<TextRange>()
    var places = FlatLists<TextRange>()
    var tags = FlatLists<TextRange>()
    var participants = FlatLists<Participant>()
    var chapters = FlatLists<UInt16>()
    var pages = FlatLists<Int32>()
    var footnotes = FlatLists<Int32>()
    var links = FlatLists<PendingLink>()
    var references = ReferenceFields()
    var search = SearchIndex()

    var count: Int { rows.count }

    /// Makes room for about `events` events.
    mutating func reserveCapacity(events: Int) {
        rows.reserveCapacity(events)
        spans.reserveCapacity(events)
        ids.reserveCapacity(events)
        orderKeys.reserveCapacity(events)
        for lists in [\EventStore.aliases, \.places, \.tags] as [WritableKeyPath<EventStore, FlatLists<TextRange>>] {
            self[keyPath: lists].reserveCapacity(lists: events, items: events)
        }
        participants.reserveCapacity(lists: events, items: events * 3)
        chapters.reserveCapacity(lists: events, items: events)
        pages.reserveCapacity(lists: events, items: events)
        footnotes.reserveCapacity(lists: events, items: 0)
        links.reserveCapacity(lists: events, items: events * 2)
    }
}
