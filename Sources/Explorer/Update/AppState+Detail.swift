extension AppState {
    /// The detail pane as it stands: its lines for the selected event, where it meets
    /// the list, how many lines show at once, and the first one shown.
    struct DetailPage {
        let content: DetailContent
        let edge: DetailPane.Edge
        let rows: Int
        let top: Int

        /// The furthest the pane scrolls.
        var lastTop: Int { max(0, content.lines.count - rows) }
    }

    var detailPage: DetailPage? {
        guard let position = selectedEvent else { return nil }
        let edge: DetailPane.Edge = layout.isSideBySide ? .left : .top
        let text = DetailPane.textArea(of: layout.detail, edge: edge)
        let highlighted = detail.focus == .detail && !selectedLinks.isEmpty ? detail.linkCursor : nil
        let content = DetailContent(timeline[event: position], links: selectedLinks, highlighted: highlighted,
                                    timeline: timeline, palette: palette, width: max(0, text.width))
        let rows = DetailPane.rows(for: content.lines.count, height: max(0, text.height))
        return DetailPage(content: content, edge: edge, rows: rows,
                          top: max(0, min(detail.scroll, content.lines.count - rows)))
    }

    /// j/k in the pane: the next or previous link, all its lines kept in view; before
    /// the first link and past the last (or with none), a line.
    mutating func moveInDetail(by delta: Int) {
        guard let page = detailPage else { return }
        let links = page.content.linkRanges
        let next = detail.linkCursor + delta
        guard links.indices.contains(next) else {
            detail.scroll = max(0, min(page.lastTop, page.top + delta))
            return
        }
        detail.linkCursor = next
        var top = page.top
        if links[next].upperBound > top + page.rows { top = links[next].upperBound - page.rows }
        if links[next].lowerBound < top { top = links[next].lowerBound }
        detail.scroll = top
    }

    /// PgDn/PgUp in the pane (and g/G, a whole pane's length): scrolls it, the link cursor
    /// moved onto a link in view if it scrolled out.
    mutating func scrollDetail(by delta: Int) {
        guard let page = detailPage else { return }
        let top = max(0, min(page.lastTop, page.top + delta))
        detail.scroll = top
        let links = page.content.linkLines
        guard !links.isEmpty, !(top..<(top + page.rows)).contains(links[detail.linkCursor]) else { return }
        let inView = links.indices.filter { (top..<(top + page.rows)).contains(links[$0]) }
        if let nearest = delta > 0 ? inView.first : inView.last { detail.linkCursor = nearest }
    }

    /// A click: on an event of the list, selects it; on a link of the detail pane,
    /// highlights it, the pane taking the focus. Elsewhere, and over an overlay, nothing.
    mutating func click(x: Int, y: Int) {
        guard overlay == .none, view == .list, !layout.isTooSmall else { return }
        let list = layout.list
        if (list.x..<(list.x + list.width)).contains(x), (list.y + 1..<list.y + 1 + layout.listRows).contains(y) {
            let row = self.list.top.value + y - list.y - 1
            guard row < self.list.events.count else { return }
            detail.focus = .list
            select(VisibleRow(row))
            return
        }
        guard let page = detailPage else { return }
        let text = DetailPane.textArea(of: layout.detail, edge: page.edge)
        guard (text.x..<(text.x + text.width)).contains(x), (text.y..<(text.y + page.rows)).contains(y),
              let link = page.content.linkRanges.firstIndex(where: { $0.contains(page.top + y - text.y) }) else { return }
        detail.focus = .detail
        detail.linkCursor = link
        detail.scroll = page.top
    }
}
