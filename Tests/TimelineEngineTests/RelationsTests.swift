import TestSupport
import Testing
@testable import TimelineEngine

/// How organizations worked together: modes, the matrix, a pair's story and traces.
@Suite("Relations and traces")
struct RelationsTests {
    /// One event for each mode, and a chain of links that comes back on itself.
    private static func timeline() throws -> Timeline {
        func event(_ id: String, _ kind: Event.Kind, _ start: String, _ organizations: [(String, Event.Role)],
                   tags: [String] = [], links: [EventLink] = []) throws -> Event {
            Event(id: id, title: id, kind: kind, dates: try EventDates(start: start, end: nil),
                  participants: organizations.map { Event.Participant(organization: $0.0, role: $0.1) }, links: links, tags: tags)
        }
        return Timeline(events: [
            try event("first", .operation, "2003", [("AU", .lead)], links: [EventLink(type: .handsOverTo, target: "second")]),
            try event("second", .operation, "2004", [("UN", .lead)], links: [EventLink(type: .related, target: "fourth")]),
            try event("side", .operation, "2005", [("EU", .lead), ("UNSC", .authorizing)], tags: ["parallel"]),
            try event("hybrid", .operation, "2006", [("UN", .partner), ("AU", .partner)], tags: ["integrated"]),
            try event("help", .missionSupport, "2007", [("UN", .supporting), ("AU", .supported)]),
            try event("fourth", .declaration, "2008", [("UN", .participant), ("EU", .participant)],
                      links: [EventLink(type: .related, target: "first")]),
        ], organizations: [Organization(id: "UN", name: "United Nations", kind: .global),
                           Organization(id: "UNSC", name: "Security Council", kind: .body, parent: "UN"),
                           Organization(id: "EU", name: "European Union", kind: .regional),
                           Organization(id: "AU", name: "African Union", kind: .regional)], chapters: [])
    }

    @Test("each mode is found where README says: link types, tags, kinds and roles")
    func modes() throws {
        let timeline = try Self.timeline()
        func modes(_ id: String) -> Set<CooperationMode> { timeline.modes(of: timeline.eventIndex(id: id)!) }
        #expect(modes("first") == [.sequential])
        #expect(modes("side") == [.parallel])
        #expect(modes("hybrid") == [.integrated])
        #expect(modes("help") == [.support])
        #expect(modes("fourth") == [.institutional])
        #expect(modes("second") == [.sequential], "a link counts at both its ends")
    }

    @Test("a cell counts what the filter for both organizations shows, bodies folded in; links across are counted too")
    func matrix() throws {
        for timeline in [try Self.timeline(), try Fixture.timeline()] {
            let relations = timeline.relations()
            #expect(!relations.cells.isEmpty)
            for cell in relations.cells {
                let a = relations.organizations[cell.first], b = relations.organizations[cell.second]
                let filtered = timeline.select(TimelineQuery(organizations: [a, b], organizationMatch: .all))
                #expect(cell.events == filtered.count, "\(a)–\(b)")
            }
        }
        let relations = try Self.timeline().relations()
        #expect(relations.organizations == ["UN", "EU", "AU"], "UNSC is folded into the UN")
        let unAU = try #require(relations.cell("AU", "UN"))
        #expect(unAU.events == 2 && unAU.links == 2, "hybrid and help shared; first→second and fourth→first across")
        #expect(unAU.modes[.sequential] == 1 && unAU.modes[.integrated] == 1 && unAU.modes[.support] == 1)
        #expect(try Self.timeline().relations(bodies: true).organizations.contains("UNSC"))
    }

    @Test("a pair's story: shared events and events linked across, in time order, with modes by decade")
    func story() throws {
        let timeline = try Self.timeline()
        let story = try #require(timeline.pairStory("UN", "AU"))
        #expect(story.events.map { timeline.events[$0].id } == ["first", "second", "hybrid", "help", "fourth"])
        #expect(story.entries.filter(\.isShared).map { timeline.events[$0.event].id } == ["hybrid", "help"])
        #expect(story.decades.map(\.decade) == [2000])
        #expect(story.modes[.sequential] == 2, "both ends of the hand-over")
        #expect(timeline.pairEvents("UN", "AU") == story.events, "found fast, the same events")
        let fixture = try Fixture.timeline()
        for (a, b) in [("UN", "EU"), ("UN", "AU"), ("AU", "ECOWAS"), ("EU", "AU")] {
            #expect(fixture.pairEvents(a, b) == fixture.pairStory(a, b)?.events, "\(a)–\(b)")
        }
    }

    @Test("a trace follows links both ways, each event once, cycles included, as deep as asked")
    func trace() throws {
        let timeline = try Self.timeline()
        let second = timeline.eventIndex(id: "second")!
        let near = timeline.trace(from: second, depth: 1)
        #expect(near.steps.map { timeline.events[$0.event].id } == ["first", "second", "fourth"])
        #expect(near.steps.map(\.depth) == [-1, 0, 1], "what came before has a negative depth")
        let all = timeline.trace(from: second, depth: 5)
        #expect(all.steps.count == 3, "the cycle first→second→fourth→first is followed once")
        #expect(all.links.count == 3)
        #expect(timeline.trace(from: second, depth: 0).steps.map(\.event) == [second])
        let first = try #require(near.steps.first)
        #expect(first.from == second && first.link?.label == "took over from")
    }
}
