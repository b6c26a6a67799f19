/// The fields one part of a data file may have, and which of them it must have.
struct PartSchema {
    let fields: [String]
    let required: [String]
}

/// The rules of a data file, stated once: the careful reader (`DocumentParser`) checks
/// documents against them, the fast JSON reader accepts only events that keep them, and
/// importers build documents for the careful reader to check.
enum DocumentSchema {
    static let document = PartSchema(fields: ["organizations", "chapters", "events"], required: ["events"])
    static let organization = PartSchema(fields: ["id", "name", "kind", "parent", "framework", "wikidata"],
                                         required: ["id", "name", "kind"])
    static let chapter = PartSchema(fields: ["id", "kind", "title", "number", "subject", "firstPage", "lastPage", "parent"],
                                    required: ["id", "kind", "title"])
    static let event = PartSchema(fields: EventField.allCases.map(\.name),
                                  required: EventField.allCases.filter(\.isRequired).map(\.name))
    static let link = PartSchema(fields: ["type", "target"], required: ["type", "target"])
    static let location = PartSchema(fields: ["latitude", "longitude"], required: ["latitude", "longitude"])
    static let source = PartSchema(fields: ["title", "url", "accessed"], required: ["title"])
    static let identifierCharacters: Set<Unicode.Scalar> = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".unicodeScalars)

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(identifierCharacters.contains)
    }

    /// Whether an event from `source` must say in `sourceNote` which facts come from outside the chapter.
    static func needsSourceNote(_ source: Event.Source) -> Bool { source == .mixed }
    static let sourceNoteMessage = "source 'mixed' needs a sourceNote saying which facts come from outside the chapter"

    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["http://", "https://"].contains { lowered.hasPrefix($0) && lowered.count > $0.count }
            && !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.generalCategory == .control }
    }

    static func isWikidataItem(_ text: String) -> Bool {
        let digits = text.utf8.dropFirst()
        return text.first == "Q" && (1...12).contains(digits.count) && digits.first != UInt8(ascii: "0")
            && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

/// The fields of an event, in the order the schema lists them, numbered so that the
/// fast loader can keep them in bit sets and arrays.
enum EventField: Int, CaseIterable {
    case id, title, acronym, aliases, kind, start, end, places, organizations, roles, summary, links, chapters,
         pages, footnotes, tags, source, sourceNote, url, wikidata, location, sources, extra

    /// The field's name in data files.
    var name: String { String(describing: self) }

    /// Whether every event must have the field.
    var isRequired: Bool {
        switch self {
        case .id, .title, .kind, .start: true
        default: false
        }
    }

    /// Whether the field may be written as null, meaning it is absent. Required fields,
    /// lists and choices may not.
    var isNullable: Bool {
        switch self {
        case .acronym, .summary, .sourceNote, .end, .url, .wikidata: true
        default: false
        }
    }

    /// Fields most events lack, kept apart from the others (see `EventStore.references`).
    var isReference: Bool {
        switch self {
        case .url, .wikidata, .location, .sources, .extra: true
        default: false
        }
    }

    /// The required fields as a bit set of `rawValue`s; written out, so that reading it
    /// for each event costs nothing (a test checks it against `isRequired`).
    static var requiredBits: UInt32 {
        1 << id.rawValue | 1 << title.rawValue | 1 << kind.rawValue | 1 << start.rawValue
    }
}
