import Explorer
import TestSupport
import TimelineEngine

extension Fixture {
    static func state(width: Int = 100, height: Int = 30, workSlice: Int = AppState.defaultWorkSlice) throws -> AppState {
        AppState(timeline: try timeline(), width: width, height: height, workSlice: workSlice)
    }
}
/// A state and the work its keys left, held as the terminal loop holds them.
struct Session {
    var state: AppState
    var work: Work?

    init(_ state: AppState) { self.state = state }

    /// After each of these actions in turn, no work done between them.
    func after(_ actions: [Action]) -> Session {
        actions.reduce(self) { session, action in
            var next = session
            let reduced = reduce(session.state, action)
            next.state = reduced.state
            next.work = session.work?.merged(with: reduced.work) ?? reduced.work
            return next
        }
    }

    /// After these keys, mapped as the terminal layer maps them.
    func typing(_ keys: [Key]) -> Session {
        keys.reduce(self) { session, key in
            KeyMap.action(for: key, in: session.state).map { session.after([$0]) } ?? session
        }
    }

    /// After one slice of the work left, as when no key is pressed.
    func idle() -> Session {
        guard let work else { return self }
        var next = self
        (next.state, next.work) = continueWork(state, work)
        return next
    }

    /// With the work left done to the end.
    func settled() -> Session {
        var session = self
        while session.work != nil { session = session.idle() }
        return session
    }
}

extension AppState {
    /// The state after each of these actions in turn, and the work they left done.
    func after(_ actions: Action...) -> AppState {
        after(actions)
    }

    func after(_ actions: [Action]) -> AppState {
        Session(self).after(actions).settled().state
    }

    /// The state after these keys, mapped as the terminal layer maps them.
    func typing(_ keys: [Key]) -> AppState {
        Session(self).typing(keys).settled().state
    }

    var selectedID: String? { selectedEvent.map { timeline.events[$0.value].id } }

    /// The ids of the events at these positions.
    func ids(_ positions: some Sequence<EventPosition>) -> [String] { positions.map { timeline.events[$0.value].id } }
}
