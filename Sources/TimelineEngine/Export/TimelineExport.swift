import Foundation

/// The whole timeline as one JSON document, in the same format the loader reads,
/// so that loading an export gives back the same timeline. Text is written exactly
/// as loaded: exports are data, not display.
public enum TimelineExport {
    public static func json(_ timeline: Timeline) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(timeline))
    }

    /// One event as a JSON object, the same as in a full export (used by `list --format json`).
    public static func json(events: [Event]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(events.map(EventRecord.init))
    }

    struct Document: Encodable {
        let organizations: [OrganizationRecord]
        let chapters: [ChapterRecord]
        let events: [EventRecord]

        init(_ timeline: Timeline) {
            organizations = timeline.organizations.map(OrganizationRecord.init)
            chapters = timeline.chapters.map(ChapterRecord.init)
            events = timeline.events.map(EventRecord.init)
        }
    }

    struct OrganizationRecord: Encodable {
        let id: String
        let name: String
        let kind: String
        let parent: String?

        init(_ organization: Organization) {
            id = organization.id
            name = organization.name
            kind = organization.kind.rawValue
            parent = organization.parent
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(parent, forKey: .parent)
        }

        enum CodingKeys: String, CodingKey { case id, name, kind, parent }
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

        init(_ event: Event) {
            id = event.id
            title = event.title
            acronym = event.acronym
            aliases = event.aliases
            kind = event.kind.rawValue
            start = event.dates.start.text
            end = event.dates.endText
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
        }
    }
}
