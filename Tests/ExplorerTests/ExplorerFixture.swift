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

extension AppState {
    /// The state after each of these actions in turn.
    func after(_ actions: Action...) -> AppState {
        after(actions)
    }

    func after(_ actions: [Action]) -> AppState {
        actions.reduce(self, reduce)
    }

    /// The state after these keys, mapped as the terminal layer maps them.
    func typing(_ keys: [Key]) -> AppState {
        keys.reduce(self) { state, key in
            KeyMap.action(for: key, in: state).map { reduce(state, $0) } ?? state
        }
    }

    var selectedID: String? { selectedEvent.map { timeline.events[$0].id } }
}
