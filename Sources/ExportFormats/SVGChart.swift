import TimelineEngine

/// The lanes chart as a figure for a slide or an article: a year axis, one lane per
/// organization (its bodies' events in it too), each event a bar over its span (a dot
/// for a single day, an arrow at the end of one still going on) with its label where it
/// fits, the full title and dates on hover, and a legend. Colors are the Okabe–Ito
/// palette, which stays apart for readers with colour-blindness and in print.
public struct SVGChart {
    public var width = 1200
    public var title = "Peacekeeping Timeline"

    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D1F", "#000000"]
    static let fontSize = 11.0
    static let rowHeight = 16.0
    static let laneGap = 6.0
    static let labelWidth = 70.0
    static let top = 46.0
    static let rowsPerLane = 12

    public init(width: Int = 1200) { self.width = max(400, width) }

    /// The chart of `events`, one lane for each of `lanes` (organization ids), or for each
    /// top-level organization taking part when none are given.
    public func render(_ events: [Int], of timeline: Timeline, lanes: [String] = []) -> String {
        let exported = Set(events)
        let laneIDs = lanes.isEmpty ? Self.topLevel(events, of: timeline) : lanes
        let spans = events.map { timeline.span(of: $0) }
        let first = spans.map(\.earliestStart.year).min() ?? 2000
        let last = max(first + 1, (spans.map { $0.isOpen ? (timeline.yearRange?.upperBound ?? $0.earliestStart.year) : $0.latestEnd.year }
            .max() ?? first) + 1)
        let scale = Scale(first: first, last: last, left: Self.labelWidth, right: Double(width) - 16)
        var body = [String]()
        var y = Self.top
        for (number, id) in laneIDs.enumerated() {
            let color = Self.palette[number % Self.palette.count]
            let items = timeline.events(ofOrganization: id, includingBodies: true).filter(exported.contains)
            let rows = Self.pack(items, of: timeline, scale: scale)
            let height = max(1, Double(rows.count)) * Self.rowHeight + Self.laneGap
            if number.isMultiple(of: 2) {
                body.append(##"<rect x="0" y="\##(f(y - 3))" width="\##(width)" height="\##(f(height))" fill="#F3F3F3"/>"##)
            }
            body.append(##"<text x="8" y="\##(f(y + 12))" font-weight="bold" fill="\##(color)">\##(xml(id))</text>"##)
            for (row, placed) in rows.enumerated() {
                let rowY = y + Double(row) * Self.rowHeight
                for (offset, item) in placed.enumerated() {
                    // Up to the next event of the row, or the edge of the page.
                    let room = (offset + 1 < placed.count ? placed[offset + 1].x : Double(width) - 4) - item.x
                    body += bar(item, y: rowY, room: room, color: color, timeline: timeline)
                }
            }
            y += height
        }
        let height = y + 40
        var svg = [##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(width)" height="\##(f(height))" "##
                   + ##"viewBox="0 0 \##(width) \##(f(height))" font-family="Helvetica, Arial, sans-serif" font-size="\##(f(Self.fontSize))">"##,
                   "<title>\(xml(title))</title>",
                   ##"<rect width="100%" height="100%" fill="#FFFFFF"/>"##,
                   ##"<text x="8" y="18" font-size="15" font-weight="bold" fill="#222222">\##(xml(title))</text>"##]
        svg += axis(scale, bottom: y)
        svg += body
        svg += legend(y: y + 22)
        return (svg + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    /// An event drawn in a row: where it starts and ends on the page.
    struct Placed {
        let position: Int
        let x: Double
        let end: Double
        let isDay: Bool
        let isOpen: Bool
    }

    /// The events of a lane in rows, each row's events apart from one another; past the
    /// last row they share it.
    static func pack(_ positions: [Int], of timeline: Timeline, scale: Scale) -> [[Placed]] {
        var rows = [[Placed]]()
        for position in positions {
            let span = timeline.span(of: position)
            let x = scale.x(span.earliestStart)
            let end = span.isOpen ? scale.right : max(x + 2, scale.x(span.latestEnd.nextDay))
            let placed = Placed(position: position, x: x, end: end, isDay: span.isSingleDay, isOpen: span.isOpen)
            if let row = rows.firstIndex(where: { ($0.last?.end ?? 0) + 3 <= x }) {
                rows[row].append(placed)
            } else if rows.count < rowsPerLane {
                rows.append([placed])
            } else {
                rows[rows.count - 1].append(placed)
            }
        }
        return rows
    }

    private func bar(_ item: Placed, y: Double, room: Double, color: String, timeline: Timeline) -> [String] {
        let event = timeline.events[item.position]
        let hover = "<title>\(xml(event.title)) (\(xml(event.dates.plainText)))</title>"
        var label = event.shortName
        let characterWidth = Self.fontSize * 0.62
        var labelWidth = Double(label.count) * characterWidth
        var parts = [String]()
        if item.isDay {
            parts.append(##"<circle cx="\##(f(item.x))" cy="\##(f(y + 6))" r="4" fill="\##(color)">\##(hover)</circle>"##)
        } else {
            parts.append(##"<rect x="\##(f(item.x))" y="\##(f(y))" width="\##(f(item.end - item.x))" height="12" rx="2" "##
                + ##"fill="\##(color)" fill-opacity="0.85">\##(hover)</rect>"##)
            if item.isOpen {
                parts.append(##"<path d="M\##(f(item.end)) \##(f(y - 1)) l7 7 l-7 7 z" fill="\##(color)"/>"##)
            }
        }
        let barWidth = item.end - item.x
        // A label too long for its bar, where nothing follows close behind, is cut to fit it.
        let inside = min(barWidth, room) - 6
        if !item.isDay, labelWidth > inside, labelWidth + 10 > room - barWidth, inside >= 6 * characterWidth {
            label = String(label.prefix(Int(inside / characterWidth) - 1)) + "…"
            labelWidth = Double(label.count) * characterWidth
        }
        if !item.isDay, labelWidth + 6 <= min(barWidth, room) {
            parts.append(##"<text x="\##(f(item.x + 3))" y="\##(f(y + 10))" fill="#FFFFFF">\##(xml(label))</text>"##)
        } else if labelWidth + 10 <= room - (item.isDay ? 6 : barWidth) {
            let x = item.isDay ? item.x + 6 : item.end + (item.isOpen ? 9 : 3)
            parts.append(##"<text x="\##(f(x))" y="\##(f(y + 10))" fill="#222222">\##(xml(label))</text>"##)
        }
        return parts
    }

    private func axis(_ scale: Scale, bottom: Double) -> [String] {
        let years = scale.last - scale.first
        let step = [1, 2, 5, 10, 20, 25, 50].first { Double(years) / Double($0) * 70 <= scale.right - scale.left } ?? 100
        var parts = [##"<line x1="\##(f(scale.left))" y1="\##(f(Self.top - 8))" x2="\##(f(scale.right))" y2="\##(f(Self.top - 8))" stroke="#888888"/>"##]
        for year in stride(from: (scale.first + step - 1) / step * step, through: scale.last, by: step) {
            let x = scale.x(year: Double(year))
            parts.append(##"<line x1="\##(f(x))" y1="\##(f(Self.top - 8))" x2="\##(f(x))" y2="\##(f(bottom))" stroke="#DDDDDD"/>"##)
            parts.append(##"<text x="\##(f(x))" y="\##(f(Self.top - 12))" text-anchor="middle" fill="#555555">\##(year)</text>"##)
        }
        return parts
    }

    private func legend(y: Double) -> [String] {
        [##"<rect x="8" y="\##(f(y - 9))" width="24" height="10" rx="2" fill="#555555"/>"##,
         ##"<text x="38" y="\##(f(y))" fill="#333333">an event over its dates</text>"##,
         ##"<circle cx="200" cy="\##(f(y - 4))" r="4" fill="#555555"/>"##,
         ##"<text x="210" y="\##(f(y))" fill="#333333">a single day</text>"##,
         ##"<rect x="310" y="\##(f(y - 9))" width="18" height="10" rx="2" fill="#555555"/>"##,
         ##"<path d="M328 \##(f(y - 10)) l6 6 l-6 6 z" fill="#555555"/>"##,
         ##"<text x="342" y="\##(f(y))" fill="#333333">still going on</text>"##,
         ##"<text x="460" y="\##(f(y))" fill="#333333">one lane per organization, its bodies included; hover for titles and dates</text>"##]
    }

    /// Where a year or a day falls across the page.
    struct Scale {
        let first: Int, last: Int
        let left: Double, right: Double

        func x(year: Double) -> Double { left + (year - Double(first)) / Double(last - first) * (right - left) }

        func x(_ day: DayStamp) -> Double {
            x(year: Double(day.year) + (Double(day.month - 1) + Double(day.day - 1) / 31) / 12)
        }
    }

    /// The top-level organizations taking part in the events, their bodies' events counting as theirs.
    static func topLevel(_ events: [Int], of timeline: Timeline) -> [String] {
        let exported = Set(events)
        return timeline.organizations.filter { $0.parent == nil }.map(\.id).filter { id in
            timeline.events(ofOrganization: id, includingBodies: true).contains(where: exported.contains)
        }
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }
    private func xml(_ text: String) -> String { GraphExport.xml(text) }
}
