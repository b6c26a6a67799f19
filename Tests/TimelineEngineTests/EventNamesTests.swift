import Testing
@testable import TimelineEngine

@Suite("Events named on the command line")
struct EventNamesTests {
    /// Events with names in and out of plain ASCII, and more ids than are all compared
    /// for a suggestion (`FieldNames.comparedAll`).
    private static let text: String = {
        let named = [
            #"{"id": "op-artemis", "title": "Artemis", "kind": "operation", "start": "2003", "acronym": "ARTÉMIS", "aliases": ["Opération Artémis"]}"#,
            #"{"id": "eufor-chad", "title": "Chad", "kind": "operation", "start": "2008", "aliases": ["Eufor Chad/CAR", "X[1"]}"#,
        ]
        let others = (0..<200).map { #"{"id": "event-\#($0)", "title": "E", "kind": "report", "start": "2003"}"# }
        return #"{"events": ["# + (named + others).joined(separator: ",\n") + "]}"
    }()

    @Test("an acronym or an alias is found without regard to case or accents, loaded with the search index or without",
          arguments: [true, false])
    func names(searchable: Bool) throws {
        let timeline = try #require(JSONTimelineLoader.load([.memory(Array(Self.text.utf8))], names: ["t.json"], searchable: searchable))
        #expect(timeline.isSearchable == searchable)
        func found(_ name: String) -> String? {
            guard case .found(let position) = timeline.event(named: name) else { return nil }
            return timeline.id(at: position)
        }
        for name in ["OP-ARTEMIS", "artémis", "Artemis", "OPÉRATION artemis", "operation ARTÉMIS"] {
            #expect(found(name) == "op-artemis", "\(name)")
        }
        #expect(found("EUFOR chad/car") == "eufor-chad", "plain ASCII, compared as bytes")
        #expect(found("x[1") == "eufor-chad")
        #expect(found("X{1") == nil, "[ is not { in another case")
        #expect(found("eufor chad") == nil, "an alias is matched whole")
        guard case .missing(let suggestion) = timeline.event(named: "evnet-150") else {
            Issue.record("evnet-150 found")
            return
        }
        #expect(suggestion == "event-150")
    }
}
