import DefaultTimeline
import TestSupport
import Testing
import TimelineEngine

@Suite("Ordering, queries and links")
struct TimelineQueryTests {
    @Test("events are ordered by earliest start, then end, then title")
    func order() throws {
        let timeline = try Fixture.timeline()
        #expect(timeline.events.map(\.id) == ["monuc", "artemis", "decl-2003", "tokyo", "unamid", "civ", "afisma", "minusma"])
    }

    @Test("the order does not depend on the order of the file")
    func stableOrder() throws {
        let timeline = try Fixture.timeline()
        for events in [timeline.events.reversed(), timeline.events.shuffled()] {
            let rebuilt = Timeline(events: events, organizations: timeline.organizations, chapters: timeline.chapters)
            #expect(rebuilt.events.map(\.id) == timeline.events.map(\.id))
        }
    }

    @Test("events alike in dates and in the first bytes of their titles are ordered by title, then id")
    func orderOfLookalikes() throws {
        let long = "Joint declaration on cooperation in crisis management"
        let events = [("b", long + " B"), ("a2", long + " A"), ("a1", long + " A"), ("c", long), ("d", "Joint")]
        for shuffled in [events, events.reversed()] {
            let yaml = "events:\n" + shuffled.map { id, title in
                "  - {id: \(id), title: \(title), kind: declaration, start: 2003-09-24}"
            }.joined(separator: "\n")
            let timeline = try TimelineLoader.load([.init(name: "t.yaml", bytes: Array(yaml.utf8))]).get()
            #expect(timeline.events.map(\.id) == ["d", "c", "a1", "a2", "b"])
        }
    }

    @Test("organizations: any of, all of, with and without bodies")
    func organizations() throws {
        let timeline = try Fixture.timeline()
        let ids = { (query: TimelineQuery) in Fixture.ids(timeline.select(query), in: timeline) }
        #expect(ids(TimelineQuery(organizations: ["EU"])) == ["artemis", "decl-2003"])
        #expect(ids(TimelineQuery(organizations: ["AU", "EU"])) == ["artemis", "decl-2003", "tokyo", "unamid", "civ", "afisma"])
        #expect(ids(TimelineQuery(organizations: ["UN", "AU"], organizationMatch: .all)) == ["unamid", "civ"])
        #expect(ids(TimelineQuery(organizations: ["UN"], includeBodies: false)).contains("civ") == false)
        #expect(ids(TimelineQuery(organizations: ["UN"])).contains("civ"))
        #expect(ids(TimelineQuery(organizations: ["AU"], includeBodies: true)) == ["tokyo", "unamid", "civ", "afisma"],
                "ECOWAS works within the AU's framework: AFISMA and the crisis count as the AU's for being the AU's too")
        #expect(ids(TimelineQuery(organizations: ["ECOWAS"])) == ["civ", "afisma"])
    }

    @Test("kinds, years, chapters, pages and links compose")
    func composedFilters() throws {
        let timeline = try Fixture.timeline()
        let ids = { (query: TimelineQuery) in Fixture.ids(timeline.select(query), in: timeline) }
        #expect(ids(TimelineQuery(kinds: [.declaration, .crisis])) == ["decl-2003", "civ"])
        #expect(ids(TimelineQuery(fromYear: 2011)) == ["unamid", "civ", "afisma", "minusma"])
        #expect(ids(TimelineQuery(toYear: 2003)) == ["monuc", "artemis", "decl-2003"])
        #expect(ids(TimelineQuery(fromYear: 2004, toYear: 2008)) == ["monuc", "tokyo", "unamid"])
        #expect(ids(TimelineQuery(chapter: "s-eu")) == ["artemis", "decl-2003"])
        #expect(ids(TimelineQuery(chapter: "s-challenges")) == ["civ"], "a section includes its subsections")
        #expect(ids(TimelineQuery(page: 65)) == ["unamid", "afisma"])
        #expect(ids(TimelineQuery(linkedTo: "artemis")) == ["monuc", "decl-2003", "unamid"])
        #expect(ids(TimelineQuery(organizations: ["UN"], kinds: [.operation], fromYear: 2005)) == ["monuc", "unamid", "minusma"])
    }

    @Test("search ignores case, diacritics and punctuation")
    func search() throws {
        let timeline = try Fixture.timeline()
        let ids = { (text: String) in Fixture.ids(timeline.select(TimelineQuery(text: text)), in: timeline) }
        #expect(ids("cote d'ivoire") == ["tokyo", "civ"])
        #expect(ids("COTE D’IVOIRE") == ["tokyo", "civ"])
        #expect(ids("un au") == ["unamid"])
        #expect(ids("mali") == ["afisma", "minusma"])
        #expect(ids("ituri artemis") == ["artemis"])
        #expect(ids("nothing like this").isEmpty)
        #expect(ids("") == timeline.events.map(\.id))
    }

    @Test("a word of the search matches the start of a word, and apostrophes join words")
    func wordStarts() throws {
        let timeline = try Fixture.timeline()
        let ids = { (text: String) in Fixture.ids(timeline.select(TimelineQuery(text: text)), in: timeline) }
        #expect(ids("ission").isEmpty, "“ission” starts no word")
        #expect(ids("miss") == ["monuc", "artemis", "afisma"], "“miss” starts “Mission” and Artemis's “mission”")
        for query in ["cote divoire", "divoire", "ivoire", "côte d’ivoire", "Cote D'Ivoire"] {
            #expect(ids(query) == ["tokyo", "civ"], "\(query)")
        }
        let somalia = SearchPattern("mali")
        #expect(!somalia.isFound(in: "African Union Mission in Somalia"))
        #expect(somalia.isFound(in: "The crisis in Mali"))
        #expect(SearchPattern("divoire").matchedCharacters(in: "Côte d’Ivoire") == Set(5...12),
                "the marks cover the letters and the apostrophe between them")
        #expect(SearchPattern("ivoire un").matchedCharacters(in: "Côte d’Ivoire and the UN") == Set(7...12).union([22, 23]))
    }

    @Test("a search of all the events finds what a search of every position finds")
    func scanAll() throws {
        let timeline = try TimelineLoader.load(paths: [try DefaultTimeline.path().get()]).get()
        for word in ["un", "mission", "cote divoire", "nothing like this"] {
            var all = timeline.scanAll(for: SearchPattern(word))
            var listed = timeline.scan(Array(timeline.events.indices), for: SearchPattern(word))
            timeline.advance(&all, by: 7)
            while all.matches == nil { timeline.advance(&all, by: 7) }
            while listed.matches == nil { timeline.advance(&listed, by: 1_000) }
            #expect(all.matches == listed.matches && all.matches == timeline.select(TimelineQuery(text: word)), "\(word)")
        }
    }

    @Test("a search done a slice at a time finds what one pass finds", arguments: [1, 2, 5])
    func slicedSearch(slice: Int) throws {
        let timeline = try TimelineLoader.load(paths: [try DefaultTimeline.path().get()]).get()
        let everything = Array(timeline.events.indices)
        // Many candidates are found by reading the whole index; a few, one by one.
        for (candidates, checks) in [(everything, everything.count), ([1, 5, 30], 3)] {
            for word in ["un", "mission", "nothing like this"] {
                let pattern = SearchPattern(word)
                var scan = timeline.scan(candidates, for: pattern)
                var turns = 0
                while scan.matches == nil {
                    #expect(scan.progress < 1)
                    timeline.advance(&scan, by: slice)
                    turns += 1
                }
                #expect(turns == (checks + slice - 1) / slice)
                #expect(scan.progress == 1)
                let oneByOne = candidates.filter { timeline.matches($0, pattern) }
                #expect(scan.matches == oneByOne, "\(word) among \(candidates.count) events")
            }
        }
    }

    @Test("links read both ways with their labels")
    func linksAndBacklinks() throws {
        let timeline = try Fixture.timeline()
        let artemis = try #require(timeline.eventIndex(id: "artemis"))
        let forward = timeline.links(of: artemis).map { "\($0.label) \(timeline.events[$0.event].id)" }
        let backward = timeline.backlinks(of: artemis).map { "\($0.label) \(timeline.events[$0.event].id)" }
        #expect(forward == ["supports monuc"])
        #expect(backward == ["formalized by decl-2003", "related to unamid"])
        let minusma = try #require(timeline.eventIndex(id: "minusma"))
        #expect(timeline.backlinks(of: minusma).map(\.label) == ["took over from"])
    }

    @Test("links to no event or to their own event are left out of a timeline built from values")
    func linksLeftOut() throws {
        func event(_ id: String, _ year: String, links: [(LinkType, String)]) throws -> Event {
            Event(id: id, title: id.uppercased(), kind: .operation, dates: try EventDates(start: year, end: nil),
                  links: links.map { EventLink(type: $0, target: $1) })
        }
        let events = [
            try event("late", "2010", links: [(.supports, "early"), (.related, "nowhere"), (.related, "late"), (.parallel, "middle")]),
            try event("early", "2000", links: []),
            try event("middle", "2005", links: [(.handsOverTo, "late")]),
        ]
        let timeline = Timeline(events: events, organizations: [], chapters: [])
        func described(_ links: [ResolvedLink]) -> [String] { links.map { "\($0.label) \(timeline.events[$0.event].id)" } }
        #expect(timeline.events.map(\.id) == ["early", "middle", "late"])
        #expect(described(timeline.links(of: 2)) == ["supports early", "runs parallel to middle"])
        #expect(described(timeline.links(of: 1)) == ["hands over to late"])
        #expect(timeline.links(of: 0).isEmpty)
        #expect(described(timeline.backlinks(of: 0)) == ["supported by late"])
        #expect(described(timeline.backlinks(of: 2)) == ["took over from middle"])
    }

    @Test("overlapping events share at least one possible day")
    func overlapping() throws {
        let timeline = try Fixture.timeline()
        let artemis = try #require(timeline.eventIndex(id: "artemis"))
        #expect(Fixture.ids(timeline.overlapping(artemis), in: timeline) == ["monuc", "decl-2003"])
        let afisma = try #require(timeline.eventIndex(id: "afisma"))
        #expect(Fixture.ids(timeline.overlapping(afisma), in: timeline) == ["unamid"], "MINUSMA starts the month after")
    }

    @Test("the year range runs from the first start to the last known date")
    func yearRange() throws {
        #expect(try Fixture.timeline().yearRange == 1999...2013)
    }
}
