/// A value read from a data file, with where it and each of its fields were written.
struct Located<Value> {
    var value: Value
    let position: SourcePosition
    /// Positions of fields by path (`parent`, `links[1].target`), for later diagnostics.
    let fields: [String: SourcePosition]

    func position(of field: String) -> SourcePosition { fields[field] ?? position }
}

/// The content of one data file, read but not yet checked against other files.
struct ParsedDocument {
    var organizations: [Located<Organization>] = []
    var chapters: [Located<Chapter>] = []
    var events: [Located<Event>] = []
}
