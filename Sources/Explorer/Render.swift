import TimelineEngine

/// Draws a state into a screen buffer of its size. Pure, like `reduce`, and it
/// touches only what is on screen, so its cost does not grow with the timeline.
public func render(_ state: AppState) -> ScreenBuffer {
    var screen = ScreenBuffer(width: state.width, height: state.height)
    let layout = state.layout
    guard !layout.isTooSmall else {
        screen.drawTooSmall(layout)
        return screen
    }
    screen.drawTitle(state, layout)
    switch state.view {
    case .list:
        screen.drawList(state, layout.list)
        screen.drawDetail(state, layout)
        screen.drawTimeStrip(state, row: layout.stripRow)
    case .lanes:
        screen.drawLanes(state, layout.main)
        screen.drawSelectionLine(state, row: layout.stripRow)
    }
    screen.drawStatus(state, row: layout.statusRow)
    screen.drawOverlay(state)
    return screen
}

extension ScreenBuffer {
    mutating func drawTooSmall(_ layout: Layout) {
        let lines = ["Terminal too small", "needs \(Layout.minimumWidth)×\(Layout.minimumHeight)",
                     "now \(layout.width)×\(layout.height)", "q quits"]
        let top = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (width - line.count) / 2)
            put(line, x: x, y: top + offset, style: offset == 0 ? .warning : .normal)
        }
    }

    mutating func drawTitle(_ state: AppState, _ layout: Layout) {
        fill(x: 0, y: layout.titleRow, count: width, style: .status)
        let filter = state.filterDescription.map { " · filter: " + $0 } ?? ""
        put(" Peacekeeping Timeline" + filter, x: 0, y: layout.titleRow, limit: width - 26, style: .status)
        let view = state.view == .list ? "list · v lanes" : "lanes · v list"
        let right = "\(view) · ? help "
        put(right, x: max(24, width - right.count), y: layout.titleRow, style: .status)
    }

    /// A row of organization tags ("EU UN"), each in its palette color, within `limit` columns.
    @discardableResult
    mutating func putTags(_ organizations: [String], in timeline: Timeline, x: Int, y: Int, limit: Int,
                          style: Style? = nil) -> Int {
        var used = 0
        for id in organizations {
            let room = limit - used
            guard room > id.count else { break }
            let color = style ?? .organization(Self.paletteSlot(of: id, in: timeline))
            used += put(id, x: x + used, y: y, limit: room, style: color)
            used += 1
        }
        return used
    }

    static func paletteSlot(of organization: String, in timeline: Timeline) -> Int {
        let root = timeline.rootOrganization(of: organization)
        let index = timeline.organizations.firstIndex { $0.id == root } ?? 0
        return index % Style.organizationPalette
    }
}

extension Timeline {
    /// The top of an organization's chain of parents (UN for DPKO), which gives its color.
    func rootOrganization(of id: String) -> String {
        var current = id
        var seen: Set<String> = [id]
        while let parent = organization(id: current)?.parent, seen.insert(parent).inserted { current = parent }
        return current
    }
}
