extension Timeline {
    /// The links by position; nil with `strict` if one has no target or targets its own
    /// event (otherwise it is left out).
    static func resolveLinks(_ links: FlatLists<EventStore.PendingLink>, rows: [Int32], positions: IDTable,
                                     strict: Bool) -> FlatLists<CompactLink>? {
        var outgoing = [CompactLink]()
        outgoing.reserveCapacity(links.items.count)
        var ends = [UInt32]()
        ends.reserveCapacity(rows.count)
        let resolved = links.items.withUnsafeBufferPointer { pending in
            for (position, row) in rows.enumerated() {
                for index in links.indices(of: Int(row)) {
                    guard let target = positions[pending[index].target], Int(target) != position else {
                        if strict { return false }
                        continue
                    }
                    outgoing.append(CompactLink(event: target, type: pending[index].type, isBacklink: false))
                }
                ends.append(UInt32(outgoing.count))
            }
            return true
        }
        return resolved ? FlatLists(items: outgoing, ends: ends) : nil
    }

    /// The backlinks each event holds, from every event's links.
    static func incomingLinks(_ outgoing: FlatLists<CompactLink>) -> FlatLists<CompactLink> {
        var counts = [UInt32](repeating: 0, count: outgoing.count)
        for link in outgoing.items { counts[Int(link.event)] += 1 }
        var ends = [UInt32]()
        ends.reserveCapacity(counts.count)
        var next = [UInt32]()
        next.reserveCapacity(counts.count)
        var total: UInt32 = 0
        for count in counts {
            next.append(total)
            total += count
            ends.append(total)
        }
        var incoming = [CompactLink](repeating: CompactLink(event: 0, type: .related, isBacklink: true), count: Int(total))
        for position in 0..<outgoing.count {
            for link in outgoing[position] {
                incoming[Int(next[Int(link.event)])] = CompactLink(event: Int32(position), type: link.type, isBacklink: true)
                next[Int(link.event)] += 1
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

    /// The label read from this side: "supports" for a link, "supported by" for a backlink.
    public var label: String { isBacklink ? type.inverseLabel : type.forwardLabel }
}
