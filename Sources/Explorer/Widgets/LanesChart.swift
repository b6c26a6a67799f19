/// The Gantt-like chart: a year axis, then a lane per organization with its events
/// drawn as bars, marks and arrows (the selected event's over them), each followed, when
/// lanes are opened out, by a row per event with its label; last, a legend that also says
/// how many lanes lie above and below.
struct LanesChart: Widget {
    enum Row {
        /// An organization's lane: all its events in one row; nil while still being counted.
        case lane(tag: OrganizationTag, raster: LaneRaster?, selection: LaneRaster?)
        /// One event of the lane above it, with its label.
        case event(raster: LaneRaster, label: String, color: PaletteColor, isSelected: Bool)
    }

    static let labelWidth = 8

    let scale: LaneScale
    let rows: [Row]
    let lanesAbove: Int
    let lanesBelow: Int
    let isOpenedOut: Bool

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.height > 2 else { return }
        drawAxis(y: area.y, into: &buffer)
        for (offset, row) in rows.prefix(area.height - 2).enumerated() {
            let y = area.y + 1 + offset
            switch row {
            case .lane(let tag, let raster, let selection):
                buffer.put(tag.id, x: area.x, y: y, limit: Self.labelWidth - 1, style: .organization(tag.color))
                guard let raster else {
                    buffer.put("counting…", x: scale.x, y: y, style: .dim)
                    continue
                }
                draw(raster, y: y, style: .organization(tag.color), into: &buffer)
                if let selection { draw(selection, y: y, style: .selected, skipEmpty: true, into: &buffer) }
            case .event(let raster, let label, let color, let isSelected):
                draw(raster, y: y, style: isSelected ? .selected : .organization(color), skipEmpty: true, into: &buffer)
                drawLabel(label, beside: raster, y: y, style: isSelected ? .title : .normal, into: &buffer)
            }
        }
        drawLegend(y: area.y + area.height - 1, width: area.width, into: &buffer)
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

    /// What the marks mean, then how many lanes are out of sight.
    private func drawLegend(y: Int, width: Int, into buffer: inout ScreenBuffer) {
        let legend = " ━ span  ◆ one day  ▶ goes on  · none" + (isOpenedOut ? "  e: one row a lane" : "  e: a row per event")
        let used = buffer.put(legend, x: 0, y: y, style: .dim)
        let more = [lanesAbove > 0 ? "↑ \(lanesAbove) more" : nil, lanesBelow > 0 ? "↓ \(lanesBelow) more" : nil]
            .compactMap { $0 }.joined(separator: "  ") + " "
        if more.count > 1, width - used >= more.count { buffer.put(more, x: width - more.count, y: y, style: .dim) }
    }

    /// An event's label after its bar, or before it, or over it, wherever it fits.
    private func drawLabel(_ label: String, beside raster: LaneRaster, y: Int, style: Style, into buffer: inout ScreenBuffer) {
        guard let first = raster.cells.firstIndex(where: { $0 != .empty }),
              let last = raster.cells.lastIndex(where: { $0 != .empty }) else { return }
        let room = scale.width - last - 2
        if room >= min(label.count, 12) {
            buffer.put(label, x: scale.x + last + 2, y: y, limit: room, style: style)
        } else if first >= min(label.count, 12) + 1 {
            let width = min(label.count, first - 1)
            buffer.put(label, x: scale.x + first - 1 - width, y: y, limit: width, style: style)
        } else {
            buffer.put(label, x: scale.x + first, y: y, limit: scale.width - first, style: style)
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
