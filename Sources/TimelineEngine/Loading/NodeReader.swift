/// Reads a parsed document field by field, collecting a diagnostic for every problem
/// instead of stopping at the first.
struct NodeReader<Node: DocumentNode> {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The event being read, named in every diagnostic.
    var eventID: String?

    init(file: String) { self.file = file }

    func position(_ node: Node) -> SourcePosition {
        let mark = node.position
        return SourcePosition(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func report(_ node: Node, field: String?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, position: position(node), eventID: eventID,
                                      field: field, message: message))
    }

    /// The node itself unless it carries an anchor: anchors and aliases are refused,
    /// since each alias would copy a subtree and a small file could expand without bound.
    private mutating func plain(_ node: Node, field: String?) -> Node? {
        guard !node.isAnchored else {
            report(node, field: field, "YAML anchors and aliases (&name, *name) are not supported in timeline files")
            return nil
        }
        return node
    }

    /// The fields of a mapping, each known one with its key's node; unknown keys and
    /// missing required fields are reported, the latter named after `path` (`links[0].`).
    mutating func fields(_ node: Node, _ schema: PartSchema, field: String?, path: String = "")
        -> [String: (key: Node, value: Node)]? {
        let result = fields(node, allowed: schema.fields, field: field)
        for name in schema.required where result != nil && result?[name] == nil {
            report(node, field: path + name, "missing required field")
        }
        return result
    }

    /// The fields of a mapping, each known one with its key's node; unknown keys are reported.
    mutating func fields(_ node: Node, allowed: [String], field: String?) -> [String: (key: Node, value: Node)]? {
        guard let node = plain(node, field: field) else { return nil }
        guard let mapping = node.pairs else {
            report(node, field: field, "expected a mapping of fields, found \(node.summary)")
            return nil
        }
        var result = [String: (key: Node, value: Node)]()
        for (key, value) in mapping {
            guard let name = key.text else {
                report(key, field: field, "a field name must be text")
                continue
            }
            guard allowed.contains(name) else {
                let hint = FieldNames.suggestion(for: name, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                report(key, field: name, "unknown field\(hint); known fields: \(allowed.joined(separator: ", "))")
                continue
            }
            result[name] = (key, value)
        }
        return result
    }

    /// The key–value pairs of a mapping whose keys are free, such as `extra`.
    mutating func plainMapping(_ node: Node, field: String) -> [(Node, Node)]? {
        guard let node = plain(node, field: field) else { return nil }
        guard let pairs = node.pairs else {
            report(node, field: field, "expected a mapping of fields, found \(node.summary)")
            return nil
        }
        return pairs
    }

    /// The elements of a sequence field.
    mutating func elements(_ node: Node, field: String) -> [Node] {
        guard let node = plain(node, field: field) else { return [] }
        guard let elements = node.elements else {
            report(node, field: field, "expected a list, found \(node.summary)")
            return []
        }
        return elements
    }

    /// A text value; `nil` for null, with a diagnostic when it is not a scalar.
    mutating func text(_ node: Node, field: String) -> String? {
        guard let node = plain(node, field: field) else { return nil }
        guard let text = node.text else {
            report(node, field: field, "expected text, found \(node.summary)")
            return nil
        }
        return node.isNull ? nil : text
    }

    /// A required, non-empty text value; nil when missing (reported by `fields`) or empty.
    mutating func requiredText(_ fields: [String: (key: Node, value: Node)], _ name: String) -> String? {
        guard let entry = fields[name] else { return nil }
        guard let value = text(entry.value, field: name) else {
            if entry.value.text != nil { report(entry.value, field: name, "must not be empty") }
            return nil
        }
        guard !value.showsNothing else {
            report(entry.value, field: name, "must not be empty (nothing in it shows: spaces, controls or zero-width characters only)")
            return nil
        }
        return value
    }

    /// A list of texts.
    mutating func texts(_ node: Node?, field: String) -> [String] {
        guard let node else { return [] }
        return elements(node, field: field).enumerated().compactMap { offset, element in
            text(element, field: "\(field)[\(offset)]")
        }
    }

    /// A positive whole number.
    mutating func number(_ node: Node, field: String) -> Int? {
        guard let value = text(node, field: field) else { return nil }
        guard let number = Int(value), number > 0, number <= Int(Int32.max) else {
            report(node, field: field, "expected a positive whole number up to \(Int32.max), found '\(value)'")
            return nil
        }
        return number
    }

    mutating func numbers(_ node: Node?, field: String) -> [Int] {
        guard let node else { return [] }
        return elements(node, field: field).enumerated().compactMap { offset, element in
            number(element, field: "\(field)[\(offset)]")
        }
    }

    /// One of a fixed set of values, such as a kind or a link type.
    mutating func choice<Value: RawRepresentable & CaseIterable>(_ node: Node, field: String) -> Value?
    where Value.RawValue == String {
        guard let value = text(node, field: field) else {
            report(node, field: field, "must not be empty")
            return nil
        }
        if let choice = Value(rawValue: value) { return choice }
        let names = Value.allCases.map(\.rawValue)
        let hint = FieldNames.suggestion(for: value, among: names).map { " (did you mean '\($0)'?)" } ?? ""
        report(node, field: field, "unknown value '\(value)'\(hint); expected one of: \(names.joined(separator: ", "))")
        return nil
    }
}

extension String {
    /// Whether nothing of the text would show: it holds only white space, controls and
    /// zero-width characters. Both readers refuse a title like that.
    var showsNothing: Bool {
        unicodeScalars.allSatisfy { scalar in
            scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format || scalar.properties.isDefaultIgnorableCodePoint
        }
    }
}
