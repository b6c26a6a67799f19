import Algorithms
import TerminalText
import TimelineEngine

/// Draws a state into a screen buffer of its size. Pure, like `reduce`: it builds each
/// widget from the part of the state it shows, and only from what is on screen, so its
/// cost does not grow with the timeline.
public func render(_ state: AppState) -> ScreenBuffer {
    var screen = ScreenBuffer(width: state.width, height: state.height)
    let layout = state.layout
    let whole = Rect(x: 0, y: 0, width: state.width, height: state.height)
    guard !layout.isTooSmall else {
        TooSmallNotice(needed: (Layout.minimumWidth, Layout.minimumHeight)).render(into: &screen, area: whole)
        return screen
    }
    TitleBar(filter: state.filterDescription, view: state.view).render(into: &screen, area: layout.titleBar)
    switch state.view {
    case .list:
        state.eventList.render(into: &screen, area: layout.list)
        state.detailPane?.render(into: &screen, area: layout.detail)
    case .lanes:
        state.lanesChart?.render(into: &screen, area: layout.main)
    case .relations:
        state.relationsView.render(into: &screen, area: layout.main)
    case .trace:
        state.traceView?.render(into: &screen, area: layout.main)
    }
    state.stripLine?.render(into: &screen, area: layout.strip)
    state.statusLine.render(into: &screen, area: layout.statusBar)
    state.overlayBox?.render(into: &screen, area: whole)
    return screen
}

extension AppState {
    var eventList: EventList {
        let shown = list.events.dropFirst(list.top.value).prefix(layout.listRows)
        let rows = shown.map { position in
            let event = timeline[event: position]
            let highlighted = matchesSearch(position) ? search.pattern.matchedCharacters(in: DisplayText.safe(event.title)) : []
            return EventList.Row(dates: event.dates.plainText, title: event.title,
                                 organizations: event.organizationIDs.map { OrganizationTag(id: $0, color: palette.color(of: $0)) },
                                 highlighted: highlighted)
        }
        let selected = list.selected.value - list.top.value
        return EventList(rows: rows, selected: rows.indices.contains(selected) ? selected : nil,
                         isFocused: detail.focus == .list)
    }

    var detailPane: DetailPane? {
        guard let page = detailPage else { return nil }
        return DetailPane(lines: page.content.lines, top: page.top, edge: page.edge)
    }

    var lanesChart: LanesChart? {
        guard let scale = LaneScale(lanes.viewport, area: layout.main) else { return nil }
        let rasters = laneRasters()
        let selectedSpan = selectedEvent.flatMap { LaneSpan(timeline.span(of: $0.value), scale) }
        var rows = [LanesChart.Row]()
        for (organization, raster) in zip(visibleLanes, rasters) {
            let id = timeline.organizations[organization.value].id
            let color = palette.color(of: organization)
            var selection: LaneRaster?
            if let selectedSpan, let event = selectedEvent,
               timeline.events(ofOrganization: id).binarySearchContains(event.value) {
                selection = LaneRaster(width: scale.width)
                selection?.add(selectedSpan)
            }
            rows.append(.lane(tag: OrganizationTag(id: id, color: color), raster: raster, selection: selection))
            guard lanes.isOpenedOut else { continue }
            for (event, span) in eventsInView(of: organization, scale: scale, limit: laneRows - rows.count) {
                var raster = LaneRaster(width: scale.width)
                raster.add(span)
                rows.append(.event(raster: raster, label: timeline[event: event].shortName, color: color,
                                   isSelected: event == selectedEvent))
            }
        }
        return LanesChart(scale: scale, rows: rows, lanesAbove: lanes.viewport.topLane,
                          lanesBelow: lanes.organizations.count - lanes.viewport.topLane - visibleLanes.count,
                          isOpenedOut: lanes.isOpenedOut)
    }

    /// The line above the status line: a message while there is one, else the time strip
    /// (list) or the selected event (lanes).
    var stripLine: (any Widget)? {
        if let message { return MessageLine(text: message.text, isWarning: message.isWarning) }
        guard let event = selectedEvent.map({ timeline[event: $0] }) else { return nil }
        switch view {
        case .list: return timeline.yearRange.map { TimeStrip(years: $0, dates: event.dates) }
        case .lanes: return SelectionLine(dates: event.dates.plainText, title: event.title)
        case .relations, .trace: return nil
        }
    }

    var statusLine: StatusLine {
        if case .prompt(let input) = overlay {
            switch input.purpose {
            case .search: return StatusLine(content: .prompt(text: "/" + input.text, hint: matchSummary + " · Enter keep · Esc cancel"))
            case .years: return StatusLine(content: .prompt(text: "years: " + input.text, hint: "2003, 2003-2008, -1999 · Enter filter"))
            case .jump: return StatusLine(content: .prompt(text: ":" + input.text, hint: "a year or date · Enter go there"))
            }
        }
        let total = timeline.events.count
        var text = filter.isEmpty ? " \(total) events" : " \(list.events.count) of \(total) events"
        if let filter = filterDescription { text += " · " + filter }
        if !search.pattern.isEmpty { text += " · “\(search.text)” " + matchSummary }
        if !history.back.isEmpty { text += " · [ back" }
        if !history.forward.isEmpty { text += " · ] forward" }
        return StatusLine(content: .summary(text))
    }

    /// "2/12" on a match, "12 matching" elsewhere, or how far a long search has got.
    private var matchSummary: String {
        if let progress = search.progress { return "searching… \(Int(progress * 100))%" }
        if let match = selectedMatch, overlay == .none { return "\(match)/\(search.matches.count)" }
        return "\(search.matches.count) matching"
    }

    /// The overlay open over the view, if any.
    var overlayBox: (any Widget)? {
        switch overlay {
        case .none, .prompt, .confirmingJump: return nil
        case .organizations(let picker):
            let rows = timeline.organizations.enumerated().map { index, organization in
                TickListBox.Row(isTicked: picker.chosen.contains(organization.id), isIndented: organization.parent != nil,
                                tag: OrganizationTag(id: organization.id, color: palette.color(of: OrganizationIndex(index))),
                                name: organization.nameWithFramework, count: picker.counts[index])
            }
            return TickListBox(title: "Filter by organization, each with its bodies · type to jump",
                               footer: "Space tick · Tab any/all (now \(picker.match.rawValue)) · Del untick all · Enter apply",
                               rows: rows, cursor: picker.cursor.cursor)
        case .kinds(let picker):
            let rows = zip(Event.Kind.allCases, picker.counts).map { kind, count in
                TickListBox.Row(isTicked: picker.chosen.contains(kind.rawValue), isIndented: false, tag: nil,
                                name: kind.rawValue, count: count)
            }
            return TickListBox(title: "Filter by kind · type to jump", footer: "Space tick · Del untick all · Enter apply · Esc cancel",
                               rows: rows, cursor: picker.cursor.cursor)
        case .chapters(let picker, let counts):
            let rows = zip(timeline.chapters, counts).map { chapter, count in
                ListBox.Row(label: Self.label(of: chapter), count: count)
            }
            return ListBox(title: "Chapters: the text's sections and the handbook chapters it cites",
                           footer: "Enter shows its events · Esc closes · type to jump", rows: rows, cursor: picker.cursor)
        case .overlaps(let picker, let events):
            let name = selectedEvent.map { timeline[event: $0].shortName } ?? ""
            let rows = events.map { position in
                let event = timeline[event: position]
                return ListBox.Row(lead: event.dates.plainText, label: event.title)
            }
            return ListBox(title: "At the same time as \(name)", footer: "Enter goes there · Esc closes · type to jump", rows: rows,
                           cursor: picker.cursor, leadWidth: EventList.dateColumn)
        case .help(let picker):
            return HelpBox(lines: Help.lines, top: picker.cursor)
        }
    }

    private static func label(of chapter: Chapter) -> String {
        switch chapter.kind {
        case .section:
            let pages = chapter.pages.map { "pp. \($0.lowerBound)–\($0.upperBound)  " } ?? ""
            return (chapter.parent == nil ? "§ " : "   § ") + pages + chapter.title
        case .handbook:
            return "→ " + chapter.title + (chapter.subject.map { ": " + $0 } ?? "")
        }
    }
}

extension Array where Element == Int {
    /// Whether this sorted array holds `value`.
    func binarySearchContains(_ value: Int) -> Bool {
        let index = partitioningIndex { $0 >= value }
        return index < count && self[index] == value
    }
}
