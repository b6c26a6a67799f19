extension Timeline {
    /// The links by position; nil with `strict` if one has no target or targets its own
    /// event (otherwise it is left out). The targets are looked up in one batch (see
    /// `IDTable`); the links are read in the order they are stored, each event's placed
    /// at its position, which spares a random read per event.
    static func resolveLinks(_ links: FlatLists<EventStore.PendingLink>, positions: [Int32], ids: IDTable,
                             strict: Bool) -> FlatLists<CompactLink>? {
        // First each link's target, and how many links each position keeps; then the links laid out.
        var targets = ids.positions(ofCount: links.items.count) { links.items[$0].target.hash }
        var lengths = [UInt32](repeating: 0, count: positions.count)
        for row in 0..<links.count {
            let position = positions[row]
            for index in links.indices(of: row) {
                if targets[index] < 0 || targets[index] == position {
                    if strict { return nil }
                    targets[index] = -1
                } else {
                    lengths[Int(position)] += 1
                }
            }
        }
        let ends = FlatLists<CompactLink>.ends(ofLengths: lengths)
        var outgoing = [CompactLink](repeating: CompactLink(event: 0, type: .related, isBacklink: false),
                                     count: Int(ends.last ?? 0))
        for row in 0..<links.count {
            let position = Int(positions[row])
            var next = position == 0 ? 0 : Int(ends[position - 1])
            for index in links.indices(of: row) where targets[index] >= 0 {
                outgoing[next] = CompactLink(event: targets[index], type: links.items[index].type, isBacklink: false)
                next += 1
            }
        }
        return FlatLists(items: outgoing, ends: ends)
    }

    /// The backlinks each event holds, from every event's links.
    static func incomingLinks(_ outgoing: FlatLists<CompactLink>) -> FlatLists<CompactLink> {
        var lengths = [UInt32](repeating: 0, count: outgoing.count)
        for link in outgoing.items { lengths[Int(link.event)] += 1 }
        let ends = FlatLists<CompactLink>.ends(ofLengths: lengths)
        var next = zip(ends, lengths).map { $0 - $1 }
        var incoming = [CompactLink](repeating: CompactLink(event: 0, type: .related, isBacklink: true),
                                     count: Int(ends.last ?? 0))
        outgoing.items.withUnsafeBufferPointer { links in
            for position in 0..<outgoing.count {
                for link in links[outgoing.indices(of: position)] {
                    incoming[Int(next[Int(link.event)])] = CompactLink(event: Int32(position), type: link.type, isBacklink: true)
                    next[Int(link.event)] += 1
                }
            }
        }
        return FlatLists(items: incoming, ends: ends)
    }
}

/// A link as the timeline keeps it: the event at the other end, the type, and the side.
struct CompactLink: Sendable {
    let event: Int32
    let type: LinkType
    let isBacklink: Bool
}

/// A link seen from one event: its type, the event at the other end, and whether
/// it is the event's own link or a backlink held by the other event.
public struct ResolvedLink: Sendable, Hashable {
    public let type: LinkType
    public let event: Int
    public let isBacklink: Bool

    init(_ link: CompactLink) {
        type = link.type
        event = Int(link.event)
        isBacklink = link.isBacklink
    }

    /// Whether the link says that the two events are one, recorded twice (`same-as`), so
    /// that their dates should agree.
    public var isSameEvent: Bool { type == .sameAs }

    /// The label read from this side: "supports" for a link, "supported by" for a backlink.
    public var label: String { isBacklink ? type.inverseLabel : type.forwardLabel }
}
