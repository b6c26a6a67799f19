extension Timeline {
    /// The positions of the events that match `query`, in timeline order.
    ///
    /// Starts from the smallest candidate set the query allows (an organization's
    /// events, a link's neighbours) and checks the remaining criteria on those only.
    public func select(_ query: TimelineQuery) -> [Int] {
        var candidates: [Int]? = nil
        if !query.organizations.isEmpty {
            candidates = organizationCandidates(query)
        }
        if let linked = query.linkedTo {
            let neighbours = linkedEvents(id: linked)
            candidates = candidates.map { current in current.filter(Set(neighbours).contains) } ?? neighbours
        }
        let pattern = SearchPattern(query.text)
        let chapterFamily = query.chapter.map { Set(chapterFamilyIndexes($0).map(UInt16.init)) }
        // Fields are read from the columns: making a whole event per candidate would
        // cost more than the checks themselves.
        let selected = (candidates ?? Array(events.indices)).filter { position in
            let row = Int(rows[position])
            if !query.kinds.isEmpty && !query.kinds.contains(store.rows[row].kind) { return false }
            if let from = query.fromYear, spans[position].latestEnd.year < from { return false }
            if let to = query.toYear, spans[position].earliestStart.year > to { return false }
            if let chapterFamily, !store.chapters[row].contains(where: chapterFamily.contains) { return false }
            if let page = query.page, !store.pages[row].contains(Int32(clamping: page)) { return false }
            return true
        }
        return pattern.isEmpty ? selected : matching(selected, pattern)
    }

    /// Whether the event's title, acronym, aliases, places or summary hold every
    /// word of the search.
    public func matches(_ event: Int, _ pattern: SearchPattern) -> Bool {
        precondition(isSearchable, Self.notSearchable)
        return store.search.contains(Int(rows[event]), all: pattern)
    }

    /// Whether the timeline was loaded with its search index, without which it cannot be
    /// searched (see `TimelineLoader.load(paths:searchable:)`).
    public var isSearchable: Bool { store.search.count == store.count }

    static let notSearchable = "searching a timeline loaded without its search index (searchable: false)"

    /// How many events there are of each kind.
    public func eventCountsByKind() -> [Event.Kind: Int] {
        var counts = [Event.Kind: Int]()
        for row in store.rows.indices { counts[store.rows[row].kind, default: 0] += 1 }
        return counts
    }

    /// How many events each chapter discusses, subsections included, in the order of `chapters`.
    public func eventCountsByChapter() -> [Int] {
        var ancestors = chapters.indices.map { [$0] }
        for (chapter, descendants) in descendantsByChapter.enumerated() {
            for descendant in descendants { ancestors[descendant].append(chapter) }
        }
        var counts = [Int](repeating: 0, count: chapters.count)
        var lastCounted = [Int](repeating: -1, count: chapters.count)
        for row in store.rows.indices {
            for chapter in store.chapters[row] {
                for ancestor in ancestors[Int(chapter)] where lastCounted[ancestor] != row {
                    counts[ancestor] += 1
                    lastCounted[ancestor] = row
                }
            }
        }
        return counts
    }

    private func organizationCandidates(_ query: TimelineQuery) -> [Int] {
        let sets = query.organizations.map { events(ofOrganization: $0, includingBodies: query.includeBodies) }
        switch query.organizationMatch {
        case .any:
            return Self.union(sets)
        case .all:
            guard var common = sets.first.map(Set.init) else { return [] }
            for set in sets.dropFirst() { common.formIntersection(set) }
            return common.sorted()
        }
    }

    private func linkedEvents(id: String) -> [Int] {
        guard let position = eventIndex(id: id) else { return [] }
        return Array(Set((outgoing[position] + incoming[position]).map { Int($0.event) })).sorted()
    }
}
