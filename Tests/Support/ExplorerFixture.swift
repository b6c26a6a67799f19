import Foundation
import TimelineEngine

/// The timeline the explorer's tests run on, in its unit tests and in a real terminal:
/// small, with a wide-character title and a hostile one, links, a body and a section.
public enum ExplorerFixture {
    public static let yaml = """
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

    public static func timeline() throws -> Timeline {
        try TimelineLoader.load([.init(name: "fixture.yaml", bytes: Array(yaml.utf8))]).get()
    }

    /// The fixture written to a file, for the command line and the explorer in tmux.
    public static func file() throws -> String { try CommandRunner.file("fixture.yaml", yaml) }
}
