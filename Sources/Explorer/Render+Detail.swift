extension ScreenBuffer {
    mutating func drawDetail(_ state: AppState, _ layout: Layout) {
        var rect = layout.detail
        if layout.isSideBySide {
            for row in rect.y..<(rect.y + rect.height) { put("│", x: rect.x - 1, y: row, style: .border) }
            rect.x += 1
            rect.width -= 2
        } else {
            put(String(repeating: "─", count: width), x: 0, y: rect.y, style: .border)
            rect.y += 1
            rect.height -= 1
            rect.x += 1
            rect.width -= 2
        }
        guard rect.height > 0, rect.width > 0 else { return }
        let content = DetailContent(state, width: rect.width)
        var top = 0
        if state.focus == .links, state.linkCursor < content.linkLines.count {
            let line = content.linkLines[state.linkCursor]
            if line >= rect.height { top = line - rect.height + 1 }
        }
        for (offset, pieces) in content.lines.dropFirst(top).prefix(rect.height).enumerated() {
            var x = rect.x
            for piece in pieces {
                x += put(piece.text, x: x, y: rect.y + offset, limit: rect.x + rect.width - x, style: piece.style)
            }
        }
        if content.lines.count - top > rect.height {
            put("↓ more", x: rect.x + rect.width - 6, y: rect.y + rect.height - 1, style: .dim)
        }
    }
}
