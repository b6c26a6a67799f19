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
        let chapterIDs = query.chapter.map(chapterFamily)
        // Fields are read in place (`events[index].kind`): copying a whole event per
        // candidate would cost more than the checks themselves.
        let selected = (candidates ?? Array(events.indices)).filter { index in
            if !query.kinds.isEmpty && !query.kinds.contains(events[index].kind) { return false }
            if let from = query.fromYear, events[index].dates.latestEnd.year < from { return false }
            if let to = query.toYear, events[index].dates.earliestStart.year > to { return false }
            if let chapterIDs, !events[index].chapters.contains(where: chapterIDs.contains) { return false }
            if let page = query.page, !events[index].pages.contains(page) { return false }
            return true
        }
        return pattern.isEmpty ? selected : matching(selected, pattern)
    }

    /// Whether the event's title, acronym, aliases, places or summary hold every
    /// word of the search.
    public func matches(_ event: Int, _ pattern: SearchPattern) -> Bool {
        searchIndex.contains(event, all: pattern)
    }

    /// The events among `events` that match the search, in the same order.
    public func matching(_ events: [Int], _ pattern: SearchPattern) -> [Int] {
        searchIndex.filter(events, all: pattern)
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
        guard let index = eventIndexByID[id] else { return [] }
        return Array(Set((outgoing[index] + incoming[index]).map(\.event))).sorted()
    }
}
