import TerminalText

/// The bottom line: the search prompt while one is typed, else a message if there is
/// one, else the counts, the filter, the search and the history, with a reminder of keys.
struct StatusLine: Widget {
    enum Content {
        case prompt(text: String, summary: String)
        case message(String, isWarning: Bool)
        case summary(String)
    }

    let content: Content

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(x: area.x, y: area.y, count: area.width, style: .status)
        switch content {
        case .prompt(let text, let summary):
            let used = buffer.put("/" + text + "▏", x: area.x, y: area.y, style: .status)
            buffer.put("  \(summary) · Enter keep · Esc cancel", x: area.x + used, y: area.y, style: .status)
        case .message(let text, let isWarning):
            buffer.put(" " + text, x: area.x, y: area.y, style: isWarning ? .warning : .message)
        case .summary(let text):
            buffer.put(text, x: area.x, y: area.y, style: .status)
            let hint = "o orgs  / search  q quit "
            if area.width - TerminalWidth.of(text) > hint.count + 2 {
                buffer.put(hint, x: area.x + area.width - hint.count, y: area.y, style: .status)
            }
        }
    }
}
