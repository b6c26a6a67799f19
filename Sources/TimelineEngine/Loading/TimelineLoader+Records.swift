/// Records of an imported file, each checked with the rules of a data file: those that
/// keep them, and why the others were refused.
public struct CheckedRecords: Sendable {
    public var organizations: [Organization]
    public var chapters: [Chapter]
    public var events: [Event]
    /// Every problem of a refused record, in the order of the file.
    public var problems: [Diagnostic]
    /// The first lines of the records refused.
    public var refusedLines: Set<Int>
}

extension TimelineLoader {
    /// Checks imported records, each one a mapping whose first line is its `line`: an
    /// organization or event with any problem is left out, and so is an event that
    /// names something left out. Events may name the organizations, chapters and events
    /// of `alongside` (the chapter, for an import that links to it), and the `chapters`
    /// declared with them.
    public static func check(organizations: [DocumentValue], events: [DocumentValue], file: String,
                             alongside: Timeline? = nil, chapters: [Chapter] = []) -> CheckedRecords {
        let root = DocumentValue(.fields([("organizations", DocumentValue(.list(organizations), line: 1, column: 1)),
                                          ("events", DocumentValue(.list(events), line: 1, column: 1))]),
                                 line: 1, column: 1)
        let (parsed, diagnostics) = DocumentParser.read(root, file: file)
        let starts = (organizations + events).map(\.line).sorted()
        /// The first line of the record a problem is in.
        func record(of diagnostic: Diagnostic) -> Int {
            let line = diagnostic.position?.line ?? 1
            return starts.last { $0 <= line } ?? line
        }
        var refused = Set(diagnostics.map(record))
        var problems = diagnostics
        var kept = parsed
        kept.chapters += chapters.map { Located(value: $0, position: SourcePosition(file: file, line: 1, column: 1), fields: [:]) }
        let known = alongside.map(Self.located) ?? ParsedDocument()
        // Leaving an event out can leave another's link pointing at nothing: check again.
        while true {
            kept.organizations.removeAll { refused.contains($0.position.line) }
            kept.events.removeAll { refused.contains($0.position.line) }
            var merged = known
            merged.organizations += kept.organizations
            merged.chapters += kept.chapters
            merged.events += kept.events
            merged.dropRepeatedDeclarations()
            let found = ReferenceChecker.check(merged).filter { $0.file == file }
            let newlyRefused = Set(found.map(record)).subtracting(refused)
            problems += found
            // Each round refuses more records, or the problems left belong to no record: stop.
            guard !newlyRefused.isEmpty else { break }
            refused.formUnion(newlyRefused)
        }
        return CheckedRecords(organizations: kept.organizations.map(\.value), chapters: kept.chapters.map(\.value),
                              events: kept.events.map(\.value),
                              problems: problems.sorted { ($0.position?.line ?? 0, $0.position?.column ?? 0)
                                  < ($1.position?.line ?? 0, $1.position?.column ?? 0) },
                              refusedLines: refused)
    }

    /// A timeline's parts as if read from a file, for reference checks.
    private static func located(_ timeline: Timeline) -> ParsedDocument {
        let place = SourcePosition(file: "(alongside)", line: 1, column: 1)
        func locate<Value>(_ value: Value) -> Located<Value> { Located(value: value, position: place, fields: [:]) }
        return ParsedDocument(organizations: timeline.organizations.map(locate), chapters: timeline.chapters.map(locate),
                              events: timeline.events.map(locate))
    }
}
