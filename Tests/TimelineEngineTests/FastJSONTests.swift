import Foundation
import TestSupport
import Testing
@testable import TimelineEngine

@Suite("Fast JSON loading")
struct FastJSONTests {
    private static let organizations = """
        "organizations": [{"id": "EU", "name": "European Union", "kind": "regional"},
                          {"id": "AU", "name": "African Union", "kind": "regional"}],
        "chapters": [{"id": "s1", "kind": "section", "title": "One", "firstPage": 60, "lastPage": 62}]
        """

    private static func document(_ events: String) -> String { "{\(organizations),\n\"events\": [\(events)]}" }

    private static func fast(_ text: String) -> Timeline? {
        JSONTimelineLoader.load([.memory(Array(text.utf8))], names: ["t.json"])
    }

    @Test("an export is read by the fast reader and gives back the timeline")
    func exportIsFast() throws {
        let timeline = try Fixture.timeline()
        let json = try TimelineExport.json(timeline)
        let reloaded = try #require(JSONTimelineLoader.load([.memory([UInt8](json))], names: ["export.json"]))
        #expect(Array(reloaded.events) == Array(timeline.events))
        #expect(reloaded.links(of: 0) == timeline.links(of: 0))
        #expect(reloaded.yearRange == timeline.yearRange)
        #expect(reloaded.select(TimelineQuery(text: "darfur")) == timeline.select(TimelineQuery(text: "darfur")))
    }

    @Test("escapes and accented text are decoded, and folded for search")
    func escapes() throws {
        let text = Self.document("""
            {"id": "a", "title": "Op\\u00e9ration \\"Art\\u00e9mis\\" \\ud83d\\ude00", "kind": "operation",
             "start": "2003-06/2003-09", "summary": "Line one\\nline two in C\\u00f4te d\\u2019Ivoire",
             "places": ["Bunia"], "organizations": ["EU"], "roles": {"EU": "lead"}, "chapters": ["s1"], "pages": [61]}
            """)
        let timeline = try #require(Self.fast(text))
        let event = timeline.events[0]
        #expect(event.title == "Opération \"Artémis\" 😀")
        #expect(event.summary == "Line one\nline two in Côte d’Ivoire")
        #expect(event.dates.plainText == "Jun–Sep 2003")
        #expect(event.participants == [Event.Participant(organization: "EU", role: .lead)])
        #expect(timeline.select(TimelineQuery(text: "artemis cote d'ivoire")) == [0])
        #expect(timeline.select(TimelineQuery(chapter: "s1", page: 61)) == [0])
    }

    @Test("events whose keys come in different orders are read alike")
    func keyOrders() throws {
        let text = Self.document("""
            {"id": "a", "title": "Alpha", "kind": "operation", "start": "2003", "pages": [60]},
            {"id": "b", "title": "Beta", "kind": "report", "start": "2004", "pages": [61]},
            {"title": "Gamma", "start": "2005", "id": "c", "kind": "declaration", "summary": "Third"},
            {"id" : "d", "kind": "operation", "title": "Delta", "start": "2006"},
            { "pages": [62], "id": "e", "title": "Epsilon", "kind": "operation", "start": "2007" }
            """)
        let timeline = try #require(Self.fast(text))
        #expect(timeline.events.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(timeline.events.map(\.title) == ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"])
        #expect(timeline.events.map(\.kind) == [.operation, .report, .declaration, .operation, .operation])
        #expect(timeline.events.map(\.pages) == [[60], [61], [], [], [62]])
        #expect(timeline.events[2].summary == "Third")
        // A key that only begins like the one expected is not taken for it.
        #expect(Self.fast(Self.document(#"{"id": "a", "title": "A", "kind": "operation", "start": "2003"}, "#
                                        + #"{"id": "b", "titles": "B", "kind": "operation", "start": "2003"}"#)) == nil)
    }

    @Test("what the fast reader cannot fully check goes to the reader that explains it", arguments: [
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003", "title": "B"}"#, "duplicate keys"),
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003", "orgs": []}"#, "unknown field"),
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003-02-30"}"#, "has no day 30"),
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003", "organizations": ["UN"]}"#, "unknown organization"),
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003", "links": [{"type": "supports", "target": "b"}]}"#,
         "unknown event"),
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003", "links": [{"type": "supports", "target": "a"}]}"#,
         "cannot link to itself"),
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003"}, {"id": "a", "title": "B", "kind": "report", "start": "2004"}"#,
         "duplicate event id"),
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003", "organizations": ["EU"], "roles": {"AU": "lead"}}"#,
         "unknown field"),
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003", "source": "mixed"}"#, "needs a sourceNote"),
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003", "pages": [0]}"#, "positive whole number"),
        (#"{"id": "a", "title": "  ", "kind": "operation", "start": "2003"}"#, "must not be empty"),
        (#"{"id": "a b", "title": "A", "kind": "operation", "start": "2003"}"#, "may hold only"),
        (#"{"id": "a", "title": "A", "kind": "operation", "start": "2003", "chapters": ["s9"]}"#, "unknown chapter"),
    ])
    func fallback(events: String, message: String) {
        let text = Self.document(events)
        #expect(Self.fast(text) == nil)
        guard case .failure(let failure) = TimelineLoader.load([.init(name: "t.json", bytes: Array(text.utf8))]) else {
            Issue.record("the load must fail")
            return
        }
        #expect(failure.diagnostics.contains { $0.message.contains(message) && $0.position != nil },
                "\(failure.diagnostics.map(\.description))")
    }

    @Test("an event's text comes from its file, and a file changed after loading is noticed")
    func changedFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pk-changed-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(Self.document(#"{"id": "a", "title": "Artemis", "kind": "operation", "start": "2003", "pages": [63]}"#).utf8).write(to: url)
        let timeline = try TimelineLoader.load(paths: [url.path]).get()
        #expect(timeline.events[0].title == "Artemis")
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        handle.write(Data("\n".utf8))
        try handle.close()
        #expect(timeline.events[0].title.contains("changed on disk"))
        #expect(timeline.events[0].dates.plainText == "?")
        #expect(timeline.events[0].pages == [63], "what is kept as numbers still holds, so show does not say 'not discussed'")
        #expect(timeline.eventIndex(id: "a") == nil)
    }

    @Test("a file cut short while it is mapped reads as zeros past its new end, and is seen as changed")
    func cutWhileMapped() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pk-cut-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(repeating: UInt8(ascii: "x"), count: 3 * 4096).write(to: url)
        let file = try #require(OpenFile(path: url.path))
        let last = file.withMappedBytes { bytes, _ in
            truncate(url.path, 10)
            return bytes[bytes.count - 1]
        }
        #expect(last == 0, "the missing page reads as zeros instead of ending the program")
        #expect(!file.isUnchanged)
    }

    @Test("a file cut short while its events are written: no crash, and the writing fails with a message naming it")
    func cutWhileWritten() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pk-cut-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let events = (0..<3000).map { #"{"id": "e\#($0)", "title": "Event \#($0)", "kind": "report", "start": "\#(1950 + $0 % 60)"}"# }
        try Data(Self.document(events.joined(separator: ",\n")).utf8).write(to: url)
        let timeline = try TimelineLoader.load(paths: [url.path]).get()
        var read = 0
        let error = #expect(throws: DataFileChanged.self) {
            try timeline.readEvents(at: timeline.events.indices) { event in
                if read == 0 { truncate(url.path, 10) }
                read += 1
                _ = event.title.string
            }
        }
        #expect(error?.description == "\(url.path) changed on disk while its events were being read: load it again")
        #expect(throws: DataFileChanged.self) { try TimelineExport.writeJSONLines(events: Array(timeline.events.indices), of: timeline) { _ in } }
    }

    // MARK: Two readers

    /// Events one per line, as formatters write them; the later ones name the
    /// organizations and chapters in another order, and links cross the middle.
    private static func longDocument(events count: Int) -> String {
        let events = (0..<count).map { index in
            let organizations = index < count / 2 ? #"["EU", "AU"]"# : #"["AU"]"#
            let link = index == 0 ? #", "links": [{"type": "supports", "target": "e\#(count - 1)"}]"#
                : index == count - 1 ? #", "links": [{"type": "related", "target": "e0"}]"# : ""
            return #"  {"id": "e\#(index)", "title": "Mission \#(index) in K\u00f6ln", "kind": "operation", "#
                + #""start": "\#(1950 + index % 60)", "organizations": \#(organizations), "chapters": ["s1"]\#(link)}"#
        }
        return "{\(organizations),\n\"events\": [\n" + events.joined(separator: ",\n") + "\n]}"
    }

    private static func load(_ text: String, splitAbove: Int) -> Timeline? {
        JSONTimelineLoader.load([.memory(Array(text.utf8))], names: ["t.json"], splitAbove: splitAbove)
    }

    /// The second reader for `text`, started as the loader starts it.
    private static func withSecondHalf(of text: String, _ body: (SecondHalf) throws -> Void) throws {
        let eventsStart = try #require(text.range(of: #""events": ["#)).upperBound
        let ignore: @Sendable (Range<Int>) -> Void = { _ in }
        try Array(text.utf8).withUnsafeBufferPointer { buffer in
            let after = text.utf8.distance(from: text.utf8.startIndex, to: eventsStart)
            try body(try #require(SecondHalf(of: buffer, after: after, source: 0, minimumBytes: 0, indexesSearch: true,
                                                  release: ignore)))
        }
    }

    @Test("a long events array read by two readers gives what one reader gives")
    func twoReaders() throws {
        let text = Self.longDocument(events: 200)
        try Self.withSecondHalf(of: text) { second in
            let half = try #require(second.finish())
            #expect((90...110).contains(half.store.count), "the second reader reads about half")
        }
        let one = try #require(Self.load(text, splitAbove: .max))
        let two = try #require(Self.load(text, splitAbove: 0))
        #expect(Array(two.events) == Array(one.events))
        #expect(two.events.count == 200)
        for event in [0, 57, 199] { #expect(two.links(of: event) + two.backlinks(of: event) == one.links(of: event) + one.backlinks(of: event)) }
        #expect(two.select(TimelineQuery(organizations: ["EU"])).count == 100)
        #expect(two.select(TimelineQuery(organizations: ["EU"])) == one.select(TimelineQuery(organizations: ["EU"])))
        #expect(two.select(TimelineQuery(text: "koln 199")) == one.select(TimelineQuery(text: "koln 199")))
        #expect(two.select(TimelineQuery(chapter: "s1")).count == 200)
    }

    @Test("a timeline loaded without its search index has all the rest, read by one reader or two")
    func withoutSearchIndex() throws {
        let text = Self.longDocument(events: 200)
        let indexed = try #require(Self.load(text, splitAbove: .max))
        #expect(indexed.isSearchable)
        for splitAbove in [Int.max, 0] {
            let bare = try #require(JSONTimelineLoader.load([.memory(Array(text.utf8))], names: ["t.json"], searchable: false,
                                                            splitAbove: splitAbove))
            #expect(!bare.isSearchable)
            #expect(Array(bare.events) == Array(indexed.events))
            #expect(try TimelineExport.json(bare) == TimelineExport.json(indexed))
        }
    }

    @Test("what only looks like an event is left to the first reader")
    func lookalike() throws {
        // The middle falls among organizations written after the events: each begins
        // `{"id":` after a comma, as the events do.
        let events = (0..<5).map { #"{"id": "e\#($0)", "title": "Event \#($0)", "kind": "report", "start": "2001"}"# }
        let organizations = (0..<400).map { #"{"id": "O\#($0)", "name": "Organization \#($0)", "kind": "regional"}"# }
        let text = #"{"events": ["# + events.joined(separator: ", ") + #"], "organizations": ["#
            + organizations.joined(separator: ", ") + "]}"
        let organizationsStart = try #require(text.range(of: #""organizations""#)).lowerBound
        try Self.withSecondHalf(of: text) { second in
            #expect(second.start > text.utf8.distance(from: text.utf8.startIndex, to: organizationsStart),
                    "the guess is an organization")
            #expect(second.finish() == nil, "which the second reader does not accept")
        }
        let timeline = try #require(Self.load(text, splitAbove: 0))
        #expect(timeline.events.map(\.id) == (0..<5).map { "e\($0)" })
        #expect(timeline.organizations.count == 400)
    }

    @Test("a problem in the second half sends the file to the reader that explains it")
    func problemInSecondHalf() throws {
        let good = Self.longDocument(events: 200)
        let bad = good.replacingOccurrences(of: #""start": "1999""#, with: #""start": "1999-13""#)
        #expect(bad != good)
        #expect(Self.load(bad, splitAbove: 0) == nil)
        let duplicate = good.replacingOccurrences(of: #""id": "e150""#, with: #""id": "e10""#)
        #expect(Self.load(duplicate, splitAbove: 0) == nil, "an id of the first half repeated in the second")
    }
}
