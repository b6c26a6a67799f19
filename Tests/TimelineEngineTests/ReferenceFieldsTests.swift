import Foundation
import Testing
@testable import TimelineEngine

/// The fields that point outside the timeline (url, wikidata, location, sources) and
/// the fields kept as they came (extra), through every reader and format.
@Suite("Fields beyond the chapter")
struct ReferenceFieldsTests {
    private static func document(_ fields: String) -> String {
        """
        organizations:
          - {id: UN, name: United Nations, kind: global, wikidata: Q1065}
        events:
          - {id: plain, title: Without them, kind: report, start: 2001}
          - id: minusma
            title: MINUSMA
            kind: operation
            start: 2013-04
            organizations: [UN]
        \(fields.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
          - {id: after, title: After it, kind: report, start: 2020}
        """
    }

    private static let full = document("""
        url: https://peacekeeping.un.org/en/mission/minusma
        wikidata: Q3859514
        location: {latitude: 12.65, longitude: -8.0}
        sources:
          - {title: "Data Hub, \\"operations\\"", url: "https://psdata.un.org/", accessed: 2026-11-30}
          - {title: A book}
        extra: {Region: Africa, Personnel: "15,209", Note: "line\\u0001"}
        """)

    private static func load(_ text: String, name: String = "t.yaml") -> Result<Timeline, LoadFailure> {
        TimelineLoader.load([.init(name: name, bytes: Array(text.utf8))])
    }

    @Test("read from YAML, kept through a JSON export (the fast reader) and a compact one")
    func roundTrips() throws {
        let timeline = try Self.load(Self.full).get()
        let event = try #require(timeline.events.first { $0.id == "minusma" })
        #expect(event.url == "https://peacekeeping.un.org/en/mission/minusma")
        #expect(event.wikidata == "Q3859514")
        #expect(event.location == Location(latitude: 12.65, longitude: -8))
        #expect(event.sources == [SourceReference(title: "Data Hub, \"operations\"", url: "https://psdata.un.org/",
                                                  accessed: "2026-11-30"),
                                  SourceReference(title: "A book")])
        #expect(event.extra.map(\.name) == ["Note", "Personnel", "Region"], "kept in the order exports write them")
        #expect(event.extra.first?.value == "line\u{1}")
        #expect(timeline.organizations.first?.wikidata == "Q1065")
        #expect(timeline.events.first { $0.id == "after" }?.extra == [], "a neighbour takes nothing of them")

        let json = try TimelineExport.json(timeline)
        let fast = try #require(JSONTimelineLoader.load([.memory([UInt8](json))], names: ["e.json"]),
                                "the fast reader takes the new fields")
        #expect(Array(fast.events) == Array(timeline.events))
        #expect(fast.organizations == timeline.organizations)

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pk-refs-\(UUID().uuidString).pkt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TimelineExport.compact(fast, to: path)
        let compact = try TimelineLoader.load(paths: [path]).get()
        #expect(Array(compact.events) == Array(timeline.events))
        #expect(compact.organizations == timeline.organizations)
    }

    @Test("wrong values are named with their field", arguments: [
        ("url: ftp://example.org", "field 'url': expected a web address"),
        ("url: https://", "field 'url': expected a web address"),
        ("wikidata: Q0123", "field 'wikidata': expected a Wikidata item"),
        ("wikidata: 42", "field 'wikidata': expected a Wikidata item"),
        ("location: {latitude: 91, longitude: 0}", "field 'location.latitude': expected a number of degrees from -90 to 90"),
        ("location: {latitude: 1}", "field 'location.longitude': missing required field"),
        ("location: [1, 2]", "field 'location': expected a mapping"),
        ("sources: [{url: 'https://a.org'}]", "field 'sources[0].title': missing required field"),
        ("sources: [{title: A, accessed: 2026-13}]", "field 'sources[0].accessed': invalid date"),
        ("extra: {Region: [Africa]}", "field 'extra.Region': expected text"),
        ("extra: [Africa]", "field 'extra': expected a mapping"),
    ])
    func refused(field: String, message: String) {
        guard case .failure(let failure) = Self.load(Self.document(field)) else {
            Issue.record("'\(field)' must be refused")
            return
        }
        #expect(failure.diagnostics.contains { $0.description.contains("event 'minusma': \(message)") },
                "\(failure.diagnostics.map(\.description))")
    }
}
