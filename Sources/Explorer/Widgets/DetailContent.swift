import TerminalText
import TimelineEngine

/// The detail pane's lines for the selected event, before scrolling: each line a
/// list of styled pieces, and which line shows which link.
struct DetailContent {
    typealias Piece = (text: String, style: Style)

    private(set) var lines: [[Piece]] = []
    /// The lines each link takes, in the order they are numbered.
    private(set) var linkRanges: [Range<Int>] = []
    /// The first line of each link.
    var linkLines: [Int] { linkRanges.map(\.lowerBound) }

    /// The lines for `event`, whose links (then backlinks) are `links`; `highlighted`
    /// is the link the cursor is on, when the links have the focus.
    init(_ event: Event, links: [ResolvedLink], highlighted: Int?, timeline: Timeline, palette: OrganizationPalette,
         width: Int) {
        let acronym = event.acronym.map { " (\($0))" } ?? ""
        wrapped(event.title + acronym, width: width, style: .title)
        lines.append([(event.kind.rawValue, .dim), (" · ", .dim), (event.dates.plainText, .normal)])
        if !event.places.isEmpty { wrapped(event.places.joined(separator: ", "), width: width, style: .dim) }
        organizations(event, palette, width: width)
        if !event.summary.isEmpty {
            lines.append([])
            wrapped(event.summary, width: width, style: .normal, limit: Self.summaryLines)
        }
        self.links(links, of: event, highlighted: highlighted, timeline: timeline, width: width)
        references(event, timeline, width: width)
        if !event.referenceLines.isEmpty {
            lines += [[], [("Outside the text", .header)]]
            for line in event.referenceLines { wrapped(line, width: width, style: .normal) }
        }
    }

    /// The most lines of a summary the pane shows: the pane is laid out at every key, and
    /// a summary of megabytes would hold the keys up. `show` prints a summary whole.
    static let summaryLines = 1_000

    private mutating func wrapped(_ text: String, width: Int, style: Style, limit: Int = .max) {
        let wrapped = TextWrap.lines(text, width: width, limit: limit == .max ? .max : limit + 1)
        for line in wrapped.prefix(limit) { lines.append([(line, style)]) }
        if wrapped.count > limit { lines.append([("… the rest is too long for this pane: peacekeeping show prints it", .dim)]) }
    }

    private mutating func organizations(_ event: Event, _ palette: OrganizationPalette, width: Int) {
        var line = [Piece]()
        var used = 0
        for participant in event.participants {
            let role = participant.role == .participant ? "" : " \(participant.role.rawValue)"
            let size = participant.organization.count + role.count + 2
            if used > 0 && used + size > width {
                lines.append(line)
                line = []
                used = 0
            }
            line += [(participant.organization, .organization(palette.color(of: participant.organization))), (role + "  ", .dim)]
            used += size
        }
        if !line.isEmpty { lines.append(line) }
    }

    private mutating func links(_ links: [ResolvedLink], of event: Event, highlighted: Int?, timeline: Timeline, width: Int) {
        guard !links.isEmpty else { return }
        lines += [[], [("Links", .header), ("  Tab focus · Enter or 1–9 follow", .dim)]]
        for (offset, link) in links.enumerated() {
            let target = timeline.events[link.event]
            let isHighlighted = offset == highlighted
            let start = lines.count
            defer { linkRanges.append(start..<lines.count) }
            let number = "\(offset + 1) "
            let label = link.label + ": "
            // Wrapped with a hanging indent of two columns: the first line's prefix stands in
            // as a word of its width less the space that follows it.
            let prefix = TerminalWidth.of(number + label)
            let room = max(1, width - 2)
            var wrapped = TextWrap.lines(String(repeating: "x", count: max(1, prefix - 3)) + " " + target.shortName, width: room)
            let first = wrapped.removeFirst().drop { $0 != " " }.dropFirst()
            lines.append([(number, isHighlighted ? .selected : .dim), (label, isHighlighted ? .selected : .normal),
                          (String(first), isHighlighted ? .selected : .title)])
            for line in wrapped { lines.append([("  ", .normal), (line, isHighlighted ? .selected : .title)]) }
            let dates = target.dates.plainText
            let lastWidth = lines[lines.count - 1].reduce(0) { $0 + TerminalWidth.of($1.text) }
            if lastWidth + 2 + TerminalWidth.of(dates) <= width {
                lines[lines.count - 1].append(("  " + dates, isHighlighted ? .selected : .dim))
            } else {
                lines.append([("  " + dates, isHighlighted ? .selected : .dim)])
            }
            if link.isSameEvent, target.dates != event.dates {
                self.wrapped("  dates differ: this record has " + event.dates.plainText, width: width, style: .warning)
            }
        }
    }

    private mutating func references(_ event: Event, _ timeline: Timeline, width: Int) {
        lines += [[], [("In the text", .header)]]
        for chapter in event.chapters.compactMap(timeline.chapter(id:)) {
            switch chapter.kind {
            case .section:
                let pages = chapter.pages.map { ", pp. \($0.lowerBound)–\($0.upperBound)" } ?? ""
                wrapped("§ " + chapter.title + pages, width: width, style: .normal)
            case .handbook:
                wrapped("see " + chapter.title + (chapter.subject.map { ": " + $0 } ?? ""), width: width, style: .normal)
            }
        }
        var places = [String]()
        if !event.pages.isEmpty { places.append("pages " + event.pages.map(String.init).joined(separator: ", ")) }
        if !event.footnotes.isEmpty { places.append("notes " + event.footnotes.map(String.init).joined(separator: ", ")) }
        if !places.isEmpty { wrapped(places.joined(separator: " · "), width: width, style: .normal) }
        if event.chapters.isEmpty && event.pages.isEmpty { lines.append([("not discussed in the chapter", .dim)]) }
        if event.source != .chapter {
            wrapped("source: \(event.source.rawValue)" + (event.sourceNote.map { ". " + $0 } ?? ""), width: width, style: .dim)
        }
    }
}
