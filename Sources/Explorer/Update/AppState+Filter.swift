import TimelineEngine

extension AppState {
    /// The filter as the status line names it: "AU, UN (any) · § Mali".
    public var filterDescription: String? { filter.description(in: timeline) }

    /// Shows the events a new filter lets through; the search is found again among them.
    mutating func setFilter(_ query: TimelineQuery) -> Work.Search? {
        filter.set(query)
        return showFilteredEvents()
    }

    /// Lists the events the filter lets through, keeping the selection on the same event
    /// or, if it is hidden now, on the next one in time.
    mutating func showFilteredEvents() -> Work.Search? {
        let query = filter.query
        let events = query.isEmpty ? Array(timeline.events.indices) : timeline.select(query)
        list.show(events.map(EventPosition.init), of: timeline.events.count, rows: layout.listRows)
        lanes.organizations = timeline.organizations.indices.filter { organization in
            let events = timeline.events(ofOrganization: timeline.organizations[organization].id)
            return query.isEmpty ? !events.isEmpty : events.contains { list.lists(EventPosition($0)) }
        }.map(OrganizationIndex.init)
        lanes.viewport.topLane = 0
        detail.reset()
        return findMatchesAgain()
    }

    mutating func clearFilters() -> Work.Search? {
        if case .organizations = overlay {
            clearPickerSelection()
            return nil
        }
        guard !filter.query.isEmpty else {
            inform("No filter to clear")
            return nil
        }
        let work = setFilter(TimelineQuery())
        inform("Filter cleared")
        return work
    }

    // MARK: The organization picker

    mutating func openOrganizationPicker() {
        let counts = timeline.organizations.map { timeline.events(ofOrganization: $0.id, includingBodies: true).count }
        overlay = .organizations(OrganizationPicker(cursor: ListPicker(count: counts.count),
                                                    chosen: Set(filter.query.organizations),
                                                    match: filter.query.organizationMatch, counts: counts))
    }

    mutating func toggleOrganizationAtCursor() {
        guard case .organizations(var picker) = overlay, !timeline.organizations.isEmpty else { return }
        let id = timeline.organizations[picker.cursor.cursor].id
        if picker.chosen.remove(id) == nil { picker.chosen.insert(id) }
        overlay = .organizations(picker)
    }

    mutating func toggleMatchMode() {
        guard case .organizations(var picker) = overlay else { return }
        picker.match = picker.match == .any ? .all : .any
        overlay = .organizations(picker)
    }

    mutating func clearPickerSelection() {
        guard case .organizations(var picker) = overlay else { return }
        picker.chosen.removeAll()
        overlay = .organizations(picker)
    }

    mutating func applyOrganizationPicker(_ picker: OrganizationPicker) -> Work.Search? {
        overlay = .none
        var query = filter.query
        query.organizations = timeline.organizations.map(\.id).filter(picker.chosen.contains)
        query.organizationMatch = picker.match
        let work = setFilter(query)
        if list.events.isEmpty { inform("No event matches this filter; x clears it", warning: true) }
        return work
    }

    // MARK: Chapters

    mutating func openChapters() {
        let current = filter.query.chapter.flatMap { id in timeline.chapters.firstIndex { $0.id == id } } ?? 0
        overlay = .chapters(ListPicker(cursor: current, count: timeline.chapters.count),
                            counts: timeline.eventCountsByChapter())
    }

    mutating func applyChapter(at index: Int) -> Work.Search? {
        overlay = .none
        guard timeline.chapters.indices.contains(index) else { return nil }
        var query = filter.query
        query.chapter = timeline.chapters[index].id
        view = .list
        return setFilter(query)
    }
}
