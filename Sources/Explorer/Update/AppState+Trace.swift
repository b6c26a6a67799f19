import TimelineEngine

extension AppState {
    /// `t`: the trace of the selected event; again, the list.
    mutating func toggleTrace() {
        if view == .trace {
            view = .list
            return
        }
        guard let event = selectedEvent else { return inform("No event to trace") }
        let depth = trace?.root == event ? trace!.depth : TraceState.initialDepth
        let traced = timeline.trace(from: event.value, depth: depth)
        trace = TraceState(root: event, depth: depth, trace: traced,
                           cursor: traced.steps.firstIndex { $0.event == event.value } ?? 0)
        view = .trace
    }

    /// `+`/`-` in the trace: one link deeper or shallower.
    mutating func deepenTrace(by change: Int) {
        guard var state = trace else { return }
        let depth = max(1, min(TraceState.deepest, state.depth + change))
        guard depth != state.depth else { return inform(change > 0 ? "The trace goes no deeper" : "The trace is one link deep") }
        let current = state.trace.steps[state.cursor].event
        state.depth = depth
        state.trace = timeline.trace(from: state.root.value, depth: depth)
        state.cursor = state.trace.steps.firstIndex { $0.event == current }
            ?? state.trace.steps.firstIndex { $0.event == state.root.value } ?? 0
        trace = state
    }

    mutating func moveInTrace(by rows: Int) {
        guard var state = trace else { return }
        state.cursor = max(0, min(state.trace.steps.count - 1, state.cursor + rows))
        trace = state
    }

    /// Enter: the event under the cursor, in the list, recorded in the history.
    mutating func jumpFromTrace() -> Work.Search? {
        guard let state = trace else { return nil }
        returnView = .trace
        view = .list
        return jump(to: EventPosition(state.trace.steps[state.cursor].event), kind: .link)
    }

    /// `f`: the list shows only the chain.
    mutating func filterToChain() -> Work.Search? {
        guard let state = trace else { return nil }
        returnView = .trace
        view = .list
        filter.set(filter.query, chosen: (state.trace.steps.map(\.event), "chain of " + timeline[event: state.root].shortName))
        let work = showFilteredEvents()
        jump(to: EventPosition(state.trace.steps[state.cursor].event), kind: .link)
        return work
    }
}
