import Foundation

/// The whole timeline as one JSON document, in the same format the loader reads,
/// so that loading an export gives back the same timeline. Text is written exactly
/// as loaded: exports are data, not display.
///
/// The text is what `JSONEncoder` writes for the whole document (indented, keys
/// sorted), but events are encoded a chunk at a time and handed on, so that a million
/// of them never sit in memory at once.
public enum TimelineExport {
    /// Events encoded at a time.
    static let chunkEvents = 1024

    /// Writes the whole timeline, handing its text to `write` in pieces.
    public static func writeJSON(_ timeline: Timeline, to write: (Data) throws -> Void) throws {
        let encoder = makeEncoder()
        try write(Data("{\n  \"chapters\" : ".utf8))
        try write(indented(try encoder.encode(timeline.chapters.map(ChapterRecord.init)), by: "  "))
        try write(Data(",\n  \"events\" : ".utf8))
        try writeJSON(events: timeline.events.indices, of: timeline, indent: "  ", to: write)
        try write(Data(",\n  \"organizations\" : ".utf8))
        try write(indented(try encoder.encode(timeline.organizations.map(OrganizationRecord.init)), by: "  "))
        try write(Data("\n}".utf8))
    }

    /// Writes some events (positions) as a JSON array of the records of a full export
    /// (used by `list --format json`), each line after the first indented by `indent`.
    public static func writeJSON(events: some Collection<Int>, of timeline: Timeline, indent: String = "",
                                 to write: (Data) throws -> Void) throws {
        guard !events.isEmpty else { return try write(Data("[\n\n\(indent)]".utf8)) }
        let encoder = makeEncoder()
        try write(Data("[\n".utf8))
        var rest = events[...]
        while !rest.isEmpty {
            let chunk = rest.prefix(chunkEvents)
            rest = rest.dropFirst(chunk.count)
            let array = [UInt8](try encoder.encode(chunk.map { EventRecord(timeline.events[$0]) }))
            // The chunk's elements, without the lines of its brackets, indented as
            // elements of this array.
            let elements = array[(array.firstIndex(of: 0x0A)! + 1)..<array.lastIndex(of: 0x0A)!]
            var text = Array(indent.utf8)
            appendIndented(elements, by: Array(indent.utf8), to: &text)
            text += Array((rest.isEmpty ? "\n" + indent + "]" : ",\n").utf8)
            try write(Data(text))
        }
    }

    /// The whole timeline as one document in memory, for small timelines and tests.
    public static func json(_ timeline: Timeline) throws -> Data {
        var data = Data()
        try writeJSON(timeline) { data.append($0) }
        return data
    }

    /// The encoder of every JSON this program writes: indented, keys sorted, slashes as they are.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encoded JSON with every line after the first indented by `indent`.
    private static func indented(_ json: Data, by indent: String) -> Data {
        var text = [UInt8]()
        appendIndented([UInt8](json), by: Array(indent.utf8), to: &text)
        return Data(text)
    }

    /// Appends `json`, indenting each line after the first as `JSONEncoder` would:
    /// blank lines stay empty.
    private static func appendIndented(_ json: some Collection<UInt8>, by indent: [UInt8], to text: inout [UInt8]) {
        text.reserveCapacity(text.count + json.count + json.count / 8)
        var previous: UInt8 = 0
        for byte in json {
            if previous == 0x0A && byte != 0x0A { text += indent }
            text.append(byte)
            previous = byte
        }
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
    /// Some events, one JSON record per line (JSON Lines), with the fields of a full
    /// export, for jq and visidata.
    public static func writeJSONLines(events: some Collection<Int>, of timeline: Timeline,
                                      to write: (Data) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var rest = events[...]
        while !rest.isEmpty {
            let chunk = rest.prefix(chunkEvents)
            rest = rest.dropFirst(chunk.count)
            var data = Data()
            for position in chunk {
                data.append(try encoder.encode(EventRecord(timeline.events[position])))
                data.append(0x0A)
            }
            try write(data)
        }
    }
}

extension TimelineExport {
    /// One event as the JSON record of a full export, indented.
    public static func json(_ event: Event) throws -> Data {
        try makeEncoder().encode(EventRecord(event))
    }
}
