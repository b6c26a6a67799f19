/// The fields that point outside the timeline (web addresses, Wikidata items, places on
/// the map, sources) and the fields kept as they came: read here for the careful reader,
/// for the fast JSON reader (which checks such a value with them) and for making events.
extension NodeReader {
    /// Reads one of the fields for which `EventField.isReference` holds into `event`.
    mutating func readReference(_ field: EventField, _ node: Node, into event: inout Event) {
        switch field {
        case .url: event.url = webAddress(node, field: field.name)
        case .wikidata: event.wikidata = wikidata(node, field: field.name)
        case .location: event.location = location(node, field: field.name)
        case .sources: event.sources = sources(node, field: field.name)
        case .extra: event.extra = extra(node, field: field.name)
        default: preconditionFailure("\(field.name) is not a reference field")
        }
    }

    /// Whether `node` is a valid value of the reference field `field`.
    static func isValidReference(_ field: EventField, _ node: Node) -> Bool {
        var reader = NodeReader(file: "")
        var event = Event(id: "", title: "", kind: .operation, dates: .placeholder)
        reader.readReference(field, node, into: &event)
        return reader.diagnostics.isEmpty
    }

    /// A web address: `http://` or `https://` and something after it.
    mutating func webAddress(_ node: Node, field: String) -> String? {
        text(node, field: field, if: DocumentSchema.isWebAddress, expected: "a web address starting with http:// or https://")
    }

    /// A Wikidata item: `Q` and its number.
    mutating func wikidata(_ node: Node, field: String) -> String? {
        text(node, field: field, if: DocumentSchema.isWikidataItem, expected: "a Wikidata item such as Q1065")
    }

    /// A text that keeps `rule`, reported as not being what was `expected` otherwise.
    private mutating func text(_ node: Node, field: String, if rule: (String) -> Bool, expected: String) -> String? {
        guard let text = text(node, field: field) else { return nil }
        guard rule(text) else {
            report(node, field: field, "expected \(expected), found '\(text.prefix(60))'")
            return nil
        }
        return text
    }

    mutating func location(_ node: Node, field: String) -> Location? {
        guard let fields = fields(node, DocumentSchema.location, field: field, path: "\(field).") else { return nil }
        let latitude = fields["latitude"].flatMap { degrees($0.value, field: "\(field).latitude", limit: 90) }
        let longitude = fields["longitude"].flatMap { degrees($0.value, field: "\(field).longitude", limit: 180) }
        guard let latitude, let longitude else { return nil }
        return Location(latitude: latitude, longitude: longitude)
    }

    mutating func sources(_ node: Node, field: String) -> [SourceReference] {
        elements(node, field: field).enumerated().compactMap { offset, element in
            let path = "\(field)[\(offset)]"
            guard let fields = fields(element, DocumentSchema.source, field: path, path: "\(path).") else { return nil }
            let title = requiredText(fields, "title")
            let url = fields["url"].flatMap { webAddress($0.value, field: "\(path).url") }
            let accessed = fields["accessed"].flatMap { date($0.value, field: "\(path).accessed") }
            return title.map { SourceReference(title: $0, url: url, accessed: accessed) }
        }
    }

    /// Names and texts, in the order of names (as exports write them); numbers and
    /// booleans are kept as written.
    mutating func extra(_ node: Node, field: String) -> [ExtraField] {
        guard let node = plainMapping(node, field: field) else { return [] }
        var names = Set<String>()
        return node.compactMap { key, value in
            guard let name = key.text, !name.isEmpty else {
                report(key, field: field, "a field name must be text")
                return nil
            }
            guard names.insert(name).inserted else {
                report(key, field: "\(field).\(name)", "is given twice")
                return nil
            }
            return text(value, field: "\(field).\(name)").map { ExtraField(name: name, value: $0) }
        }.sorted { $0.name < $1.name }
    }

    private mutating func degrees(_ node: Node, field: String, limit: Double) -> Double? {
        guard let text = text(node, field: field) else { return nil }
        guard let value = Double(text), value.isFinite, abs(value) <= limit else {
            report(node, field: field, "expected a number of degrees from -\(Int(limit)) to \(Int(limit)), found '\(text.prefix(40))'")
            return nil
        }
        return value
    }

    private mutating func date(_ node: Node, field: String) -> String? {
        guard let text = text(node, field: field) else { return nil }
        do {
            _ = try EDTFDate(parsing: text)
            return text
        } catch {
            report(node, field: field, "\(error)")
            return nil
        }
    }
}
