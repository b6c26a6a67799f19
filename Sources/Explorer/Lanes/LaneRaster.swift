import TimelineEngine

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
