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

extension ParsedDocument {
    /// Drops an organization or chapter declared again exactly as before, as when a
    /// file of one's own repeats what the chapter declares: the same thing, once. One
    /// declared differently stays, for `ReferenceChecker` to report with both places.
    mutating func dropRepeatedDeclarations() {
        organizations = Self.withoutRepeats(organizations)
        chapters = Self.withoutRepeats(chapters)
    }

    private static func withoutRepeats<Value: Parented & Hashable>(_ items: [Located<Value>]) -> [Located<Value>] {
        var first = [String: Value]()
        return items.filter { item in
            guard let earlier = first[item.value.id] else {
                first[item.value.id] = item.value
                return true
            }
            return earlier != item.value
        }
    }
}
