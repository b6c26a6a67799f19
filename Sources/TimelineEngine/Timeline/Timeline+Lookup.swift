extension Timeline {
    /// The days an event may cover, without reading the rest of the event.
    public func span(of event: Int) -> TimeSpan { spans[event] }

    /// The position of the event with this id.
    public func eventIndex(id: String) -> Int? {
        guard let position = positionByID[TextHash(id)].map(Int.init), self.id(at: position) == id else { return nil }
        return position
    }

    public func event(id: String) -> Event? { eventIndex(id: id).map(event(at:)) }

    public func organization(id: String) -> Organization? {
        organizationIndexByID[id].map { organizations[$0] }
    }

    public func chapter(id: String) -> Chapter? { chapterIndexByID[id].map { chapters[$0] } }

    /// The event's own links, in the order of its data.
    public func links(of event: Int) -> [ResolvedLink] { outgoing[event].map(ResolvedLink.init) }

    /// The links other events hold to this one, in timeline order.
    public func backlinks(of event: Int) -> [ResolvedLink] { incoming[event].map(ResolvedLink.init) }

    /// The events of one organization, in timeline order; with `bodies`, its bodies' too.
    public func events(ofOrganization id: String, includingBodies bodies: Bool = false) -> [Int] {
        guard let org = organizationIndexByID[id] else { return [] }
        guard bodies, !bodiesByOrganization[org].isEmpty else { return eventsByOrganization[org] }
        let family = Self.descendants(of: org, children: bodiesByOrganization)
        let lists = [eventsByOrganization[org]] + family.map { eventsByOrganization[$0] }
        return Self.union(lists)
    }

    /// The chapter's id with those of its subsections, and theirs.
    public func chapterFamily(_ id: String) -> Set<String> {
        guard chapterIndexByID[id] != nil else { return [id] }
        return Set(chapterFamilyIndexes(id).map { chapters[$0].id })
    }

    /// The positions in `chapters` of a chapter and of its subsections, and theirs.
    func chapterFamilyIndexes(_ id: String) -> [Int] {
        guard let chapter = chapterIndexByID[id] else { return [] }
        return [chapter] + descendantsByChapter[chapter]
    }

    /// The union of sorted lists of events, sorted, each event once.
    static func union(_ lists: [[Int]]) -> [Int] {
        var all = Array(lists.joined())
        all.sort()
        var unique = [Int]()
        unique.reserveCapacity(all.count)
        for event in all where unique.last != event { unique.append(event) }
        return unique
    }

    /// The events whose span of time may share a day with this one's, in timeline order.
    public func overlapping(_ event: Int) -> [Int] {
        let span = spans[event]
        return spans.indices.filter { $0 != event && spans[$0].overlaps(span) }
    }

}
