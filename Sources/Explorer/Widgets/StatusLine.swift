import TerminalText

/// The bottom line: the search prompt while one is typed, else the counts, the filter,
/// the search and the history, with a reminder of keys.
struct StatusLine: Widget {
    enum Content {
        /// What is typed (with what it is for, "/" or "years: "), then a hint.
        case prompt(text: String, hint: String)
        case summary(String)
    }

    let content: Content

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(x: area.x, y: area.y, count: area.width, style: .status)
        switch content {
        case .prompt(let text, let hint):
            let used = buffer.put(text + "▏", x: area.x, y: area.y, style: .status)
            buffer.put("  " + hint, x: area.x + used, y: area.y, style: .status)
        case .summary(let text):
            buffer.put(text, x: area.x, y: area.y, style: .status)
            let hint = "o orgs  / search  q quit "
            if area.width - TerminalWidth.of(text) > hint.count + 2 {
                buffer.put(hint, x: area.x + area.width - hint.count, y: area.y, style: .status)
            }
        }
    }
}

/// A message on a line of its own above the status line, which keeps its counts.
struct MessageLine: Widget {
    let text: String
    let isWarning: Bool

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let style: Style = isWarning ? .warning : .message
        buffer.fill(x: area.x, y: area.y, count: area.width, style: style)
        buffer.put(" " + text, x: area.x, y: area.y, limit: area.width, style: style)
    }
}
