import Foundation
import Yams

extension TimelineExport {
    /// Organizations, chapters and events with the fields of a JSON export.
    private struct Document: Encodable {
        let organizations: [OrganizationRecord]
        let chapters: [ChapterRecord]
        let events: [EventRecord]

        init(organizations: [Organization], chapters: [Chapter], events: some Sequence<Event>) {
            self.organizations = organizations.map(OrganizationRecord.init)
            self.chapters = chapters.map(ChapterRecord.init)
            self.events = events.map(EventRecord.init)
        }
    }

    /// The whole timeline as a YAML document with the fields of a JSON export, for
    /// people to read and edit. Letters are written as they are; controls are escaped.
    public static func yaml(_ timeline: Timeline) throws -> String {
        try yaml(organizations: timeline.organizations, chapters: timeline.chapters, events: timeline.events)
    }

    /// Parts of a timeline that may name what is not among them (the chapter's events,
    /// for an import that links to them), as YAML, in the order given.
    public static func yaml(organizations: [Organization], chapters: [Chapter] = [], events: some Sequence<Event>) throws
        -> String {
        let encoder = YAMLEncoder()
        let text = try encoder.encode(Document(organizations: organizations, chapters: chapters, events: events))
        // Read back to leave out what is empty, which a person need not read.
        guard let node = try Yams.compose(yaml: text) else { return text }
        return try Yams.serialize(node: withoutEmptyFields(node), width: 100, allowUnicode: true)
    }

    /// The node with every mapping's empty values (nothing, "", [] and {}) left out,
    /// except at the top, whose three lists a timeline file always has.
    private static func withoutEmptyFields(_ node: Node, isTop: Bool = true) -> Node {
        switch node {
        case .mapping(var mapping):
            let pairs = mapping.compactMap { key, value -> (Node, Node)? in
                let isEmpty = value.null != nil || value.string == "" || value.sequence?.isEmpty == true
                    || value.mapping?.isEmpty == true
                return isEmpty && !isTop ? nil : (key, withoutEmptyFields(value, isTop: false))
            }
            mapping = Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark)
            return .mapping(mapping)
        case .sequence(var sequence):
            sequence = Node.Sequence(sequence.map { withoutEmptyFields($0, isTop: false) }, sequence.tag, sequence.style,
                                     sequence.mark)
            return .sequence(sequence)
        default:
            return node
        }
    }

    /// The same as JSON, as `export` writes it.
    public static func json(organizations: [Organization], chapters: [Chapter] = [], events: some Sequence<Event>) throws
        -> Data {
        try encodeJSON(Document(organizations: organizations, chapters: chapters, events: events))
    }
}

/// A number of degrees, written as `15.5` in JSON and YAML alike (YAML would write `1.55e+1`).
struct Degrees: Encodable, YAMLEncodable {
    let value: Double

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    func box() -> Node { Node(String(value), Tag(.float)) }
}
