/// Just enough of JSON to write synthetic records, in a fixed key order.
enum JSONValue {
    case text(String)
    case number(Int)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The value as JSON text, which is also valid YAML.
    var json: String {
        switch self {
        case .text(let text): JSONValue.quoted(text)
        case .number(let number): String(number)
        case .null: "null"
        case .array(let values): "[" + values.map(\.json).joined(separator: ", ") + "]"
        case .object(let fields): "{" + fields.map { JSONValue.quoted($0.0) + ": " + $0.1.json }.joined(separator: ", ") + "}"
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 {
                    result += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

/// How a list of records is laid out: a JSON document, or YAML block lists of flow maps.
struct RecordStyle {
    let format: SyntheticTimeline.Format

    func open(_ key: String, first: Bool = false) -> String {
        format == .json ? (first ? "{" : "") + "\"\(key)\": [\n" : "\(key):\n"
    }

    func close(last: Bool = false) -> String {
        format == .json ? "\n]" + (last ? "}\n" : ",\n") : ""
    }

    func item(_ fields: [(String, JSONValue)], first: Bool) -> String {
        let object = JSONValue.object(fields).json
        return format == .json ? (first ? "  " : ",\n  ") + object : "  - " + object + "\n"
    }
}

/// Collects text and hands it on in pieces of about a megabyte.
struct ChunkWriter {
    let flush: (String) -> Void
    private var buffer = ""

    init(flush: @escaping (String) -> Void) { self.flush = flush }

    mutating func append(_ text: String) {
        buffer += text
        if buffer.utf8.count > 1 << 20 {
            flush(buffer)
            buffer = ""
        }
    }

    mutating func finish() {
        flush(buffer)
        buffer = ""
    }
}
