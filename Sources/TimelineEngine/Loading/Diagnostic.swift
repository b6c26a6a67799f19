/// Where something is in a data file: 1-based line and column, as editors count them.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in a data file, with everything a person needs to fix it.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// Where in the file; nil when the problem is the whole file (unreadable, empty).
    public let position: SourcePosition?
    /// The event the problem belongs to, when there is one.
    public let eventID: String?
    /// The field at fault, as written in the file (`organizations`, `links[2].target`).
    public let field: String?
    public let message: String

    public init(file: String, position: SourcePosition?, eventID: String? = nil,
                field: String? = nil, message: String) {
        self.file = file
        self.position = position
        self.eventID = eventID
        self.field = field
        self.message = message
    }

    /// `file:line:column: event 'id': field 'x': message`, the form compilers use.
    public var description: String {
        var parts = [position?.description ?? file]
        if let eventID { parts.append("event '\(eventID)'") }
        if let field { parts.append("field '\(field)'") }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}

/// A timeline that could not be loaded, with every problem found, in file order.
public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
