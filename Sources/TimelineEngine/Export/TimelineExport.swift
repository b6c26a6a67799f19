import Foundation

/// The whole timeline as one JSON document, in the same format the loader reads,
/// so that loading an export gives back the same timeline. Text is written exactly
/// as loaded: exports are data, not display.
///
/// The text is what `JSONEncoder` writes for the whole document (indented, keys
/// sorted); events are written straight from storage (`EventJSONWriter`) and handed on
/// in blocks, so that a million of them go out in about a second and never sit in
/// memory at once.
public enum TimelineExport {
    /// Writes the timeline, handing its text to `write` in blocks. With `events`, only
    /// the events at those positions, without their links to the others, so that the
    /// file loads on its own; every organization and chapter is written all the same.
    public static func writeJSON(_ timeline: Timeline, events positions: [Int]? = nil,
                                 to write: (Data) throws -> Void) throws {
        try write(Data("{\n  \"chapters\" : ".utf8))
        try write(indented(try encodeJSON(timeline.chapters.map(ChapterRecord.init)), by: "  "))
        try write(Data(",\n  \"events\" : ".utf8))
        var written: [Bool]?
        if let positions, positions.count < timeline.events.count {
            written = [Bool](repeating: false, count: timeline.events.count)
            for position in positions { written![position] = true }
        }
        try writeEvents(positions ?? Array(timeline.events.indices), of: timeline, pretty: true, depth: 1,
                        writtenOnly: written, to: write)
        try write(Data(",\n  \"organizations\" : ".utf8))
        try write(indented(try encodeJSON(timeline.organizations.map(OrganizationRecord.init)), by: "  "))
        try write(Data("\n}".utf8))
    }

    /// Writes some events (positions) as a JSON array of the records of a full export,
    /// links and all (used by `list --format json`).
    public static func writeJSON(events: [Int], of timeline: Timeline, to write: (Data) throws -> Void) throws {
        try writeEvents(events, of: timeline, pretty: true, to: write)
    }

    /// Some events, one JSON record per line (JSON Lines), with the fields of a full
    /// export, for jq and visidata.
    public static func writeJSONLines(events: [Int], of timeline: Timeline, to write: (Data) throws -> Void) throws {
        try writeEvents(events, of: timeline, pretty: false, to: write)
    }

    /// Events as the elements of an indented array (`pretty`) at `depth`, or one a line.
    private static func writeEvents(_ positions: [Int], of timeline: Timeline, pretty: Bool, depth: Int = 0,
                                    writtenOnly written: [Bool]? = nil, to write: (Data) throws -> Void) throws {
        let writer = EventJSONWriter(timeline: timeline, writtenOnly: written)
        if pretty { try write(Data("[".utf8)) }
        try timeline.writeEvents(at: positions, namingLinkTargets: true, { block in
            var output = JSONOutput(pretty: pretty, depth: pretty ? depth + 1 : depth, continuing: !block.isFirst,
                                    capacity: block.positions.count * EventJSONWriter.typicalSize(pretty: pretty))
            block.forEach { event in
                if pretty { output.element() }
                writer.write(event, to: &output)
                if !pretty { output.lineBreak() }
            }
            return output.data()
        }, to: write)
        if pretty {
            var end = JSONOutput(pretty: true, depth: depth + 1, continuing: !positions.isEmpty)
            end.close(UInt8(ascii: "]"))
            try write(end.data())
        }
    }

    /// The whole timeline as one document in memory, for small timelines and tests.
    public static func json(_ timeline: Timeline) throws -> Data {
        var data = Data()
        try writeJSON(timeline) { data.append($0) }
        return data
    }

    /// A value as every JSON this program writes: indented, keys sorted, slashes as they
    /// are, and what the readers take only escaped escaped, so that it loads back.
    public static func encodeJSON(_ value: some Encodable) throws -> Data {
        JSONOutput.escapedBeyondEncoder(try encoder.encode(value))
    }

    private static let encoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Encoded JSON with every line after the first indented by `indent`, as `JSONEncoder`
    /// would indent it: blank lines stay empty.
    private static func indented(_ json: Data, by indent: String) -> Data {
        var text = [UInt8]()
        text.reserveCapacity(json.count + json.count / 8)
        var previous: UInt8 = 0
        for byte in json {
            if previous == 0x0A && byte != 0x0A { text += indent.utf8 }
            text.append(byte)
            previous = byte
        }
        return Data(text)
    }

    struct OrganizationRecord: Encodable {
        let id: String
        let name: String
        let kind: String
        let parent: String?
        let framework: String?
        let wikidata: String?

        init(_ organization: Organization) {
            id = organization.id
            name = organization.name
            kind = organization.kind.rawValue
            parent = organization.parent
            framework = organization.framework
            wikidata = organization.wikidata
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(parent, forKey: .parent)
            try container.encodeIfPresent(framework, forKey: .framework)
            try container.encodeIfPresent(wikidata, forKey: .wikidata)
        }

        enum CodingKeys: String, CodingKey { case id, name, kind, parent, framework, wikidata }
    }

    struct ChapterRecord: Encodable {
        let id: String
        let kind: String
        let title: String
        let number: Int?
        let subject: String?
        let firstPage: Int?
        let lastPage: Int?
        let parent: String?

        init(_ chapter: Chapter) {
            id = chapter.id
            kind = chapter.kind.rawValue
            title = chapter.title
            number = chapter.number
            subject = chapter.subject
            firstPage = chapter.pages?.lowerBound
            lastPage = chapter.pages?.upperBound
            parent = chapter.parent
        }
    }

    struct LinkRecord: Encodable {
        let type: String
        let target: String
    }

    struct EventRecord: Encodable {
        let id: String
        let title: String
        let acronym: String?
        let aliases: [String]
        let kind: String
        let start: String
        let end: String
        let places: [String]
        let organizations: [String]
        let roles: [String: String]
        let summary: String
        let links: [LinkRecord]
        let chapters: [String]
        let pages: [Int]
        let footnotes: [Int]
        let tags: [String]
        let source: String
        let sourceNote: String?
        let url: String?
        let wikidata: String?
        let location: [String: Degrees]?
        let sources: [[String: String]]?
        let extra: [String: String]?

        init(_ event: Event) {
            id = event.id
            title = event.title
            acronym = event.acronym
            aliases = event.aliases
            kind = event.kind.rawValue
            (start, end) = event.dates.fieldTexts
            places = event.places
            organizations = event.organizationIDs
            roles = Dictionary(uniqueKeysWithValues: event.participants.map { ($0.organization, $0.role.rawValue) })
            summary = event.summary
            links = event.links.map { LinkRecord(type: $0.type.rawValue, target: $0.target) }
            chapters = event.chapters
            pages = event.pages
            footnotes = event.footnotes
            tags = event.tags
            source = event.source.rawValue
            sourceNote = event.sourceNote
            url = event.url
            wikidata = event.wikidata
            location = event.location.map { ["latitude": Degrees(value: $0.latitude), "longitude": Degrees(value: $0.longitude)] }
            sources = event.sources.isEmpty ? nil : event.sources.map { source in
                ["title": source.title, "url": source.url, "accessed": source.accessed].compactMapValues { $0 }
            }
            extra = event.extra.isEmpty ? nil : Dictionary(event.extra.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
        }
    }
}

extension TimelineExport {
    /// One event as the JSON record of a full export, indented.
    public static func json(_ event: Event) throws -> Data {
        try encodeJSON(EventRecord(event))
    }
}
