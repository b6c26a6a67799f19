import DefaultTimeline
import Foundation
import SyntheticTimeline
import Testing
@testable import TimelineEngine

/// The JSON exports are written straight from storage, a block of events at a time on
/// two threads (`EventJSONWriter`): what they write must be, byte for byte, what
/// `JSONEncoder` makes of the same records, with the characters the readers take only
/// escaped escaped (`JSONOutput.escapedBeyondEncoder`).
@Suite("The JSON export")
struct JSONExportTests {
    private struct Document: Encodable {
        let organizations: [TimelineExport.OrganizationRecord]
        let chapters: [TimelineExport.ChapterRecord]
        let events: [TimelineExport.EventRecord]
    }

    private static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// What `JSONEncoder` writes for the whole document at once, with `events` in place of the timeline's.
    private static func encodedWhole(_ timeline: Timeline, events: [Event]? = nil) throws -> String {
        let document = Document(organizations: timeline.organizations.map(TimelineExport.OrganizationRecord.init),
                                chapters: timeline.chapters.map(TimelineExport.ChapterRecord.init),
                                events: (events ?? Array(timeline.events)).map(TimelineExport.EventRecord.init))
        return String(decoding: JSONOutput.escapedBeyondEncoder(try encoder(pretty: true).encode(document)), as: UTF8.self)
    }

    /// Texts that must be escaped, or not, as `JSONEncoder` does, read both from JSON
    /// (where the loader keeps them escaped) and from YAML (where it does not); roles
    /// out of order; every field most events lack, with two extra fields of one name.
    static let quirks = """
        {"organizations": [{"id": "UN", "name": "United Nations", "kind": "global", "parent": null},
                           {"id": "AU", "name": "African Union", "kind": "regional", "parent": null},
                           {"id": "Ecowas", "name": "ECOWAS", "kind": "sub-regional", "parent": null}],
         "events": [
          {"id": "ae", "title": "Quote \\" back\\\\slash \\/ tab\\t nul\\u0001 esc\\u001b[2J vt\\u000b del\\u007f csi\\u009b nel\\u0085 c2a0\\u00a0 nonchar\\ufffe\\uffff\\ufffd line\\u2028 é 東", "kind": "operation",
           "start": "2003-03-14", "end": "2004", "organizations": ["UN", "Ecowas", "AU"],
           "roles": {"AU": "lead", "Ecowas": "partner"}, "summary": "new\\nline\\r\\n\\f\\b",
           "places": ["Côte d'Ivoire", "Mali"], "aliases": ["x"], "tags": ["parallel"], "pages": [61, 62], "footnotes": [3],
           "links": [{"type": "hands-over-to", "target": "b"}, {"type": "supports", "target": "c"}],
           "source": "mixed", "sourceNote": "dates \\"outside\\"",
           "url": "https://example.org/a?b=1&c=2", "wikidata": "Q42",
           "location": {"latitude": 12.65, "longitude": -8.0},
           "sources": [{"title": "A \\"book\\"", "url": "https://example.org/", "accessed": "2026-11-30"}, {"title": "B"}],
           "extra": {"Zed": "1", "Éa": "é", "a b": "\\u0002"}},
          {"id": "b", "title": "B", "kind": "report", "start": "/2017-06-30", "acronym": "BB"},
          {"id": "c", "title": "C", "kind": "report", "start": "199X", "end": ".."},
          {"id": "d", "title": "D", "kind": "report", "start": "2001~", "end": "2002?"}
         ]}
        """

    @Test("written a block of events at a time, the export is what encoding it whole gives")
    func streamedAsWhole() throws {
        var text = ""
        SyntheticTimeline(events: EventBlock.size * 4 + 7).write(.json) { text += $0 }
        let generated = try TimelineLoader.load([.init(name: "g.json", bytes: Array(text.utf8))]).get()
        let chapter = try TimelineLoader.load(paths: [try DefaultTimeline.path().get()]).get()
        let empty = Timeline(events: [], organizations: chapter.organizations, chapters: [])
        let fromJSON = try TimelineLoader.load([.init(name: "q.json", bytes: Array(Self.quirks.utf8))]).get()
        let fromYAML = try TimelineLoader.assemble([.init(name: "q.yaml", bytes: Array(Self.quirks.utf8))]).get()
        #expect(fromJSON.store.rows.contains { $0.title.isEscaped }, "the JSON's texts are kept escaped")
        for timeline in [generated, chapter, empty, fromJSON, fromYAML] {
            #expect(String(decoding: try TimelineExport.json(timeline), as: UTF8.self) == (try Self.encodedWhole(timeline)))
        }
    }

    @Test("some events: links to the others are left out; as JSON Lines, each record on its line")
    func someEvents() throws {
        let timeline = try TimelineLoader.load([.init(name: "q.json", bytes: Array(Self.quirks.utf8))]).get()
        let chosen = timeline.events.indices.filter { timeline.events[$0].id != "c" }
        var data = Data()
        try TimelineExport.writeJSON(timeline, events: chosen) { data.append($0) }
        let kept = chosen.map { position in
            var event = timeline.events[position]
            event.links.removeAll { $0.target == "c" }
            return event
        }
        #expect(String(decoding: data, as: UTF8.self) == (try Self.encodedWhole(timeline, events: kept)))
        #expect(kept.contains { !$0.links.isEmpty }, "a link among the events chosen stays")

        var lines = Data()
        try TimelineExport.writeJSONLines(events: chosen, of: timeline) { lines.append($0) }
        let expected = try chosen.map { position -> String in
            let record = try Self.encoder(pretty: false).encode(TimelineExport.EventRecord(timeline.events[position]))
            return String(decoding: JSONOutput.escapedBeyondEncoder(record), as: UTF8.self) + "\n"
        }.joined()
        #expect(String(decoding: lines, as: UTF8.self) == expected)
    }

    @Test("texts the readers take only escaped (DEL, C1 controls, U+FFFE, U+2028) are written escaped, so that the export loads back")
    func loadsBack() throws {
        let fromJSON = try TimelineLoader.load([.init(name: "q.json", bytes: Array(Self.quirks.utf8))]).get()
        let fromYAML = try TimelineLoader.assemble([.init(name: "q.yaml", bytes: Array(Self.quirks.utf8))]).get()
        for timeline in [fromJSON, fromYAML] {
            let exported = try TimelineExport.json(timeline)
            #expect(!exported.contains(0x7F) && exported.range(of: Data([0xC2, 0x9B])) == nil
                    && exported.range(of: Data([0xEF, 0xBF, 0xBE])) == nil)
            #expect(String(decoding: exported, as: UTF8.self).contains(#"csi\u009b nel\u0085 c2a0\#u{a0} nonchar\ufffe\uffff\#u{fffd} line\u2028 "#))
            let reloaded = try TimelineLoader.load([.init(name: "e.json", bytes: Array(exported))]).get()
            #expect(Array(reloaded.events) == Array(timeline.events))
            let carefully = try TimelineLoader.assemble([.init(name: "e.json", bytes: Array(exported))]).get()
            #expect(Array(carefully.events) == Array(timeline.events))
        }
    }
}
