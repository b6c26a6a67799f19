import Foundation

/// The quick way to read a large JSON timeline: Foundation's JSON parser, with no
/// positions. Only for files that turn out valid; anything wrong is read again through
/// `YAMLText`, whose diagnostics say where the problem is.
enum JSONText {
    /// Whether the text starts like a JSON document.
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        bytes.first { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) } == UInt8(ascii: "{")
    }

    /// The document, or nil when Foundation cannot parse it.
    static func read(_ bytes: [UInt8], file: String) -> (ParsedDocument, [Diagnostic])? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return nil
        }
        return DocumentParser.read(JSONNode(value: value), file: file)
    }
}

/// A value from `JSONSerialization`, seen as a document node without a position.
struct JSONNode: DocumentNode {
    let value: Any

    var position: (line: Int, column: Int)? { nil }
    var isAnchored: Bool { false }

    var pairs: [(JSONNode, JSONNode)]? {
        (value as? [String: Any]).map { $0.map { (JSONNode(value: $0.key), JSONNode(value: $0.value)) } }
    }

    var elements: [JSONNode]? { (value as? [Any]).map { $0.map(JSONNode.init) } }

    var text: String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        case is NSNull: ""
        default: nil
        }
    }

    var isNull: Bool { value is NSNull }

    func scalar(forKey key: String) -> String? {
        (value as? [String: Any])?[key].flatMap { JSONNode(value: $0).text }
    }
}
