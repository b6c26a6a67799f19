import Algorithms
import TimelineEngine

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

    /// The scale of a chart of `area` showing the viewport's years, if it has room.
    init?(_ viewport: LaneViewport, area: Rect) {
        let width = area.width - LanesChart.labelWidth - 1
        guard width > 8, area.height > 2 else { return nil }
        self.init(firstYear: viewport.firstYear, span: viewport.span, x: area.x + LanesChart.labelWidth, width: width)
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
