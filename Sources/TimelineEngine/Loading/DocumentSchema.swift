/// The fields each part of a data file may have.
enum DocumentSchema {
    static let documentFields = ["organizations", "chapters", "events"]
    static let organizationFields = ["id", "name", "kind", "parent", "framework"]
    static let chapterFields = ["id", "kind", "title", "number", "subject", "firstPage", "lastPage", "parent"]
    static let eventFields = EventField.allCases.map(\.name)
    static let linkFields = ["type", "target"]
    static let identifierCharacters: Set<Unicode.Scalar> = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".unicodeScalars)
}

/// The fields of an event, in the order the schema lists them, numbered so that the
/// fast loader can keep them in bit sets and arrays.
enum EventField: Int, CaseIterable {
    case id, title, acronym, aliases, kind, start, end, places, organizations, roles, summary, links, chapters,
         pages, footnotes, tags, source, sourceNote

    /// The field's name in data files.
    var name: String { String(describing: self) }
}
