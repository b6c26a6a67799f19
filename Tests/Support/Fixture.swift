import Foundation
import TimelineEngine

/// The timeline every test suite runs on (the engine's queries, the explorer, the command
/// line, the explorer in tmux): small, with an organization's bodies and another that
/// works within its framework, sections and a subsection, links both ways, a source note,
/// a wide-character title and a hostile one.
public enum Fixture {
    public static let yaml = """
        organizations:
          - {id: UN, name: United Nations, kind: global}
          - {id: UNSC, name: UN Security Council, kind: body, parent: UN}
          - {id: DPKO, name: Department of Peacekeeping Operations, kind: body, parent: UN}
          - {id: EU, name: European Union, kind: regional}
          - {id: AU, name: African Union, kind: regional}
          - {id: ECOWAS, name: Economic Community of West African States, kind: sub-regional, framework: AU}
        chapters:
          - {id: s-eu, kind: section, title: UN and EU, firstPage: 63, lastPage: 64}
          - {id: ch66, kind: handbook, title: Chapter 66, number: 66, subject: Darfur}
          - {id: s-challenges, kind: section, title: Challenges, firstPage: 67, lastPage: 72}
          - {id: s-visions, kind: section, title: Visions, firstPage: 69, lastPage: 71, parent: s-challenges}
        events:
          - id: monuc
            title: UN Organization Mission in the DR Congo
            acronym: MONUC
            kind: operation
            start: 1999-11
            end: 2010-06
            places: [Democratic Republic of the Congo]
            organizations: [UN]
            source: mixed
            sourceNote: the dates come from outside the chapter
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
            chapters: [s-eu]
            pages: [64]
            footnotes: [25]
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
            places: [Darfur, Sudan]
            organizations: [UN, AU]
            summary: "Two organizations, one operation: the UN–AU hybrid."
            links: [{type: related, target: artemis}]
            chapters: [ch66]
            pages: [65]
          - id: civ
            title: Crisis in Côte d’Ivoire
            kind: crisis
            start: 2011
            places: [Côte d’Ivoire]
            organizations: [UNSC, AU, ECOWAS]
            chapters: [s-visions]
            pages: [69]
          - id: afisma
            title: African-led International Support Mission to Mali
            acronym: AFISMA
            kind: operation
            start: 2013-01
            end: 2013-06
            places: [Mali]
            organizations: [AU, ECOWAS]
            links: [{type: hands-over-to, target: minusma}]
            pages: [65, 68]
          - id: minusma
            title: MINUSMA
            kind: operation
            start: 2013-07
            end: ..
            places: [Mali]
            organizations: [UN, UNSC]
            pages: [70]
        """

    public static func load(_ text: String = yaml, name: String = "fixture.yaml") -> Result<Timeline, LoadFailure> {
        TimelineLoader.load([TimelineLoader.Source(name: name, bytes: Array(text.utf8))])
    }

    public static func timeline() throws -> Timeline { try load().get() }

    /// The fixture written to a file, for the command line and the explorer in tmux.
    public static func file() throws -> String { try CommandRunner.file("fixture.yaml", yaml) }

    /// The ids of the events at these positions.
    public static func ids(_ indices: [Int], in timeline: Timeline) -> [String] {
        indices.map { timeline.events[$0].id }
    }
}
