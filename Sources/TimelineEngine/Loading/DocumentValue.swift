/// A timeline document built by an importer from another format (a spreadsheet's rows,
/// a TimelineJS file), each value with the line and column it came from, so that the
/// rules of a data file check it and their messages point into the imported file.
public struct DocumentValue: Sendable {
    public indirect enum Content: Sendable {
        case text(String)
        case list([DocumentValue])
        case fields([(String, DocumentValue)])
        case null
    }

    public var content: Content
    public var line: Int
    public var column: Int

    public init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    public static func text(_ text: String, line: Int, column: Int) -> DocumentValue {
        DocumentValue(.text(text), line: line, column: column)
    }

    /// Whether `text` is a valid id of an event, organization or chapter, by the rules of a data file.
    public static func isIdentifier(_ text: String) -> Bool { DocumentSchema.isIdentifier(text) }
}

extension DocumentValue: DocumentNode {
    var position: (line: Int, column: Int)? { (line, column) }
    var isAnchored: Bool { false }

    var pairs: [(DocumentValue, DocumentValue)]? {
        guard case .fields(let fields) = content else { return nil }
        return fields.map { (.text($0.0, line: $0.1.line, column: $0.1.column), $0.1) }
    }

    var elements: [DocumentValue]? {
        guard case .list(let elements) = content else { return nil }
        return elements
    }

    var text: String? {
        switch content {
        case .text(let text): text
        case .null: ""
        default: nil
        }
    }

    var isNull: Bool {
        guard case .null = content else { return false }
        return true
    }

    func scalar(forKey key: String) -> String? {
        guard case .fields(let fields) = content else { return nil }
        return fields.first { $0.0 == key }?.1.text
    }
}
