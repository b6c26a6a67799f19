import TerminalText
import TimelineEngine

extension AppState {
    /// The relations view as it stands: the matrix (or the count's progress) and the story
    /// of the cursor's pair.
    var relationsView: RelationsView {
        let progress = relations.counter.map { Double($0.next) / Double(max(1, timeline.events.count)) } ?? 1
        return RelationsView(matrix: relations.matrix, progress: progress, row: relations.row, column: relations.column,
                             top: relations.top, story: pairStory)
    }

    /// The story of the cursor's pair, from the matrix and the events both take part in.
    /// Modes by decade are worked out from the first `storyEvents` of them only, so that a
    /// key never waits for a large timeline.
    private var pairStory: RelationsView.Story? {
        guard let matrix = relations.matrix, let (first, second) = relations.pair(in: matrix),
              let cell = matrix.cell(first, second) else { return nil }
        let shared = timeline.select(TimelineQuery(organizations: [first, second], organizationMatch: .all))
        var decades = [Int: [CooperationMode: Int]]()
        for position in shared.prefix(Self.storyEvents) {
            let decade = timeline.span(of: position).earliestStart.year / 10 * 10
            for mode in timeline.modes(of: position) { decades[decade, default: [:]][mode, default: 0] += 1 }
        }
        func modes(_ counts: [(mode: CooperationMode, count: Int)]) -> String {
            counts.isEmpty ? "none classed" : counts.map { "\($0.mode.rawValue) \($0.count)" }.joined(separator: ", ")
        }
        let decadeLines = decades.keys.sorted().map { decade in
            "\(decade)s  " + modes(decades[decade]!.sorted { $0.value > $1.value }.map { ($0.key, $0.value) })
        }
        return RelationsView.Story(
            title: "\(first) and \(second)",
            summary: "\(counted(cell.events, "event")) shared, \(counted(cell.links, "link")) across",
            modes: "Modes: " + modes(cell.modes.present),
            decades: decadeLines + (shared.count > Self.storyEvents ? ["(by decade: the first \(Self.storyEvents) events)"] : []),
            events: shared.prefix(50).map { position in
                let event = timeline.events[position]
                return (event.dates.plainText, event.shortName, timeline.modes(of: position).sorted().map(\.rawValue).joined(separator: ", "))
            })
    }

    static let storyEvents = 2_000

    /// The trace view as it stands.
    var traceView: TraceView? {
        guard let state = trace else { return nil }
        let rows = state.trace.steps.map { step in
            let event = timeline.events[step.event]
            let reached = step.from.map { "\(timeline.events[$0].shortName) \(step.link!.label) it" } ?? ""
            return TraceView.Row(dates: event.dates.plainText, title: event.shortName, depth: step.depth, reachedBy: reached,
                                 isRoot: step.event == state.root.value)
        }
        return TraceView(title: "Links of \(timeline[event: state.root].shortName), \(state.depth) deep: "
                             + "\(rows.count - 1) events", rows: rows, cursor: state.cursor)
    }
}
