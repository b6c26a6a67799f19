import Algorithms
import TimelineEngine

extension AppState {
    /// Recomputes the visible events after a filter change, keeping the selection
    /// on the same event or, if it is hidden now, on the next one in time.
    mutating func applyFilter() {
        let previous = selectedEvent
        filterVersion += 1
        if filter.isEmpty {
            visible = Array(timeline.events.indices)
            isVisible = Array(repeating: true, count: timeline.events.count)
        } else {
            visible = timeline.select(filter)
            isVisible = Array(repeating: false, count: timeline.events.count)
            for event in visible { isVisible[event] = true }
        }
        laneOrganizations = timeline.organizations.indices.filter { organization in
            let events = timeline.events(ofOrganization: timeline.organizations[organization].id)
            return filter.isEmpty ? !events.isEmpty : events.contains { isVisible[$0] }
        }
        lanes.topLane = 0
        if let previous {
            selectedRow = min(visible.partitioningIndex { $0 >= previous }, max(0, visible.count - 1))
        } else {
            selectedRow = 0
        }
        linkCursor = 0
        focus = .list
        findMatches()
        scrollTop = max(0, selectedRow - layout.listRows / 2)
    }

    /// Describes the filter for the status line: "AU, UN (any) · section Mali".
    public var filterDescription: String? {
        var parts = [String]()
        if !filter.organizations.isEmpty {
            parts.append(filter.organizations.joined(separator: ", ") + " (\(filter.organizationMatch.rawValue))")
        }
        if let chapter = filter.chapter.flatMap(timeline.chapter(id:)) {
            parts.append(chapter.kind == .handbook ? chapter.title : "§ " + chapter.title)
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    mutating func clearFilters() {
        if case .pickingOrganizations = mode {
            clearPickerSelection()
            return
        }
        guard !filter.isEmpty else {
            inform("No filter to clear")
            return
        }
        filter = TimelineQuery()
        applyFilter()
        inform("Filter cleared")
    }

    // MARK: Organization picker

    mutating func openOrganizationPicker() {
        let counts = timeline.organizations.map { timeline.events(ofOrganization: $0.id, includingBodies: true).count }
        mode = .pickingOrganizations(OrganizationPicker(chosen: Set(filter.organizations),
                                                       match: filter.organizationMatch, counts: counts))
    }

    mutating func toggleOrganizationAtCursor() {
        guard case .pickingOrganizations(var picker) = mode else { return }
        let id = timeline.organizations[picker.cursor].id
        if picker.chosen.remove(id) == nil { picker.chosen.insert(id) }
        mode = .pickingOrganizations(picker)
    }

    mutating func toggleMatchMode() {
        guard case .pickingOrganizations(var picker) = mode else { return }
        picker.match = picker.match == .any ? .all : .any
        mode = .pickingOrganizations(picker)
    }

    mutating func clearPickerSelection() {
        guard case .pickingOrganizations(var picker) = mode else { return }
        picker.chosen.removeAll()
        mode = .pickingOrganizations(picker)
    }

    mutating func applyOrganizationPicker(_ picker: OrganizationPicker) {
        mode = .browsing
        filter.organizations = timeline.organizations.map(\.id).filter(picker.chosen.contains)
        filter.organizationMatch = picker.match
        applyFilter()
        if visible.isEmpty { inform("No event matches this filter; x clears it", warning: true) }
    }

    // MARK: Chapters

    mutating func openChapters() {
        let current = filter.chapter.flatMap { id in timeline.chapters.firstIndex { $0.id == id } } ?? 0
        mode = .pickingChapter(ListPicker(cursor: current, count: timeline.chapters.count), counts: timeline.eventCountsByChapter())
    }

    mutating func applyChapter(at index: Int) {
        mode = .browsing
        guard timeline.chapters.indices.contains(index) else { return }
        filter.chapter = timeline.chapters[index].id
        view = .list
        applyFilter()
    }
}
