import Algorithms
import TimelineEngine

extension AppState {
    /// Moves the selection in the list, or the link cursor when links have the focus.
    mutating func move(by delta: Int) {
        guard !visible.isEmpty else { return }
        if focus == .links {
            let count = selectedLinks.count
            guard count > 0 else { return }
            linkCursor = max(0, min(count - 1, linkCursor + delta))
            return
        }
        select(row: selectedRow + delta)
    }

    /// Selects a row of the list; the link cursor starts again at the first link.
    mutating func select(row: Int) {
        guard !visible.isEmpty else { return }
        let clamped = max(0, min(visible.count - 1, row))
        if clamped != selectedRow { linkCursor = 0 }
        selectedRow = clamped
        if view == .lanes, let event = selectedEvent { bringIntoLanes(event) }
    }

    /// The row of an event in the filtered list, if the filter lets it through.
    func row(of event: Int) -> Int? {
        guard event < isVisible.count, isVisible[event] else { return nil }
        let row = visible.partitioningIndex { $0 >= event }
        return row < visible.count && visible[row] == event ? row : nil
    }

    /// Scrolls so the selection shows, with a little context above and below it.
    mutating func keepSelectionVisible() {
        let rows = layout.listRows
        let margin = min(2, (rows - 1) / 2)
        if selectedRow - margin < scrollTop { scrollTop = selectedRow - margin }
        if selectedRow + margin >= scrollTop + rows { scrollTop = selectedRow + margin - rows + 1 }
        scrollTop = max(0, min(scrollTop, max(0, visible.count - rows)))
    }

    mutating func toggleFocus() {
        guard focus == .list else {
            focus = .list
            return
        }
        guard !selectedLinks.isEmpty else {
            inform("This event has no links")
            return
        }
        focus = .links
        linkCursor = min(linkCursor, selectedLinks.count - 1)
    }

    /// Enter: follows the highlighted link; from the list, moves the focus to the links.
    mutating func followHighlighted() {
        if focus == .list {
            toggleFocus()
            return
        }
        followLink(linkCursor + 1)
    }

    mutating func followLink(_ number: Int) {
        let links = selectedLinks
        guard number >= 1, number <= links.count else {
            inform(links.isEmpty ? "This event has no links" : "No link \(number): this event has \(links.count)")
            return
        }
        jump(to: links[number - 1].event, kind: .link)
    }

    /// Goes to `target`, recording the move in the history; asks first when the
    /// filter hides it.
    mutating func jump(to target: Int, kind: Jump.Kind) {
        guard let row = row(of: target) else {
            mode = .confirmingJump(Jump(target: target, kind: kind))
            let name = timeline.events[target].shortName
            inform("\(name) is hidden by the filter. Enter clears the filter and goes there; Esc stays.", warning: true)
            return
        }
        let current = selectedEvent
        switch kind {
        case .link:
            if let current, current != target { history.back.append(current) }
            history.forward.removeAll()
        case .back:
            history.back.removeLast()
            if let current { history.forward.append(current) }
        case .forward:
            history.forward.removeLast()
            if let current { history.back.append(current) }
        }
        focus = .list
        select(row: row)
        linkCursor = 0
    }

    mutating func confirmJump(_ pending: Jump) {
        mode = .browsing
        filter = TimelineQuery()
        applyFilter()
        jump(to: pending.target, kind: pending.kind)
    }

    mutating func goBack() {
        guard let target = history.back.last else {
            inform("Nothing to go back to")
            return
        }
        jump(to: target, kind: .back)
    }

    mutating func goForward() {
        guard let target = history.forward.last else {
            inform("Nothing to go forward to")
            return
        }
        jump(to: target, kind: .forward)
    }

    /// The next or previous visible event of the organization being walked through,
    /// or else of the selected event's first organization.
    mutating func stepWithinOrganization(forward: Bool) {
        guard let event = selectedEvent else { return }
        let organizations = timeline.events[event].organizationIDs
        guard let organization = walkedOrganization.flatMap({ organizations.contains($0) ? $0 : nil })
                ?? organizations.first else {
            inform("This event has no organization")
            return
        }
        walkedOrganization = organization
        let events = timeline.events(ofOrganization: organization).filter { isVisible[$0] }
        let next = forward ? events.first { $0 > event } : events.last { $0 < event }
        guard let next else {
            inform("No \(forward ? "later" : "earlier") \(organization) event")
            return
        }
        jump(to: next, kind: .link)
        inform("\(forward ? "Next" : "Previous") \(organization) event")
    }

    mutating func showOverlapping() {
        guard let event = selectedEvent else { return }
        let events = timeline.overlapping(event)
        guard !events.isEmpty else {
            inform("No other event overlaps \(timeline.events[event].shortName) in time")
            return
        }
        mode = .listingOverlaps(ListPicker(count: events.count), events: events)
    }
}
