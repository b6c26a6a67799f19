/// Turns one parsed data file into a `ParsedDocument`, reporting wrong types, unknown
/// fields and invalid dates with their positions.
struct DocumentParser<Node: DocumentNode> {
    private var reader: NodeReader<Node>
    private var recorded: [String: SourcePosition] = [:]

    private init(file: String) { reader = NodeReader(file: file) }

    /// Reads a parsed document; the result holds whatever could be read, the
    /// diagnostics the rest.
    static func read(_ root: Node, file: String) -> (ParsedDocument, [Diagnostic]) {
        var parser = DocumentParser(file: file)
        let document = parser.document(root)
        return (document, parser.reader.diagnostics)
    }

    private mutating func document(_ root: Node) -> ParsedDocument {
        var document = ParsedDocument()
        guard let fields = reader.fields(root, DocumentSchema.document, field: nil) else { return document }
        if let node = fields["organizations"]?.value {
            document.organizations = reader.elements(node, field: "organizations").compactMap { organization($0) }
        }
        if let node = fields["chapters"]?.value {
            document.chapters = reader.elements(node, field: "chapters").compactMap { chapter($0) }
        }
        if let node = fields["events"]?.value {
            document.events = reader.elements(node, field: "events").compactMap { event($0) }
        }
        return document
    }

    private mutating func organization(_ node: Node) -> Located<Organization>? {
        recorded = [:]
        guard let fields = reader.fields(node, DocumentSchema.organization, field: "organizations") else { return nil }
        let id = identifier(fields)
        let name = reader.requiredText(fields, "name")
        let kind: Organization.Kind? = choice(fields, "kind")
        let parent = optionalText(fields, "parent")
        let framework = optionalText(fields, "framework")
        let wikidata = fields["wikidata"].flatMap { reader.wikidata($0.value, field: "wikidata") }
        guard let id, let name, let kind else { return nil }
        return located(Organization(id: id, name: name, kind: kind, parent: parent, framework: framework,
                                    wikidata: wikidata), node)
    }

    private mutating func chapter(_ node: Node) -> Located<Chapter>? {
        recorded = [:]
        guard let fields = reader.fields(node, DocumentSchema.chapter, field: "chapters") else { return nil }
        let id = identifier(fields)
        let kind: Chapter.Kind? = choice(fields, "kind")
        let title = reader.requiredText(fields, "title")
        let number = fields["number"].flatMap { reader.number($0.value, field: "number") }
        let subject = optionalText(fields, "subject")
        let parent = optionalText(fields, "parent")
        let first = fields["firstPage"].flatMap { reader.number($0.value, field: "firstPage") }
        let last = fields["lastPage"].flatMap { reader.number($0.value, field: "lastPage") }
        if kind == .handbook, number == nil, fields["number"] == nil {
            reader.report(node, field: "number", "a handbook chapter needs its number")
        }
        var pages: ClosedRange<Int>?
        if let first {
            let end = last ?? first
            if end < first {
                reader.report(fields["lastPage"]!.value, field: "lastPage", "comes before firstPage \(first)")
            } else {
                pages = first...end
            }
        } else if last != nil {
            reader.report(fields["lastPage"]!.value, field: "lastPage", "needs a firstPage")
        }
        guard let id, let kind, let title else { return nil }
        return located(Chapter(id: id, kind: kind, title: title, number: number, subject: subject, pages: pages, parent: parent), node)
    }

    private mutating func event(_ node: Node) -> Located<Event>? {
        recorded = [:]
        reader.eventID = node.scalar(forKey: "id")
        defer { reader.eventID = nil }
        guard let fields = reader.fields(node, DocumentSchema.event, field: "events") else { return nil }
        let id = identifier(fields)
        reader.eventID = id
        let title = text(.title, fields)
        let kind: Event.Kind? = choice(fields, EventField.kind.name)
        let dates = eventDates(fields, in: node)
        let participants = self.participants(fields)
        let links = fields["links"].map { entry in
            reader.elements(entry.value, field: "links").enumerated().compactMap { link($1, offset: $0) }
        } ?? []
        let source: Event.Source = fields["source"].flatMap { reader.choice($0.value, field: "source") } ?? .chapter
        let sourceNote = text(.sourceNote, fields)
        if DocumentSchema.needsSourceNote(source), sourceNote == nil {
            reader.report(fields["source"]!.value, field: "sourceNote", DocumentSchema.sourceNoteMessage)
        }
        let chapters = listed(fields, "chapters")
        let pages = fields["pages"].map { reader.numbers($0.value, field: "pages") } ?? []
        let footnotes = fields["footnotes"].map { reader.numbers($0.value, field: "footnotes") } ?? []
        var event = Event(
            id: id ?? "", title: title ?? "", acronym: text(.acronym, fields), aliases: listed(fields, "aliases"),
            kind: kind ?? .operation, dates: dates ?? .placeholder, places: listed(fields, "places"), participants: participants,
            summary: text(.summary, fields) ?? "", links: links, chapters: chapters,
            pages: pages, footnotes: footnotes, tags: listed(fields, "tags"), source: source,
            sourceNote: sourceNote)
        for field in EventField.allCases where field.isReference {
            if let entry = fields[field.name] { reader.readReference(field, entry.value, into: &event) }
        }
        // An event with errors is still kept, so that its references are checked too;
        // its diagnostics already fail the load.
        guard id != nil else { return nil }
        return located(event, node)
    }

    private mutating func eventDates(_ fields: [String: (key: Node, value: Node)], in node: Node) -> EventDates? {
        guard let start = text(.start, fields) else { return nil }
        let end = text(.end, fields)
        do {
            return try EventDates(start: start, end: end)
        } catch let error as EDTFError {
            let field = error.text == end ? "end" : "start"
            reader.report(fields[field]!.value, field: field, error.description)
            return nil
        } catch {
            reader.report(node, field: "start", "\(error)")
            return nil
        }
    }

    private mutating func participants(_ fields: [String: (key: Node, value: Node)]) -> [Event.Participant] {
        var participants = [Event.Participant]()
        if let node = fields["organizations"]?.value {
            for (offset, element) in reader.elements(node, field: "organizations").enumerated() {
                let field = "organizations[\(offset)]"
                guard let id = reader.text(element, field: field) else { continue }
                record(field, element)
                participants.append(Event.Participant(organization: id))
            }
        }
        guard let rolesNode = fields["roles"]?.value,
              let roles = reader.fields(rolesNode, allowed: participants.map(\.organization), field: "roles") else {
            return participants
        }
        for (organization, entry) in roles {
            guard let role: Event.Role = reader.choice(entry.value, field: "roles.\(organization)") else { continue }
            if let index = participants.firstIndex(where: { $0.organization == organization }) {
                participants[index].role = role
            }
        }
        return participants
    }

    private mutating func link(_ node: Node, offset: Int) -> EventLink? {
        let field = "links[\(offset)]"
        guard let fields = reader.fields(node, DocumentSchema.link, field: field, path: "\(field).") else { return nil }
        let type: LinkType? = fields["type"].flatMap { reader.choice($0.value, field: "\(field).type") }
        guard let targetNode = fields["target"]?.value else { return nil }
        guard let target = reader.text(targetNode, field: "\(field).target"), let type else { return nil }
        record("\(field).target", targetNode)
        return EventLink(type: type, target: target)
    }

    // MARK: Field helpers

    private mutating func identifier(_ fields: [String: (key: Node, value: Node)]) -> String? {
        guard let id = reader.requiredText(fields, "id") else { return nil }
        guard DocumentSchema.isIdentifier(id) else {
            reader.report(fields["id"]!.value, field: "id", "'\(id)' may hold only letters, digits, '-', '_' and '.'")
            return nil
        }
        return id
    }

    /// A required choice; nil when missing (reported by `fields`) or not one of the values.
    private mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ fields: [String: (key: Node, value: Node)], _ name: String
    ) -> Value? where Value.RawValue == String {
        fields[name].flatMap { reader.choice($0.value, field: name) }
    }

    /// An event's text field as the schema has it: a required one must not be empty; a
    /// nullable one may be null.
    private mutating func text(_ field: EventField, _ fields: [String: (key: Node, value: Node)]) -> String? {
        field.isRequired ? reader.requiredText(fields, field.name) : optionalText(fields, field.name)
    }

    private mutating func optionalText(_ fields: [String: (key: Node, value: Node)], _ name: String) -> String? {
        guard let entry = fields[name] else { return nil }
        record(name, entry.value)
        return reader.text(entry.value, field: name)
    }

    private mutating func listed(_ fields: [String: (key: Node, value: Node)], _ name: String) -> [String] {
        guard let node = fields[name]?.value else { return [] }
        for (offset, element) in (node.elements ?? []).enumerated() {
            record("\(name)[\(offset)]", element)
        }
        return reader.texts(node, field: name)
    }

    private mutating func record(_ field: String, _ node: Node) {
        guard node.position != nil else { return }
        recorded[field] = reader.position(node)
    }

    private func located<Value>(_ value: Value, _ node: Node) -> Located<Value> {
        Located(value: value, position: reader.position(node), fields: recorded)
    }
}
