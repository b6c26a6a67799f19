import TimelineEngine

extension AppState {
    /// Moves the selection in the list, or through the detail pane when it has the focus.
    mutating func move(by delta: Int) {
        guard !list.events.isEmpty else { return }
        if detail.focus == .detail {
            moveInDetail(by: delta)
            return
        }
        select(VisibleRow(list.selected.value + delta))
    }

    /// PgDn/PgUp: a page of the list, or of the detail pane when it has the focus.
    mutating func page(by pages: Int) {
        if detail.focus == .detail, let page = detailPage {
            scrollDetail(by: pages * max(1, page.rows))
        } else {
            move(by: pages * layout.listRows)
        }
    }

    /// g/G: the first or last event, or the top or bottom of the detail pane.
    mutating func moveToEnd(last: Bool) {
        if detail.focus == .detail, let page = detailPage {
            scrollDetail(by: last ? page.content.lines.count : -page.content.lines.count)
        } else {
            move(by: last ? list.events.count : -list.events.count)
        }
    }

    /// Selects a row of the list; the link cursor starts again at the first link.
    mutating func select(_ row: VisibleRow) {
        let previous = list.selected
        list.select(row)
        if list.selected != previous { detail.linkCursor = 0 }
        if view == .lanes, let event = selectedEvent { bringIntoLanes(event) }
    }

    /// Tab: between the list and the detail pane.
    mutating func toggleFocus() {
        guard selectedEvent != nil else { return }
        detail.focus = detail.focus == .list ? .detail : .list
    }

    /// Enter: follows the highlighted link; from the list, moves the focus to the pane.
    mutating func followHighlighted() -> Work.Search? {
        guard detail.focus == .detail else {
            toggleFocus()
            return nil
        }
        return followLink(detail.linkCursor + 1)
    }

    mutating func followLink(_ number: Int) -> Work.Search? {
        let links = selectedLinks
        guard number >= 1, number <= links.count else {
            inform(links.isEmpty ? "This event has no links" : "No link \(number): this event has \(links.count)")
            return nil
        }
        return jump(to: EventPosition(links[number - 1].event), kind: .link)
    }

    /// Goes to `target`, recording the move in the history; asks first when the filter
    /// hides it.
    @discardableResult
    mutating func jump(to target: EventPosition, kind: Jump.Kind) -> Work.Search? {
        guard let row = list.row(of: target) else {
            overlay = .confirmingJump(Jump(target: target, kind: kind))
            inform("\(timeline[event: target].shortName) is hidden by the filter: Enter clears it and goes there, Esc stays",
                   warning: true)
            return nil
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
        select(row)
        detail.reset()
        return nil
    }

    /// Clears the filter that hid a jump's target, then makes the jump.
    mutating func confirmJump(_ pending: Jump) -> Work.Search? {
        overlay = .none
        let work = setFilter(TimelineQuery())
        jump(to: pending.target, kind: pending.kind)
        return work
    }

    mutating func goBack() -> Work.Search? {
        guard let target = history.back.last else {
            inform("Nothing to go back to")
            return nil
        }
        return jump(to: target, kind: .back)
    }

    mutating func goForward() -> Work.Search? {
        guard let target = history.forward.last else {
            inform("Nothing to go forward to")
            return nil
        }
        return jump(to: target, kind: .forward)
    }

    /// The next or previous listed event of the organization being walked through, or
    /// else of the selected event's first organization.
    mutating func stepWithinOrganization(forward: Bool) -> Work.Search? {
        guard let event = selectedEvent else { return nil }
        let organizations = timeline[event: event].organizationIDs
        guard let organization = list.walkedOrganization.flatMap({ organizations.contains($0) ? $0 : nil })
                ?? organizations.first else {
            inform("This event has no organization")
            return nil
        }
        list.walkedOrganization = organization
        let events = timeline.events(ofOrganization: organization).map(EventPosition.init).filter(list.lists)
        guard let next = forward ? events.first(where: { $0 > event }) : events.last(where: { $0 < event }) else {
            inform("No \(forward ? "later" : "earlier") \(organization) event")
            return nil
        }
        jump(to: next, kind: .link)
        inform("\(forward ? "Next" : "Previous") \(organization) event")
        return nil
    }

    mutating func showOverlapping() {
        guard let event = selectedEvent else { return }
        let events = timeline.overlapping(event.value).map(EventPosition.init)
        guard !events.isEmpty else {
            inform("No other event overlaps \(timeline[event: event].shortName) in time")
            return
        }
        overlay = .overlaps(ListPicker(count: events.count), events: events)
    }
}
