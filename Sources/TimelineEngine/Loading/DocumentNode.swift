import Yams

/// One node of a parsed data file, whatever parsed it: what the reader needs to check
/// fields and say where a problem is.
protocol DocumentNode {
    /// Where the node starts (1-based), when the parser knows.
    var position: (line: Int, column: Int)? { get }
    /// Whether the node carries a YAML anchor (and may be repeated by aliases).
    var isAnchored: Bool { get }
    /// A mapping's key–value pairs, in file order.
    var pairs: [(Self, Self)]? { get }
    var elements: [Self]? { get }
    /// A scalar's text (numbers and booleans as written).
    var text: String? { get }
    var isNull: Bool { get }
    /// The value of a mapping's key, if it is a scalar.
    func scalar(forKey key: String) -> String?
}

extension DocumentNode {
    /// How a problem message names the node: "a list", "'2003'".
    var summary: String {
        if pairs != nil { return "a mapping" }
        if elements != nil { return "a list" }
        if isNull { return "nothing" }
        return "'\((text ?? "").prefix(40))'"
    }
}

extension Node: DocumentNode {
    var position: (line: Int, column: Int)? { mark.map { ($0.line, $0.column) } }
    var isAnchored: Bool { anchor != nil }
    var pairs: [(Node, Node)]? { mapping.map { Array($0) } }
    var elements: [Node]? { sequence.map(Array.init) }
    var text: String? { scalar?.string }

    var isNull: Bool {
        guard let scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func scalar(forKey key: String) -> String? { mapping?[key]?.scalar?.string }
}
