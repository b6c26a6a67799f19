import Foundation
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
        if let chosen = filter.chosen {
            let events = Set(chosen.events)
            let positions = query.isEmpty ? chosen.events.sorted() : timeline.select(query).filter(events.contains)
            list.show(positions: positions, of: timeline.events.count, rows: layout.listRows)
        } else if query.isEmpty {
            list.showAll(of: timeline.events.count, rows: layout.listRows)
        } else {
            list.show(positions: timeline.select(query), of: timeline.events.count, rows: layout.listRows)
        }
        lanes.organizations = timeline.organizations.indices.filter { organization in
            let events = timeline.events(ofOrganization: timeline.organizations[organization].id)
            return filter.isEmpty ? !events.isEmpty : events.contains { list.lists(EventPosition($0)) }
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
        guard !filter.isEmpty else {
            inform("No filter to clear")
            return nil
        }
        let work = setFilter(TimelineQuery())
        inform("Filter cleared")
        return work
    }

    // MARK: The organization and kind pickers

    mutating func openOrganizationPicker() {
        let counts = timeline.organizations.map { timeline.events(ofOrganization: $0.id, includingBodies: true).count }
        overlay = .organizations(TickPicker(cursor: ListPicker(count: counts.count), chosen: Set(filter.query.organizations),
                                            match: filter.query.organizationMatch, counts: counts))
    }

    mutating func openKindPicker() {
        let counts = timeline.eventCountsByKind()
        overlay = .kinds(TickPicker(cursor: ListPicker(count: Event.Kind.allCases.count),
                                    chosen: Set(filter.query.kinds.map(\.rawValue)), match: .any,
                                    counts: Event.Kind.allCases.map { counts[$0] ?? 0 }))
    }

    mutating func toggleOrganizationAtCursor() {
        switch overlay {
        case .organizations(var picker) where !timeline.organizations.isEmpty:
            picker.toggle(timeline.organizations[picker.cursor.cursor].id)
            overlay = .organizations(picker)
        case .kinds(var picker):
            picker.toggle(Event.Kind.allCases[picker.cursor.cursor].rawValue)
            overlay = .kinds(picker)
        default: break
        }
    }

    mutating func toggleMatchMode() {
        guard case .organizations(var picker) = overlay else { return }
        picker.match = picker.match == .any ? .all : .any
        overlay = .organizations(picker)
    }

    mutating func clearPickerSelection() {
        switch overlay {
        case .organizations(var picker):
            picker.chosen.removeAll()
            overlay = .organizations(picker)
        case .kinds(var picker):
            picker.chosen.removeAll()
            overlay = .kinds(picker)
        default: break
        }
    }

    mutating func applyOrganizationPicker(_ picker: TickPicker) -> Work.Search? {
        var query = filter.query
        query.organizations = timeline.organizations.map(\.id).filter(picker.chosen.contains)
        query.organizationMatch = picker.match
        return apply(query)
    }

    mutating func applyKindPicker(_ picker: TickPicker) -> Work.Search? {
        var query = filter.query
        query.kinds = Set(picker.chosen.compactMap(Event.Kind.init(rawValue:)))
        return apply(query)
    }

    /// `Y`: "2003" from 2003 on, "2003-2008" from 2003 to 2008, "-1999" up to 1999, and
    /// nothing at all for every year.
    mutating func applyYears(_ text: String) -> Work.Search? {
        guard let years = Self.years(text) else {
            inform("Years are written 2003, 2003-2008 or -1999", warning: true)
            return nil
        }
        var query = filter.query
        (query.fromYear, query.toYear) = years
        return apply(query)
    }

    static func years(_ text: String) -> (from: Int?, to: Int?)? {
        let parts = text.replacingOccurrences(of: "..", with: "-").replacingOccurrences(of: "–", with: "-")
            .split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count <= 2, parts.allSatisfy({ $0.isEmpty || Int($0) != nil }) else { return nil }
        let from = Int(parts[0]), to = parts.count == 2 ? Int(parts[1]) : nil
        if let from, let to, to < from { return nil }
        return (from, to)
    }

    /// Closes the picker and filters; says so when nothing is left.
    private mutating func apply(_ query: TimelineQuery) -> Work.Search? {
        overlay = .none
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
