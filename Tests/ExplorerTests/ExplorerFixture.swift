import Explorer
import TimelineEngine

/// A small timeline for explorer tests, with wide characters and hostile text.
enum ExplorerFixture {
    static let yaml = """
        organizations:
          - {id: UN, name: United Nations, kind: global}
          - {id: UNSC, name: UN Security Council, kind: body, parent: UN}
          - {id: EU, name: European Union, kind: regional}
          - {id: AU, name: African Union, kind: regional}
        chapters:
          - {id: s-eu, kind: section, title: UN and EU, firstPage: 63, lastPage: 64}
        events:
          - id: monuc
            title: UN Organization Mission in the DR Congo
            acronym: MONUC
            kind: operation
            start: 1999-11
            end: 2010-06
            organizations: [UN]
          - id: artemis
            title: Operation Artemis
            kind: operation
            start: 2003-06/2003-09
            places: [Ituri]
            organizations: [EU, UN]
            roles: {EU: lead, UN: supported}
            summary: A short EU force that backed the UN mission in Ituri.
            links: [{type: supports, target: monuc}]
            chapters: [s-eu]
            pages: [63]
          - id: decl-2003
            title: Joint UN-EU Declaration on Cooperation in Crisis Management
            kind: declaration
            start: 2003-09-24
            organizations: [EU, UN]
            links: [{type: formalizes, target: artemis}]
            pages: [64]
          - id: tokyo
            title: "東京 meeting on Côte d’Ivoire"
            kind: meeting
            start: 2005
            places: [東京]
            organizations: [AU]
          - id: unamid
            title: "Hybrid \\u001B[31mmission\\u202E in Darfur"
            acronym: UNAMID
            kind: operation
            start: 2008
            end: ..
            organizations: [UN, AU]
            links: [{type: related, target: artemis}]
          - id: afisma
            title: African-led International Support Mission to Mali
            acronym: AFISMA
            kind: operation
            start: 2013-01
            end: 2013-06
            organizations: [AU]
            links: [{type: hands-over-to, target: minusma}]
          - id: minusma
            title: MINUSMA
            kind: operation
            start: 2013-07
            end: ..
            organizations: [UN, UNSC]
        """

    static func timeline() throws -> Timeline {
        try TimelineLoader.load([.init(name: "fixture.yaml", bytes: Array(yaml.utf8))]).get()
    }

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
    func ids(_ positions: [EventPosition]) -> [String] { positions.map { timeline.events[$0.value].id } }
}
