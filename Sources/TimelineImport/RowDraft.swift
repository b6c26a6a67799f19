import TimelineEngine
/// One row of an imported file on its way to becoming an event: its fields as the
/// rules will read them, the notes to report, and the organizations it names.
struct RowDraft {
    let line: Int
    /// The column (1-based) where the row's values start, for messages.
    let column: Int
    var fields: [(String, DocumentValue)] = []
    var notes: [String] = []
    /// Why the row cannot become an event, found before the rules are applied.
    var refusal: String?
    /// Organizations named by the row, id and the name it was given by.
    var organizations: [(id: String, name: String)] = []

    init(line: Int, column: Int = 1) {
        self.line = line
        self.column = column
    }

    mutating func set(_ name: String, _ value: DocumentValue) {
        fields.removeAll { $0.0 == name }
        fields.append((name, value))
    }

    mutating func set(_ name: String, text: String, column: Int? = nil) {
        set(name, .text(text, line: line, column: column ?? self.column))
    }

    mutating func set(_ name: String, texts: [String], column: Int? = nil) {
        let column = column ?? self.column
        set(name, DocumentValue(.list(texts.map { .text($0, line: line, column: column) }), line: line, column: column))
    }

    func text(_ name: String) -> String? {
        guard case .text(let text)? = fields.first(where: { $0.0 == name })?.1.content else { return nil }
        return text
    }

    func texts(_ name: String) -> [String] {
        guard case .list(let values)? = fields.first(where: { $0.0 == name })?.1.content else { return [] }
        return values.compactMap { value in
            guard case .text(let text) = value.content else { return nil }
            return text
        }
    }

    /// Adds an organization the row names, by the name it is given (an id is made from it).
    mutating func name(organization name: String) {
        let id = DocumentValue.isIdentifier(name) ? name : CellValues.identifier(name)
        guard !id.isEmpty, !organizations.contains(where: { $0.id == id }) else { return }
        organizations.append((id, name))
    }

    /// The row as a mapping of event fields, for the rules to check.
    var record: DocumentValue {
        var fields = self.fields
        if !organizations.isEmpty {
            fields.removeAll { $0.0 == "organizations" }
            fields.append(("organizations", DocumentValue(.list(organizations.map { .text($0.id, line: line, column: column) }),
                                                          line: line, column: column)))
        }
        return DocumentValue(.fields(fields), line: line, column: column)
    }
}
