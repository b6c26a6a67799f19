import TerminalText

/// The top line: the program's name, the filter, and the view with its keys.
struct TitleBar: Widget {
    let filter: String?
    let view: AppState.View

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(x: area.x, y: area.y, count: area.width, style: .status)
        let filter = self.filter.map { " · filter: " + $0 } ?? ""
        // The keys of the other views when there is room; the help names them all.
        let views = switch view {
        case .list: "list · v lanes · r relations · t trace"
        case .lanes: "lanes · v list"
        case .relations: "relations · r list"
        case .trace: "trace · t list"
        }
        let left = " Peacekeeping Timeline" + filter
        let full = views + " · ? help "
        let right = TerminalWidth.of(left) + full.count < area.width ? full : views.prefix { $0 != " " } + " · ? help "
        buffer.put(left, x: area.x, y: area.y, limit: area.width - right.count - 1, style: .status)
        buffer.put(right, x: area.x + area.width - right.count, y: area.y, style: .status)
    }
}

/// What is shown instead of everything else when the terminal is too small.
struct TooSmallNotice: Widget {
    let needed: (width: Int, height: Int)

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let lines = ["Terminal too small", "needs \(needed.width)×\(needed.height)", "now \(area.width)×\(area.height)",
                     "q quits"]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = area.x + max(0, (area.width - line.count) / 2)
            buffer.put(line, x: x, y: top + offset, style: offset == 0 ? .warning : .normal)
        }
    }
}
