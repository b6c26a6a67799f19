import Algorithms
import TimelineEngine

extension ScreenBuffer {
    static let laneLabelWidth = 8

    /// The Gantt-like chart: a year axis, then one lane per organization with a bar
    /// for each visible event within the years shown.
    mutating func drawLanes(_ state: AppState, _ rect: Layout.Rect) {
        guard let scale = LaneScale(state) else { return }
        drawAxis(scale, y: rect.y)
        let rasters = state.laneRasters()
        for (offset, organizationIndex) in state.visibleLanes.enumerated() {
            let y = rect.y + 1 + offset
            let organization = state.timeline.organizations[organizationIndex]
            let slot = Self.paletteSlot(of: organization.id, in: state.timeline)
            put(organization.id, x: rect.x, y: y, limit: Self.laneLabelWidth - 1, style: .organization(slot))
            guard let raster = rasters[offset] else {
                put("counting…", x: scale.x, y: y, style: .dim)
                continue
            }
            drawLane(raster, scale, y: y, style: .organization(slot))
            let events = state.timeline.events(ofOrganization: organization.id)
            if let selected = state.selectedEvent, events.binarySearchContains(selected),
               let span = LaneSpan(state.timeline.span(of: selected), scale) {
                var raster = LaneRaster(width: scale.width)
                raster.add(span)
                drawLane(raster, scale, y: y, style: .selected, skipEmpty: true)
            }
        }
        if state.laneOrganizations.count > state.lanes.topLane + state.visibleLanes.count {
            put("↓ more lanes", x: rect.x + rect.width - 13, y: rect.y + rect.height - 1, style: .dim)
        }
    }

    private mutating func drawAxis(_ scale: LaneScale, y: Int) {
        let step = [1, 2, 5, 10, 20, 25, 50, 100].first { Double($0) * scale.columnsPerYear >= 6 } ?? 100
        var year = (scale.firstYear + step - 1) / step * step
        while year <= scale.firstYear + scale.span {
            let x = scale.column(year: Double(year))
            if x >= scale.x, x + 4 <= scale.x + scale.width { put("\(year)", x: x, y: y, style: .header) }
            year += step
        }
    }

    /// Draws a lane's cells, one run of equal cells at a time.
    private mutating func drawLane(_ raster: LaneRaster, _ scale: LaneScale, y: Int, style: Style, skipEmpty: Bool = false) {
        var column = 0
        while column < raster.cells.count {
            let glyph = raster.cells[column]
            var end = column
            while end < raster.cells.count, raster.cells[end] == glyph { end += 1 }
            if glyph != .empty || !skipEmpty {
                put(String(repeating: glyph.character, count: end - column), x: scale.x + column, y: y,
                    style: glyph == .empty ? .border : style)
            }
            column = end
        }
    }
}

/// Where an event's bar lies in the chart, in columns from its left edge.
struct LaneSpan {
    let from: Int
    let to: Int
    /// A single day: drawn as a mark, not a bar.
    let isMark: Bool
    /// Still going on: the bar runs to the edge with an arrow.
    let isOpen: Bool

    init?(_ span: TimeSpan, _ scale: LaneScale) {
        let start = scale.column(year: LaneScale.year(of: span.earliestStart)) - scale.x
        isOpen = span.isOpen
        let end = isOpen ? scale.width - 1 : scale.column(year: LaneScale.year(of: span.latestEnd, end: true)) - scale.x
        guard end >= 0, start < scale.width else { return nil }
        from = max(0, start)
        to = min(scale.width - 1, max(from, end))
        isMark = span.isSingleDay
    }
}

/// One lane drawn into an array of cells first, so that a lane with a hundred thousand
/// events costs a pass over them, not a hundred thousand writes to the screen.
struct LaneRaster: Sendable, Equatable {
    enum Glyph: UInt8, Comparable, Sendable {
        case empty, bar, open, mark

        var character: Character {
            switch self {
            case .empty: "·"
            case .bar: "━"
            case .open: "▶"
            case .mark: "◆"
            }
        }

        static func < (lhs: Glyph, rhs: Glyph) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private(set) var cells: [Glyph]

    init(width: Int) {
        cells = Array(repeating: .empty, count: max(0, width))
    }

    /// A lane drawn from its coverage; `firstPoints` are those of each column and one
    /// past the last (`LaneScale.firstPoints(on:)`).
    init(_ coverage: LaneCoverage, firstPoints: [Int]) {
        self.init(width: firstPoints.count - 1)
        for column in cells.indices {
            let points = firstPoints[column]..<firstPoints[column + 1]
            if coverage.hasMark(in: points) {
                cells[column] = .mark
            } else if coverage.hasBar(in: points) {
                cells[column] = .bar
            }
        }
        if let last = cells.indices.last, coverage.hasOpenEvent(before: firstPoints[last + 1]) {
            cells[last] = max(cells[last], .open)
        }
    }

    mutating func add(_ span: LaneSpan) {
        if span.isMark {
            cells[span.from] = max(cells[span.from], .mark)
            return
        }
        for column in span.from...span.to where cells[column] < .bar { cells[column] = .bar }
        if span.isOpen { cells[span.to] = max(cells[span.to], .open) }
    }
}

/// Maps years to columns of the lanes chart.
struct LaneScale: Equatable, Sendable {
    let firstYear: Int
    let span: Int
    let x: Int
    let width: Int

    init(firstYear: Int, span: Int, x: Int, width: Int) {
        self.firstYear = firstYear
        self.span = span
        self.x = x
        self.width = width
    }

    /// The scale of the lanes view for a state, if the screen has room for a chart.
    init?(_ state: AppState) {
        let rect = state.layout.main
        let width = rect.width - ScreenBuffer.laneLabelWidth - 1
        guard width > 8, rect.height > 2 else { return nil }
        self.init(firstYear: state.lanes.firstYear, span: state.lanes.span,
                  x: rect.x + ScreenBuffer.laneLabelWidth, width: width)
    }

    var columnsPerYear: Double { Double(width) / Double(span) }

    func column(year: Double) -> Int {
        x + Int(((year - Double(firstYear)) * columnsPerYear).rounded(.down))
    }

    /// For each column and one past the last, the first point of `grid` that falls in it.
    func firstPoints(on grid: LaneGrid) -> [Int] {
        let first = (firstYear - grid.firstYear) * grid.pointsPerYear
        let points = first..<(first + span * grid.pointsPerYear + 1)
        return (0...width).map { column in
            points.partitioningIndex { self.column(year: grid.year(of: $0)) - x >= column }
        }
    }

    /// A day as a fractional year; an end counts to the close of its day.
    static func year(of stamp: DayStamp, end: Bool = false) -> Double {
        let month = (stamp.value / 100) % 100
        let day = stamp.value % 100
        return Double(stamp.year) + (Double(month - 1) + Double(day - (end ? 0 : 1)) / 31) / 12
    }
}

private extension Array where Element == Int {
    /// Whether this sorted array holds `value`.
    func binarySearchContains(_ value: Int) -> Bool {
        let index = partitioningIndex { $0 >= value }
        return index < count && self[index] == value
    }
}
