/// The fields each part of a data file may have.
enum DocumentSchema {
    static let documentFields = ["organizations", "chapters", "events"]
    static let organizationFields = ["id", "name", "kind", "parent"]
    static let chapterFields = ["id", "kind", "title", "number", "subject", "firstPage", "lastPage", "parent"]
    static let eventFields = ["id", "title", "acronym", "aliases", "kind", "start", "end", "places",
                              "organizations", "roles", "summary", "links", "chapters", "pages",
                              "footnotes", "tags", "source", "sourceNote"]
    static let linkFields = ["type", "target"]
    static let identifierCharacters: Set<Unicode.Scalar> = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".unicodeScalars)
}
