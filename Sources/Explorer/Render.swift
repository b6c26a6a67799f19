import Algorithms
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
        if let years = state.timeline.yearRange, let event = state.selectedEvent {
            TimeStrip(years: years, dates: state.timeline.events[event].dates).render(into: &screen, area: layout.strip)
        }
    case .lanes:
        state.lanesChart?.render(into: &screen, area: layout.main)
        if let event = state.selectedEvent.map({ state.timeline.events[$0] }) {
            SelectionLine(dates: event.dates.plainText, title: event.title).render(into: &screen, area: layout.strip)
        }
    }
    state.statusLine.render(into: &screen, area: layout.statusBar)
    state.overlay?.render(into: &screen, area: whole)
    return screen
}

extension AppState {
    var eventList: EventList {
        let shown = visible.dropFirst(scrollTop).prefix(layout.listRows)
        let rows = shown.map { position in
            let event = timeline.events[position]
            return EventList.Row(dates: event.dates.plainText, title: event.title,
                                 organizations: event.organizationIDs.map { OrganizationTag(id: $0, color: palette.color(of: $0)) },
                                 matchesSearch: matchesSearch(position))
        }
        let selected = selectedRow - scrollTop
        return EventList(rows: rows, selected: rows.indices.contains(selected) ? selected : nil,
                         isFocused: focus == .list, searchTerms: pattern.words)
    }

    var detailPane: DetailPane? {
        guard let position = selectedEvent else { return nil }
        let edge: DetailPane.Edge = layout.isSideBySide ? .left : .top
        let text = DetailPane.textArea(of: layout.detail, edge: edge)
        let content = DetailContent(timeline.events[position], links: selectedLinks,
                                    highlighted: focus == .links ? linkCursor : nil, timeline: timeline, palette: palette,
                                    width: max(0, text.width))
        var top = 0
        if focus == .links, linkCursor < content.linkLines.count {
            let line = content.linkLines[linkCursor]
            if line >= text.height { top = line - text.height + 1 }
        }
        return DetailPane(lines: content.lines, top: top, edge: edge)
    }

    var lanesChart: LanesChart? {
        guard let scale = LaneScale(lanes, area: layout.main) else { return nil }
        let rasters = laneRasters()
        let selectedSpan = selectedEvent.flatMap { LaneSpan(timeline.span(of: $0), scale) }
        let chartLanes = zip(visibleLanes, rasters).map { organization, raster in
            let id = timeline.organizations[organization].id
            var selection: LaneRaster?
            if let selectedSpan, let event = selectedEvent, timeline.events(ofOrganization: id).binarySearchContains(event) {
                selection = LaneRaster(width: scale.width)
                selection?.add(selectedSpan)
            }
            return LanesChart.Lane(tag: OrganizationTag(id: id, color: palette.color(of: OrganizationIndex(organization))),
                                   raster: raster, selection: selection)
        }
        return LanesChart(scale: scale, lanes: chartLanes,
                          hasMoreBelow: laneOrganizations.count > lanes.topLane + visibleLanes.count)
    }

    var statusLine: StatusLine {
        if case .searching(let input) = mode { return StatusLine(content: .prompt(text: input.text, summary: matchSummary)) }
        if let message { return StatusLine(content: .message(message.text, isWarning: message.isWarning)) }
        let total = timeline.events.count
        var text = filter.isEmpty ? " \(total) events" : " \(visible.count) of \(total) events"
        if let filter = filterDescription { text += " · " + filter }
        if !pattern.isEmpty { text += " · “\(search)” " + matchSummary }
        if !history.back.isEmpty { text += " · [ back" }
        return StatusLine(content: .summary(text))
    }

    /// "12 matching", or how far a long search has got.
    private var matchSummary: String {
        guard let progress = searchProgress else { return "\(matchCount) matching" }
        return "searching… \(Int(progress * 100))%"
    }

    /// The overlay open over the view, if any.
    var overlay: (any Widget)? {
        switch mode {
        case .browsing, .searching, .confirmingJump: return nil
        case .pickingOrganizations(let picker):
            let rows = timeline.organizations.enumerated().map { index, organization in
                OrganizationPickerBox.Row(isTicked: picker.chosen.contains(organization.id), isBody: organization.parent != nil,
                                          tag: OrganizationTag(id: organization.id, color: palette.color(of: OrganizationIndex(index))),
                                          name: organization.nameWithFramework, count: picker.counts[index])
            }
            return OrganizationPickerBox(rows: rows, cursor: picker.cursor, match: picker.match.rawValue)
        case .pickingChapter(let picker, let counts):
            let rows = zip(timeline.chapters, counts).map { chapter, count in
                ListBox.Row(label: Self.label(of: chapter), count: count)
            }
            return ListBox(title: "Chapters: the text's sections and the handbook chapters it cites",
                           footer: "Enter shows its events · Esc closes", rows: rows, cursor: picker.cursor)
        case .listingOverlaps(let picker, let events):
            let name = selectedEvent.map { timeline.events[$0].shortName } ?? ""
            let rows = events.map { position in
                let event = timeline.events[position]
                return ListBox.Row(lead: event.dates.plainText, label: event.title)
            }
            return ListBox(title: "At the same time as \(name)", footer: "Enter goes there · Esc closes", rows: rows,
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
