/// Writes events read in place (`EventView`) as the records of a full export: the
/// text `JSONEncoder` makes of `TimelineExport.EventRecord`, byte for byte, made about
/// twenty times faster, without an `Event` or a string per field.
struct EventJSONWriter: Sendable {
    /// Each organization's id, as a JSON string (in one array: an array each was
    /// retained at each write, a count both threads writing change).
    private let organizationIDs: FlatLists<UInt8>
    /// Each organization's place among the organizations sorted by id, for the keys of `roles`.
    private let organizationRanks: [Int]
    /// Each chapter's id, as a JSON string.
    private let chapterIDs: FlatLists<UInt8>
    /// When only some events are written: which they are (by position), so that links
    /// to the others are left out and the records load on their own.
    private let written: [Bool]?

    init(timeline: Timeline, writtenOnly written: [Bool]? = nil) {
        self.written = written
        var ranks = [Int](repeating: 0, count: timeline.organizations.count)
        let sorted = timeline.organizations.indices.sorted {
            timeline.organizations[$0].id.utf8.lexicographicallyPrecedes(timeline.organizations[$1].id.utf8)
        }
        for (rank, index) in sorted.enumerated() { ranks[index] = rank }
        organizationRanks = ranks
        organizationIDs = JSONOutput.encoded(timeline.organizations.map(\.id))
        chapterIDs = JSONOutput.encoded(timeline.chapters.map(\.id))
    }

    /// About the length of one record, for room made ahead.
    static func typicalSize(pretty: Bool) -> Int { pretty ? 1280 : 768 }

    func write(_ event: EventView, to output: inout JSONOutput) {
        let references = event.referenceFields
        output.open(UInt8(ascii: "{"))
        if let acronym = event.acronym { text("acronym", acronym, &output) }
        texts("aliases", event.aliases, &output)
        encoded("chapters", event.chapters.stored, chapterIDs, &output)
        let (start, end) = event.dates.fieldTexts
        output.key("end")
        output.string(end)
        if let extra = references?.extra, !extra.isEmpty { self.extra(extra, &output) }
        numbers("footnotes", event.footnotes, &output)
        text("id", event.id, &output)
        output.key("kind")
        output.string(event.kind.rawValue)
        links(event.links, &output)
        if let location = references?.location {
            output.key("location")
            output.open(UInt8(ascii: "{"))
            output.key("latitude")
            output.number(location.latitude)
            output.key("longitude")
            output.number(location.longitude)
            output.close(UInt8(ascii: "}"))
        }
        let participants = event.participants.stored
        encoded("organizations", participants.lazy.map(\.organization), organizationIDs, &output)
        numbers("pages", event.pages, &output)
        texts("places", event.places, &output)
        roles(participants, &output)
        output.key("source")
        output.string(event.source.rawValue)
        if let note = event.sourceNote { text("sourceNote", note, &output) }
        if let sources = references?.sources, !sources.isEmpty { self.sources(sources, &output) }
        output.key("start")
        output.string(start)
        text("summary", event.summary, &output)
        texts("tags", event.tags, &output)
        text("title", event.title, &output)
        if let url = references?.url { string("url", url, &output) }
        if let wikidata = references?.wikidata { string("wikidata", wikidata, &output) }
        output.close(UInt8(ascii: "}"))
    }

    private func text(_ key: StaticString, _ value: EventText, _ output: inout JSONOutput) {
        output.key(key)
        value.withUTF8 { output.string($0) }
    }

    private func string(_ key: StaticString, _ value: String, _ output: inout JSONOutput) {
        output.key(key)
        output.string(value)
    }

    /// `key` and an array of `values`, each written by `write`.
    private func array<Values: Sequence>(_ key: StaticString, _ values: Values, _ output: inout JSONOutput,
                                         _ write: (Values.Element, inout JSONOutput) -> Void) {
        output.key(key)
        output.open(UInt8(ascii: "["))
        for value in values {
            output.element()
            write(value, &output)
        }
        output.close(UInt8(ascii: "]"))
    }

    private func texts(_ key: StaticString, _ values: EventTexts, _ output: inout JSONOutput) {
        array(key, values, &output) { value, output in value.withUTF8 { output.string($0) } }
    }

    /// `key` and an array of the texts at `indices` of `encoded`.
    private func encoded(_ key: StaticString, _ indices: some Sequence<UInt16>, _ encoded: FlatLists<UInt8>,
                         _ output: inout JSONOutput) {
        array(key, indices, &output) { index, output in encoded.withList(Int(index)) { output.encoded($0) } }
    }

    private func numbers(_ key: StaticString, _ values: some Sequence<Int>, _ output: inout JSONOutput) {
        array(key, values, &output) { value, output in output.number(value) }
    }

    private func links(_ links: EventLinks, _ output: inout JSONOutput) {
        output.key("links")
        output.open(UInt8(ascii: "["))
        for link in links where written?[link.target] ?? true {
            output.element()
            output.open(UInt8(ascii: "{"))
            text("target", link.targetID, &output)
            string("type", link.type.rawValue, &output)
            output.close(UInt8(ascii: "}"))
        }
        output.close(UInt8(ascii: "]"))
    }

    /// Roles by organization id, in order; an event has a few, sorted in place.
    private func roles(_ participants: UnsafeBufferPointer<EventStore.Participant>, _ output: inout JSONOutput) {
        output.key("roles")
        output.open(UInt8(ascii: "{"))
        withUnsafeTemporaryAllocation(of: EventStore.Participant.self, capacity: participants.count) { sorted in
            _ = sorted.initialize(from: participants)
            for index in sorted.indices.dropFirst() {
                var other = index
                while other > 0, organizationRanks[Int(sorted[other].organization)] < organizationRanks[Int(sorted[other - 1].organization)] {
                    sorted.swapAt(other, other - 1)
                    other -= 1
                }
            }
            for participant in sorted {
                organizationIDs.withList(Int(participant.organization)) { output.key(encoded: $0) }
                output.string(participant.role.rawValue)
            }
        }
        output.close(UInt8(ascii: "}"))
    }

    private func sources(_ sources: [SourceReference], _ output: inout JSONOutput) {
        array("sources", sources, &output) { source, output in
            output.open(UInt8(ascii: "{"))
            if let accessed = source.accessed { string("accessed", accessed, &output) }
            string("title", source.title, &output)
            if let url = source.url { string("url", url, &output) }
            output.close(UInt8(ascii: "}"))
        }
    }

    /// Extra fields by name; of two with one name, the last.
    private func extra(_ fields: [ExtraField], _ output: inout JSONOutput) {
        let values = Dictionary(fields.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
        output.key("extra")
        output.open(UInt8(ascii: "{"))
        for name in values.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            var key = name
            key.withUTF8 { output.key($0) }
            output.string(values[name]!)
        }
        output.close(UInt8(ascii: "}"))
    }
}
