import TimelineEngine

/// The relations view: the matrix of events each pair of organizations shares (shaded by
/// count, the cursor's cell highlighted), and below it (beside it on a wide terminal) the
/// pair's story: counts, modes, modes by decade, and the first of their shared events.
struct RelationsView: Widget {
    struct Story {
        let title: String
        let summary: String
        let modes: String
        let decades: [String]
        let events: [(dates: String, title: String, modes: String)]
    }

    /// Nil while the matrix is counted; then how far the count has gone.
    let matrix: Relations?
    let progress: Double
    let row: Int
    let column: Int
    let top: Int
    let story: Story?

    static let labelWidth = 8
    static let cellWidth = 4

    /// Whether the story goes beside the matrix: only when it keeps 40 columns there.
    static func isStoryBeside(layout: Layout, organizations: Int) -> Bool {
        layout.width - (labelWidth + cellWidth * organizations) - 2 >= 40
    }

    /// How many rows of the matrix show: all of them with the story beside it, else a
    /// part, so that the story below keeps at least half the height.
    static func matrixRows(layout: Layout, organizations: Int) -> Int {
        let height = layout.main.height - 1
        return isStoryBeside(layout: layout, organizations: organizations) ? max(1, height)
            : max(3, min(organizations, height / 2))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard let matrix else {
            buffer.put("Counting the events each pair of organizations shares… \(Int(progress * 100))%", x: area.x + 1,
                       y: area.y + 1, style: .dim)
            return
        }
        guard matrix.organizations.count > 1 else {
            buffer.put("No two organizations share an event", x: area.x + 1, y: area.y + 1, style: .dim)
            return
        }
        let layout = Layout(width: buffer.width, height: buffer.height)
        let rows = Self.matrixRows(layout: layout, organizations: matrix.organizations.count)
        let matrixWidth = min(area.width, Self.labelWidth + Self.cellWidth * matrix.organizations.count)
        drawMatrix(matrix, area: Rect(x: area.x, y: area.y, width: matrixWidth, height: rows + 1), into: &buffer)
        let pane = Self.isStoryBeside(layout: layout, organizations: matrix.organizations.count)
            ? Rect(x: area.x + matrixWidth + 2, y: area.y, width: max(0, area.width - matrixWidth - 2), height: area.height)
            : Rect(x: area.x, y: area.y + rows + 2, width: area.width, height: max(0, area.height - rows - 2))
        if let story { drawStory(story, area: pane, into: &buffer) }
    }

    private func drawMatrix(_ matrix: Relations, area: Rect, into buffer: inout ScreenBuffer) {
        var counts = [Int: Int]()
        for cell in matrix.cells { counts[cell.first * 65_536 + cell.second] = cell.events }
        let columns = min(matrix.organizations.count, (area.width - Self.labelWidth) / Self.cellWidth)
        let firstColumn = max(0, min(column - columns / 2, matrix.organizations.count - columns))
        for offset in 0..<columns {
            let name = String(matrix.organizations[firstColumn + offset].prefix(Self.cellWidth - 1))
            let x = area.x + Self.labelWidth + offset * Self.cellWidth
            buffer.put(name, x: x + Self.cellWidth - 1 - name.count, y: area.y,
                       style: firstColumn + offset == column ? .header : .dim)
        }
        for line in 0..<min(area.height - 1, matrix.organizations.count - top) {
            let index = top + line
            let y = area.y + 1 + line
            buffer.put(matrix.organizations[index], x: area.x, y: y, limit: Self.labelWidth - 1,
                       style: index == row ? .header : .normal)
            for offset in 0..<columns {
                let other = firstColumn + offset
                let count = index == other ? nil : counts[min(index, other) * 65_536 + max(index, other)]
                let text = index == other ? "·" : count.map { $0 > 999 ? "1k+" : $0 == 0 ? "" : String($0) } ?? ""
                let style: Style = index == row && other == column ? .selected
                    : (count ?? 0) >= 10 ? .title : (count ?? 0) >= 3 ? .normal : .dim
                let x = area.x + Self.labelWidth + offset * Self.cellWidth
                if index == row && other == column { buffer.fill(x: x, y: y, count: Self.cellWidth - 1, style: .selected) }
                buffer.put(text, x: x + Self.cellWidth - 1 - text.count, y: y, style: style)
            }
        }
    }

    private func drawStory(_ story: Story, area: Rect, into buffer: inout ScreenBuffer) {
        guard area.height > 0, area.width > 10 else { return }
        var lines: [(String, Style)] = [(story.title, .title), (story.summary, .normal), (story.modes, .normal)]
        lines += story.decades.map { ($0, .dim) }
        lines.append(("Enter: these events in the list · b bodies apart or in", .dim))
        for (offset, line) in lines.prefix(area.height).enumerated() {
            buffer.put(line.0, x: area.x, y: area.y + offset, limit: area.width, style: line.1)
        }
        let datesWidth = 18
        for (offset, event) in story.events.prefix(max(0, area.height - lines.count)).enumerated() {
            let y = area.y + lines.count + offset
            buffer.put(event.dates, x: area.x, y: y, limit: datesWidth - 1, style: .dim)
            let used = buffer.put(event.title, x: area.x + datesWidth, y: y, limit: area.width - datesWidth - 16, style: .normal)
            buffer.put(event.modes, x: area.x + datesWidth + used + 2, y: y,
                       limit: max(0, area.width - datesWidth - used - 2), style: .dim)
        }
    }
}
