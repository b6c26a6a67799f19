import TimelineEngine

extension ScreenBuffer {
    mutating func drawOverlay(_ state: AppState) {
        switch state.mode {
        case .browsing, .searching, .confirmingJump: return
        case .pickingOrganizations(let picker): drawOrganizationPicker(state, picker)
        case .pickingChapter(let picker, let counts): drawChapters(state, picker, counts)
        case .listingOverlaps(let picker, let events): drawOverlaps(state, picker, events)
        case .help(let picker): drawHelp(picker)
        }
    }

    /// A framed box in the middle of the screen; returns its inner rectangle.
    private mutating func box(title: String, footer: String, contentHeight: Int, maxWidth: Int = 76) -> Layout.Rect {
        let boxWidth = min(width - 2, maxWidth)
        let boxHeight = min(height - 2, contentHeight + 2)
        let x = (width - boxWidth) / 2
        let y = max(1, (height - boxHeight) / 2)
        for row in y..<(y + boxHeight) { fill(x: x, y: row, count: boxWidth, style: .normal) }
        let inner = boxWidth - 2
        put("┌" + String(repeating: "─", count: inner) + "┐", x: x, y: y, style: .border)
        put("└" + String(repeating: "─", count: inner) + "┘", x: x, y: y + boxHeight - 1, style: .border)
        for row in (y + 1)..<(y + boxHeight - 1) {
            put("│", x: x, y: row, style: .border)
            put("│", x: x + boxWidth - 1, y: row, style: .border)
        }
        put(" \(title) ", x: x + 2, y: y, limit: inner - 2, style: .header)
        put(" \(footer) ", x: x + 2, y: y + boxHeight - 1, limit: inner - 2, style: .dim)
        return Layout.Rect(x: x + 2, y: y + 1, width: boxWidth - 4, height: boxHeight - 2)
    }

    /// The first row to show so that `cursor` stays in view.
    private func scrolled(_ cursor: Int, rows: Int) -> Int { max(0, cursor - rows + 1) }

    private mutating func drawOrganizationPicker(_ state: AppState, _ picker: OrganizationPicker) {
        let organizations = state.timeline.organizations
        let footer = "Space tick · a any/all (now \(picker.match.rawValue)) · x untick all · Enter apply · Esc cancel"
        let rect = box(title: "Filter by organization", footer: footer, contentHeight: organizations.count)
        let top = scrolled(picker.cursor, rows: rect.height)
        for (offset, index) in organizations.indices.dropFirst(top).prefix(rect.height).enumerated() {
            let organization = organizations[index]
            let y = rect.y + offset
            let isCursor = index == picker.cursor
            if isCursor { fill(x: rect.x, y: y, count: rect.width, style: .selected) }
            let tick = picker.chosen.contains(organization.id) ? "[x] " : "[ ] "
            let depth = organization.parent == nil ? "" : "  "
            var x = rect.x + put(tick + depth, x: rect.x, y: y, style: isCursor ? .selected : .normal)
            let slot = Self.paletteSlot(of: organization.id, in: state.timeline)
            x += put(organization.id, x: x, y: y, limit: 8, style: isCursor ? .selected : .organization(slot))
            let count = " \(picker.counts[index])"
            put(organization.nameWithFramework, x: rect.x + 14, y: y, limit: rect.width - 14 - count.count, style: isCursor ? .selected : .normal)
            put(count, x: rect.x + rect.width - count.count, y: y, style: isCursor ? .selected : .dim)
        }
    }

    private mutating func drawChapters(_ state: AppState, _ picker: ListPicker, _ counts: [Int]) {
        let chapters = state.timeline.chapters
        let rect = box(title: "Chapters: the text's sections and the handbook chapters it cites",
                       footer: "Enter shows its events · Esc closes", contentHeight: chapters.count)
        let top = scrolled(picker.cursor, rows: rect.height)
        for (offset, index) in chapters.indices.dropFirst(top).prefix(rect.height).enumerated() {
            let chapter = chapters[index]
            let y = rect.y + offset
            let style: Style = index == picker.cursor ? .selected : .normal
            if index == picker.cursor { fill(x: rect.x, y: y, count: rect.width, style: .selected) }
            let label: String
            switch chapter.kind {
            case .section:
                let pages = chapter.pages.map { "pp. \($0.lowerBound)–\($0.upperBound)  " } ?? ""
                label = (chapter.parent == nil ? "§ " : "   § ") + pages + chapter.title
            case .handbook:
                label = "→ " + chapter.title + (chapter.subject.map { ": " + $0 } ?? "")
            }
            let count = " \(counts[index])"
            put(label, x: rect.x, y: y, limit: rect.width - count.count, style: style)
            put(count, x: rect.x + rect.width - count.count, y: y, style: index == picker.cursor ? .selected : .dim)
        }
    }

    private mutating func drawOverlaps(_ state: AppState, _ picker: ListPicker, _ events: [Int]) {
        let name = state.selectedEvent.map { state.timeline.events[$0].shortName } ?? ""
        let rect = box(title: "At the same time as \(name)", footer: "Enter goes there · Esc closes",
                       contentHeight: events.count)
        let top = scrolled(picker.cursor, rows: rect.height)
        for (offset, index) in events.indices.dropFirst(top).prefix(rect.height).enumerated() {
            let event = state.timeline.events[events[index]]
            let y = rect.y + offset
            let isCursor = index == picker.cursor
            if isCursor { fill(x: rect.x, y: y, count: rect.width, style: .selected) }
            put(event.dates.plainText, x: rect.x, y: y, limit: Self.dateColumn, style: isCursor ? .selected : .dim)
            put(event.title, x: rect.x + Self.dateColumn + 1, y: y, limit: rect.width - Self.dateColumn - 1,
                style: isCursor ? .selected : .normal)
        }
    }

    private mutating func drawHelp(_ picker: ListPicker) {
        let rect = box(title: "Keys", footer: "j/k scroll · any other key closes", contentHeight: Help.lines.count, maxWidth: 90)
        let top = min(picker.cursor, max(0, Help.lines.count - rect.height))
        for (offset, line) in Help.lines.dropFirst(top).prefix(rect.height).enumerated() {
            let y = rect.y + offset
            if line.isTitle {
                put(line.text, x: rect.x, y: y, style: .header)
            } else {
                put(line.keys, x: rect.x + 1, y: y, limit: 16, style: .title)
                put(line.text, x: rect.x + 18, y: y, limit: rect.width - 18)
            }
        }
    }
}
