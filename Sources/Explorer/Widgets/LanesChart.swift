/// The Gantt-like chart: a year axis, then one lane per organization with its events
/// drawn as bars, marks and arrows, the selected event's over them.
struct LanesChart: Widget {
    struct Lane {
        let tag: OrganizationTag
        /// The lane's events; nil while they are still being counted.
        let raster: LaneRaster?
        /// The selected event, when it is one of this lane's.
        let selection: LaneRaster?
    }

    static let labelWidth = 8

    let scale: LaneScale
    let lanes: [Lane]
    let hasMoreBelow: Bool

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        drawAxis(y: area.y, into: &buffer)
        for (offset, lane) in lanes.enumerated() {
            let y = area.y + 1 + offset
            buffer.put(lane.tag.id, x: area.x, y: y, limit: Self.labelWidth - 1, style: .organization(lane.tag.color))
            guard let raster = lane.raster else {
                buffer.put("counting…", x: scale.x, y: y, style: .dim)
                continue
            }
            draw(raster, y: y, style: .organization(lane.tag.color), into: &buffer)
            if let selection = lane.selection { draw(selection, y: y, style: .selected, skipEmpty: true, into: &buffer) }
        }
        if hasMoreBelow { buffer.put("↓ more lanes", x: area.x + area.width - 13, y: area.y + area.height - 1, style: .dim) }
    }

    private func drawAxis(y: Int, into buffer: inout ScreenBuffer) {
        let step = [1, 2, 5, 10, 20, 25, 50, 100].first { Double($0) * scale.columnsPerYear >= 6 } ?? 100
        var year = (scale.firstYear + step - 1) / step * step
        while year <= scale.firstYear + scale.span {
            let x = scale.column(year: Double(year))
            if x >= scale.x, x + 4 <= scale.x + scale.width { buffer.put("\(year)", x: x, y: y, style: .header) }
            year += step
        }
    }

    /// Draws a lane's cells, one run of equal cells at a time.
    private func draw(_ raster: LaneRaster, y: Int, style: Style, skipEmpty: Bool = false,
                      into buffer: inout ScreenBuffer) {
        var column = 0
        while column < raster.cells.count {
            let glyph = raster.cells[column]
            var end = column
            while end < raster.cells.count, raster.cells[end] == glyph { end += 1 }
            if glyph != .empty || !skipEmpty {
                buffer.put(String(repeating: glyph.character, count: end - column), x: scale.x + column, y: y,
                           style: glyph == .empty ? .border : style)
            }
            column = end
        }
    }
}
